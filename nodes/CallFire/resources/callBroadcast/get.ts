import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { callBroadcastIdField } from './common';

/** Call Broadcast → Get: `GET /calls/broadcasts/{id}` (doc line 1068). */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	action: 'Get a call broadcast',
	description: 'Get one call broadcast by its ID',
	method: 'GET',
	path: '/calls/broadcasts/{callBroadcastId}',
	pathParameters: { callBroadcastId: { label: 'ID' } },
	query: { fields: 'callBroadcastOptions.fields' },
	output: ANSWER,
	request: CALLFIRE_REQUEST,
	fields: [callBroadcastIdField, queryOptions('callBroadcastOptions', [])],
});
