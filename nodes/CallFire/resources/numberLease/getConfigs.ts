import { defineOperation } from '../../../shared/operation';
import { AREA_OPTIONS, queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST, callFirePaging } from '../../transport';

/** Number Lease → Get Many Configs: `GET /numbers/leases/configs` (doc line 9824). */
export const getConfigs = defineOperation({
	value: 'getConfigs',
	name: 'Get Many Configs',
	action: 'Get many number configs',
	description: 'List how the leased numbers answer calls',
	method: 'GET',
	path: '/numbers/leases/configs',
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
