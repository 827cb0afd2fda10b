import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { callBroadcastIdField } from './common';

/** Call Broadcast → Archive: `POST /calls/broadcasts/{id}/archive` (doc line 1426). */
export const archive = defineOperation({
	value: 'archive',
	name: 'Archive',
	action: 'Archive a call broadcast',
	description: 'Archive a call broadcast',
	method: 'POST',
	path: '/calls/broadcasts/{callBroadcastId}/archive',
	pathParameters: { callBroadcastId: { label: 'ID' } },
	query: { fields: 'callBroadcastOptions.fields' },
	output: ANSWER,
	request: CALLFIRE_REQUEST,
	fields: [callBroadcastIdField, queryOptions('callBroadcastOptions', [])],
});
