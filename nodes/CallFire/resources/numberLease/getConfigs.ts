import { defineOperation } from '../../../shared/operation';
import { CALLFIRE_REQUEST, callFirePaging } from '../../transport';
import { numberLeaseFilters, numberLeaseFiltersQuery } from './common';

/** Number Lease → Get Many Configs: `GET /numbers/leases/configs` (doc line 9824). */
export const getConfigs = defineOperation({
	value: 'getConfigs',
	name: 'Get Many Configs',
	action: 'Get many number configs',
	description: 'List how the leased numbers answer calls',
	method: 'GET',
	path: '/numbers/leases/configs',
	query: numberLeaseFiltersQuery,
	paging: { pages: callFirePaging },
	request: CALLFIRE_REQUEST,
	fields: [numberLeaseFilters],
});
