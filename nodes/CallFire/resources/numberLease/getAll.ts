import { defineOperation } from '../../../shared/operation';
import { CALLFIRE_REQUEST, callFirePaging } from '../../transport';
import { numberLeaseFilters, numberLeaseFiltersQuery } from './common';

/** Number Lease → Get Many: `GET /numbers/leases` (doc line 9654). */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many number leases',
	description: 'List the numbers the account leases',
	method: 'GET',
	path: '/numbers/leases',
	query: numberLeaseFiltersQuery,
	paging: { pages: callFirePaging },
	request: CALLFIRE_REQUEST,
	fields: [numberLeaseFilters],
});
