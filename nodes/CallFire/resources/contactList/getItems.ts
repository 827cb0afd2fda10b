import { defineOperation } from '../../../shared/operation';
import { PAGING_FIELDS, queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST, callFirePaging } from '../../transport';
import { contactListIdField } from './common';

/** Contact List → Get Many Contacts: `GET /contacts/lists/{id}/items` (doc line 6608). */
export const getItems = defineOperation({
	value: 'getItems',
	name: 'Get Many Contacts',
	action: 'Get contacts of a contact list',
	description: 'List the contacts of a contact list',
	method: 'GET',
	path: '/contacts/lists/{contactListId}/items',
	pathParameters: { contactListId: { label: 'ID' } },
	query: { fields: 'contactListFilters.fields' },
	paging: { pages: callFirePaging },
	request: CALLFIRE_REQUEST,
	fields: [contactListIdField, ...PAGING_FIELDS, queryOptions('contactListFilters', [], 'filters')],
});
