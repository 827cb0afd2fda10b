import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { callBroadcastIdField } from './common';

/** Call Broadcast → Start: `POST /calls/broadcasts/{id}/start` (doc line 2109). */
export const start = defineOperation({
	value: 'start',
	name: 'Start',
	action: 'Start a call broadcast',
	description: 'Start a call broadcast',
	method: 'POST',
	path: '/calls/broadcasts/{callBroadcastId}/start',
	pathParameters: { callBroadcastId: { label: 'ID' } },
	query: { fields: 'callBroadcastOptions.fields' },
	output: ANSWER,
	request: CALLFIRE_REQUEST,
	fields: [callBroadcastIdField, queryOptions('callBroadcastOptions', [])],
});
