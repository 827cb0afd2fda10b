import { defineOperation } from '../../../shared/operation';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST, callFirePaging } from '../../transport';

/** Contact List → Get Many: `GET /contacts/lists` (doc line 5742). */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many contact lists',
	description: 'Find contact lists by name',
	method: 'GET',
	path: '/contacts/lists',
	query: { fields: 'contactListFilters.fields', name: 'contactListFilters.name' },
	paging: { pages: callFirePaging },
	request: CALLFIRE_REQUEST,
	fields: [
		queryOptions(
			'contactListFilters',
			[{ displayName: 'Name', name: 'name', type: 'string', default: '' }],
			'filters',
		),
	],
});
