import { defineOperation } from '../../../shared/operation';
import { AREA_OPTIONS, queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST, callFirePaging } from '../../transport';

/** Number → Get Many Regions: `GET /numbers/regions` (doc line 10717). */
export const getRegions = defineOperation({
	value: 'getRegions',
	name: 'Get Many Regions',
	action: 'Get many number regions',
	description: 'Find the regions numbers are available in',
	method: 'GET',
	path: '/numbers/regions',
	query: {
		fields: 'numberFilters.fields',
		prefix: 'numberFilters.prefix',
		city: 'numberFilters.city',
		state: 'numberFilters.state',
		zipcode: 'numberFilters.zipcode',
		lata: 'numberFilters.lata',
		rateCenter: 'numberFilters.rateCenter',
	},
	paging: { pages: callFirePaging },
	request: CALLFIRE_REQUEST,
	fields: [queryOptions('numberFilters', [...AREA_OPTIONS], 'filters')],
});
