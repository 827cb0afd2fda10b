import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { contactListIdField } from './common';

/** Contact List → Remove Contact: `DELETE /contacts/lists/{id}/items/{contactId}` (doc line 6856). */
export const removeItem = defineOperation({
	value: 'removeItem',
	name: 'Remove Contact',
	action: 'Remove a contact from a contact list',
	description: 'Remove one contact from a contact list',
	method: 'DELETE',
	path: '/contacts/lists/{contactListId}/items/{contactListContactId}',
	pathParameters: { contactListId: { label: 'ID' } },
	query: { fields: 'contactListOptions.fields' },
	output: ANSWER,
	request: CALLFIRE_REQUEST,
	fields: [
		contactListIdField,
		{
			displayName: 'Contact ID',
			name: 'contactListContactId',
			type: 'string',
			required: true,
			default: '',
		},
		queryOptions('contactListOptions', []),
	],
});
