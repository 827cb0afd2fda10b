import { defineOperation } from '../../../shared/operation';
import { ENTRIES } from '../../helpers/answers';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { callRecordingIdField } from './common';

/** Call Recording → Get Many for Call: `GET /calls/{id}/recordings` (doc line 2747). */
export const getForCall = defineOperation({
	value: 'getForCall',
	name: 'Get Many for Call',
	action: 'Get recordings of a call',
	description: 'List the recordings of one call, one item each',
	method: 'GET',
	path: '/calls/{callRecordingId}/recordings',
	query: { fields: 'callRecordingOptions.fields' },
	output: ENTRIES,
	request: CALLFIRE_REQUEST,
	fields: [callRecordingIdField, queryOptions('callRecordingOptions', [])],
});
