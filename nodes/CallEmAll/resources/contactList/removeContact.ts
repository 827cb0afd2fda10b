import { defineOperation } from '../../../shared/operation';
import { deleted, idFieldSpec } from '../../helpers/fields';
import { LIST_ID, pathId } from '../../helpers/ids';
import { listIdField } from './common';

/**
 * Contact List → Remove Contact: `DELETE /v1/lists/{listId}/contacts/{listContactId}`, one
 * contact out of a list (doc line 1878).
 */
export const removeContact = defineOperation({
	value: 'removeContact',
	name: 'Remove Contact',
	action: 'Remove a contact from a list',
	method: 'DELETE',
	path: '/v1/lists/{listId}/contacts/{listContactId}',
	pathParameters: { listId: LIST_ID, listContactId: pathId('Contact ID') },
	hooks: { postReceive: [deleted] },
	fields: [
		listIdField,
		// Named apart from the Contact resource's `contactId`: n8n evaluates each same-named
		// property's value for every item.
		idFieldSpec('listContactId', 'Contact ID', 'The ID (PersonID) of the contact'),
	],
});
