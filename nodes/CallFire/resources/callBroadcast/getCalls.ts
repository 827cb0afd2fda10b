import { defineOperation } from '../../../shared/operation';
import { PAGING_FIELDS, queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST, callFirePaging } from '../../transport';
import { callBroadcastIdField } from './common';

/** Call Broadcast → Get Many Calls: `GET /calls/broadcasts/{id}/calls` (doc line 1823). */
export const getCalls = defineOperation({
	value: 'getCalls',
	name: 'Get Many Calls',
	action: 'Get calls of a call broadcast',
	description: 'List the calls of a call broadcast',
	method: 'GET',
	path: '/calls/broadcasts/{callBroadcastId}/calls',
	pathParameters: { callBroadcastId: { label: 'ID' } },
	query: {
		fields: 'callBroadcastFilters.fields',
		batchId: 'callBroadcastFilters.batchId',
	},
	paging: { pages: callFirePaging },
	request: CALLFIRE_REQUEST,
	fields: [
		callBroadcastIdField,
		...PAGING_FIELDS,
		queryOptions(
			'callBroadcastFilters',
			[{ displayName: 'Batch ID', name: 'batchId', type: 'number', default: 0 }],
			'filters',
		),
	],
});
