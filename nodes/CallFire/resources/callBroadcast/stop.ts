import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { callBroadcastIdField } from './common';

/** Call Broadcast → Stop: `POST /calls/broadcasts/{id}/stop` (doc line 2326). */
export const stop = defineOperation({
	value: 'stop',
	name: 'Stop',
	action: 'Stop a call broadcast',
	description: 'Stop a call broadcast',
	method: 'POST',
	path: '/calls/broadcasts/{callBroadcastId}/stop',
	pathParameters: { callBroadcastId: { label: 'ID' } },
	query: { fields: 'callBroadcastOptions.fields' },
	output: ANSWER,
	request: CALLFIRE_REQUEST,
	fields: [callBroadcastIdField, queryOptions('callBroadcastOptions', [])],
});
