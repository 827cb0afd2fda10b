import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { contactListIdField } from './common';

/** Contact List → Delete: `DELETE /contacts/lists/{id}` (doc line 6112). */
export const del = defineOperation({
	value: 'delete',
	name: 'Delete',
	action: 'Delete a contact list',
	description: 'Delete a contact list by its ID',
	method: 'DELETE',
	path: '/contacts/lists/{contactListId}',
	pathParameters: { contactListId: { label: 'ID' } },
	query: { fields: 'contactListOptions.fields' },
	output: ANSWER,
	request: CALLFIRE_REQUEST,
	fields: [contactListIdField, queryOptions('contactListOptions', [])],
});
