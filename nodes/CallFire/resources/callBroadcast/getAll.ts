import { defineOperation } from '../../../shared/operation';
import { BROADCAST_FILTERS } from '../../helpers/broadcastFields';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST, callFirePaging } from '../../transport';

/** Call Broadcast → Get Many: `GET /calls/broadcasts` (doc line 911). */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many call broadcasts',
	description: 'Find call broadcasts by name, label or whether they run',
	method: 'GET',
	path: '/calls/broadcasts',
	query: {
		fields: 'callBroadcastFilters.fields',
		label: 'callBroadcastFilters.label',
		name: 'callBroadcastFilters.name',
		running: 'callBroadcastFilters.running',
	},
	paging: { pages: callFirePaging },
	request: CALLFIRE_REQUEST,
	fields: [queryOptions('callBroadcastFilters', BROADCAST_FILTERS, 'filters')],
});
