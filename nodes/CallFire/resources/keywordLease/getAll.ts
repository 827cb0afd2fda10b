import { defineOperation } from '../../../shared/operation';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST, callFirePaging } from '../../transport';

/** Keyword Lease → Get Many: `GET /keywords/leases` (doc line 7564). */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many keyword leases',
	description: 'List the keywords the account leases',
	method: 'GET',
	path: '/keywords/leases',
	query: { fields: 'keywordLeaseFilters.fields' },
	paging: { pages: callFirePaging },
	request: CALLFIRE_REQUEST,
	fields: [queryOptions('keywordLeaseFilters', [], 'filters')],
});
