import { defineOperation } from '../../../shared/operation';
import { bulkFields, CONTACT_FIELDS, LIST_NUMBER, type BulkSpec } from '../../helpers/bulk';
import { bulkBatching } from '../../helpers/bulkBatching';
import { bulkEntries } from '../../helpers/bulkEntries';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { contactListIdField } from './common';

/** The entries: one per item, or the JSON array of each item. */
const entries: BulkSpec = {
	resource: 'contactList',
	json: {
		name: 'contactListAddItemsBody',
		example: '{"contactNumbers": ["12135551100"]}',
	},
	into: 'contactNumbers',
	max: 1000,
	output: 'echo',
	plain: 'number',
	entry: [LIST_NUMBER],
	sources: [
		{
			value: 'number',
			name: 'Phone Number',
			description: 'Each item gives a phone number; CallFire makes it a contact',
			into: 'contactNumbers',
			plain: 'number',
			entry: [LIST_NUMBER],
			shared: [
				{
					displayName: 'Number Type',
					name: 'contactNumbersField',
					type: 'options',
					default: 'homePhone',
					description: 'Which phone field of the new contacts the numbers go in',
					options: [
						{ name: 'Home Phone', value: 'homePhone' },
						{ name: 'Mobile Phone', value: 'mobilePhone' },
						{ name: 'Work Phone', value: 'workPhone' },
					],
				},
			],
		},
		{
			value: 'contactId',
			name: 'Contact ID',
			description: 'Each item gives the ID of a contact that is already in CallFire',
			into: 'contactIds',
			plain: 'contactId',
			entry: [
				{
					name: 'contactId',
					displayName: 'Contact ID',
					description: 'The ID of a contact already in CallFire, e.g. 800634185003',
					placeholder: '800634185003',
					required: true,
					contactId: true,
				},
			],
		},
		{
			value: 'contact',
			name: 'Contact Fields',
			description: 'Each item gives the fields of a new contact',
			into: 'contacts',
			entry: CONTACT_FIELDS,
		},
	],
};

/** Contact List → Add Contacts: `POST /contacts/lists/{id}/items` (doc line 6316). */
export const addItems = defineOperation({
	value: 'addItems',
	name: 'Add Contacts',
	action: 'Add contacts to a contact list',
	description: 'Add phone numbers to a contact list, sent together in batches',
	method: 'POST',
	path: '/contacts/lists/{contactListId}/items',
	pathParameters: { contactListId: { label: 'ID' } },
	query: { fields: 'contactListOptions.fields' },
	batching: bulkBatching(entries),
	hooks: { preSend: [bulkEntries(entries)] },
	request: CALLFIRE_REQUEST,
	fields: [contactListIdField, ...bulkFields(entries), queryOptions('contactListOptions', [])],
});
