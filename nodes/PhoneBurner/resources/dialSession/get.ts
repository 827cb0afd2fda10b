import { defineOperation } from '../../../shared/operation';
import { resourceOf } from '../../helpers/answers';
import { pathId, pathIds } from '../../helpers/ids';
import { includeRecordingField, includeRecordingValue, sessionShape } from './common';

const dialSessionId = pathId('dialSessionId', 'Dial Session ID');

/**
 * Dial Session → Get: `GET /dialsession/{dialsession_id}` (doc line 1520), one session and a
 * page of its calls, the recordings' links on request.
 */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	action: 'Get a dial session',
	description: 'Get one dial session and its calls',
	method: 'GET',
	path: '/dialsession/{dialSessionId}',
	pathParameters: pathIds(dialSessionId),
	query: {
		include_recording: includeRecordingValue,
		page: 'dialSessionCallPaging.page',
		page_size: 'dialSessionCallPaging.page_size',
	},
	output: { rows: resourceOf(sessionShape) },
	fields: [
		dialSessionId.field,
		includeRecordingField,
		{
			displayName: 'Calls',
			name: 'dialSessionCallPaging',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			description: 'Which page of the session’s calls to return',
			options: [
				{
					displayName: 'Page',
					name: 'page',
					type: 'number',
					typeOptions: { minValue: 1 },
					default: 1,
					description: 'The page of calls to return',
				},
				{
					displayName: 'Page Size',
					name: 'page_size',
					type: 'number',
					typeOptions: { minValue: 1 },
					default: 25,
					description: 'How many calls per page',
				},
			],
		},
	],
});
