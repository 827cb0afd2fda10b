import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { callRecordingIdField } from './common';

/** Call Recording → Get: `GET /calls/recordings/{id}` (doc line 2422). */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	action: 'Get a call recording',
	description: "Get a call recording's details by its ID",
	method: 'GET',
	path: '/calls/recordings/{callRecordingId}',
	query: { fields: 'callRecordingOptions.fields' },
	output: ANSWER,
	request: CALLFIRE_REQUEST,
	fields: [callRecordingIdField, queryOptions('callRecordingOptions', [])],
});
