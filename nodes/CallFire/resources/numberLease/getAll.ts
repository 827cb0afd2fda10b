import { defineOperation } from '../../../shared/operation';
import { AREA_OPTIONS, queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST, callFirePaging } from '../../transport';

/** Number Lease → Get Many: `GET /numbers/leases` (doc line 9654). */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many number leases',
	description: 'List the numbers the account leases',
	method: 'GET',
	path: '/numbers/leases',
	query: {
		fields: 'numberLeaseFilters.fields',
		prefix: 'numberLeaseFilters.prefix',
		city: 'numberLeaseFilters.city',
		state: 'numberLeaseFilters.state',
		zipcode: 'numberLeaseFilters.zipcode',
		lata: 'numberLeaseFilters.lata',
		rateCenter: 'numberLeaseFilters.rateCenter',
		labelName: 'numberLeaseFilters.labelName',
	},
	paging: { pages: callFirePaging },
	request: CALLFIRE_REQUEST,
	fields: [
		queryOptions(
			'numberLeaseFilters',
			[
				...AREA_OPTIONS,
				{ displayName: 'Label Name', name: 'labelName', type: 'string', default: '' },
			],
			'filters',
		),
	],
});
