import { defineOperation } from '../../../shared/operation';
import { BROADCAST_FILTERS } from '../../helpers/broadcastFields';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST, callFirePaging } from '../../transport';

/** Text Broadcast → Get Many: `GET /texts/broadcasts` (vendor-docs README: text broadcasts mirror the call broadcasts). */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many text broadcasts',
	description: 'Find text broadcasts by name, label or whether they run',
	method: 'GET',
	path: '/texts/broadcasts',
	query: {
		fields: 'textBroadcastFilters.fields',
		label: 'textBroadcastFilters.label',
		name: 'textBroadcastFilters.name',
		running: 'textBroadcastFilters.running',
	},
	paging: { pages: callFirePaging },
	request: CALLFIRE_REQUEST,
	fields: [queryOptions('textBroadcastFilters', BROADCAST_FILTERS, 'filters')],
});
