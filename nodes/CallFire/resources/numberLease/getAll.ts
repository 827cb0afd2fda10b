import { defineOperation } from '../../../shared/operation';
import { queryOptions } from '../../helpers/queryOptions';
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
		fields: 'numberLeaseGetAllOptions.fields',
		prefix: 'numberLeaseGetAllOptions.prefix',
		city: 'numberLeaseGetAllOptions.city',
		state: 'numberLeaseGetAllOptions.state',
		zipcode: 'numberLeaseGetAllOptions.zipcode',
		lata: 'numberLeaseGetAllOptions.lata',
		rateCenter: 'numberLeaseGetAllOptions.rateCenter',
		labelName: 'numberLeaseGetAllOptions.labelName',
	},
	paging: { pages: callFirePaging },
	request: CALLFIRE_REQUEST,
	fields: [
		queryOptions(
			'numberLeaseGetAllOptions',
			[
				{ displayName: 'City', name: 'city', type: 'string', default: '' },
				{ displayName: 'Label Name', name: 'labelName', type: 'string', default: '' },
				{ displayName: 'Lata', name: 'lata', type: 'string', default: '' },
				{ displayName: 'Prefix', name: 'prefix', type: 'string', default: '' },
				{ displayName: 'Rate Center', name: 'rateCenter', type: 'string', default: '' },
				{ displayName: 'State', name: 'state', type: 'string', default: '' },
				{ displayName: 'Zipcode', name: 'zipcode', type: 'string', default: '' },
			],
			'filters',
		),
	],
});
