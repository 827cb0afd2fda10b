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
		fields: 'numberLeaseGetConfigsOptions.fields',
		prefix: 'numberLeaseGetConfigsOptions.prefix',
		city: 'numberLeaseGetConfigsOptions.city',
		state: 'numberLeaseGetConfigsOptions.state',
		zipcode: 'numberLeaseGetConfigsOptions.zipcode',
		lata: 'numberLeaseGetConfigsOptions.lata',
		rateCenter: 'numberLeaseGetConfigsOptions.rateCenter',
		labelName: 'numberLeaseGetConfigsOptions.labelName',
	},
	paging: { pages: callFirePaging },
	request: CALLFIRE_REQUEST,
	fields: [
		queryOptions(
			'numberLeaseGetConfigsOptions',
			[
				...AREA_OPTIONS,
				{ displayName: 'Label Name', name: 'labelName', type: 'string', default: '' },
			],
			'filters',
		),
	],
});
