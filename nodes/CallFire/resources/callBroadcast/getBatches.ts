import { defineOperation } from '../../../shared/operation';
import { PAGING_FIELDS, queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST, callFirePaging } from '../../transport';
import { callBroadcastIdField } from './common';

/** Call Broadcast → Get Many Batches: `GET /calls/broadcasts/{id}/batches` (doc line 1697). */
export const getBatches = defineOperation({
	value: 'getBatches',
	name: 'Get Many Batches',
	action: 'Get batches of a call broadcast',
	description: 'List the batches of a call broadcast',
	method: 'GET',
	path: '/calls/broadcasts/{callBroadcastId}/batches',
	pathParameters: { callBroadcastId: { label: 'ID' } },
	query: { fields: 'callBroadcastFilters.fields' },
	paging: { pages: callFirePaging },
	request: CALLFIRE_REQUEST,
	fields: [
		callBroadcastIdField,
		...PAGING_FIELDS,
		queryOptions('callBroadcastFilters', [], 'filters'),
	],
});
