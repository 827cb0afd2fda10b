import { defineOperation } from '../../../shared/operation';
import { PAGING_FIELDS, queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST, callFirePaging } from '../../transport';
import { textBroadcastIdField } from './common';

/** Text Broadcast → Get Many Texts: `GET /texts/broadcasts/{id}/texts` (vendor-docs README: text broadcasts mirror the call broadcasts). */
export const getTexts = defineOperation({
	value: 'getTexts',
	name: 'Get Many Texts',
	action: 'Get texts of a text broadcast',
	description: 'List the texts of a text broadcast',
	method: 'GET',
	path: '/texts/broadcasts/{textBroadcastId}/texts',
	pathParameters: { textBroadcastId: { label: 'ID' } },
	query: {
		fields: 'textBroadcastFilters.fields',
		batchId: 'textBroadcastFilters.batchId',
	},
	paging: { pages: callFirePaging },
	request: CALLFIRE_REQUEST,
	fields: [
		textBroadcastIdField,
		...PAGING_FIELDS,
		queryOptions(
			'textBroadcastFilters',
			[{ displayName: 'Batch ID', name: 'batchId', type: 'number', default: 0 }],
			'filters',
		),
	],
});
