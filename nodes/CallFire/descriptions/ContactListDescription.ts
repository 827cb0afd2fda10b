import type { INodeProperties } from 'n8n-workflow';

import { buildResource, type OperationSpec } from '../GenericFunctions';
import { CONTACT_NUMBER_FIELDS, PHONE_HINT } from './common';

export const contactListOperations: OperationSpec[] = [
	{
		"value": "create",
		"name": "Create",
		"action": "Create a contact list",
		"description": "Create a contact list from numbers, contact IDs or new contacts",
		"method": "POST",
		"path": "/contacts/lists",
		"body": "object",
		"bodyExample": "{\"name\": \"My Contact List\", \"contacts\": [{\"firstName\": \"Alice\", \"lastName\": \"Moore\", \"homePhone\": \"12135551126\"}, {\"firstName\": \"Bob\", \"lastName\": \"Smith\", \"homePhone\": \"12135551127\", \"properties\": {\"age\": 30}}]}",
		form: {
			fields: [
				{
					path: 'name',
					displayName: 'Name',
					type: 'string',
					required: true,
					placeholder: 'e.g. May leads',
				},
				{
					path: 'contactNumbers',
					displayName: 'Phone Numbers',
					type: 'list',
					phone: true,
					placeholder: '12132212384, 12136612355',
					description: `Comma-separated; each becomes a new contact. ${PHONE_HINT}.`,
				},
				{
					path: 'contactNumbersField',
					displayName: 'Number Type',
					type: 'options',
					options: CONTACT_NUMBER_FIELDS,
					default: 'homePhone',
					onlyWith: 'contactNumbers',
					description: 'Which phone field of the new contacts the numbers go in',
				},
			],
			optional: [
				{
					path: 'contactIds',
					displayName: 'Contact IDs',
					type: 'numberList',
					placeholder: '800634185003, 800734186003',
					description: 'Comma-separated IDs of contacts already in your account',
				},
				{
					path: 'contacts',
					displayName: 'New Contacts (JSON)',
					type: 'json',
					description:
						'New contacts as a JSON array, e.g. [{"firstName": "Alice", "homePhone": "12135551126"}]',
				},
				{
					path: 'useCustomFields',
					displayName: 'Use Custom Fields',
					type: 'boolean',
					default: false,
					description:
						'Whether contact property names are kept as written (otherwise CallFire names them A, B, C…)',
				},
			],
			json: true,
			check: (body) => {
				if (body.contacts !== undefined && !Array.isArray(body.contacts)) {
					return 'New Contacts (JSON) must be a JSON array';
				}
				return body.contactNumbers || body.contactIds || body.contacts
					? undefined
					: 'Give phone numbers, contact IDs or new contacts for the list';
			},
		},
	},
	{
		"value": "getAll",
		"name": "Get Many",
		"action": "Get many contact lists",
		"description": "Find contact lists by name",
		"method": "GET",
		"path": "/contacts/lists",
		"query": [
			{
				"name": "name",
				"displayName": "Name"
			}
		],
		"list": true
	},
	{
		"value": "upload",
		"name": "Create From CSV File",
		"action": "Create a contact list from CSV",
		"description": "Create a contact list from a CSV file of the input item",
		"method": "POST",
		"path": "/contacts/lists/upload",
		"upload": {
			"field": "file",
			"extra": [
				{
					"name": "name",
					"displayName": "Name",
					"description": "A name for the uploaded file"
				},
				{
					"name": "useCustomFields",
					"displayName": "Use Custom Fields",
					"type": "boolean",
					"description": "Whether the CSV column names are kept as contact property names (otherwise CallFire names them A, B, C…)"
				}
			]
		}
	},
	{
		"value": "get",
		"name": "Get",
		"action": "Get a contact list",
		"description": "Get one contact list by its ID",
		"method": "GET",
		"path": "/contacts/lists/{id}",
		"pathLabels": {
			"id": "ID"
		}
	},
	{
		"value": "delete",
		"name": "Delete",
		"action": "Delete a contact list",
		"description": "Delete a contact list by its ID",
		"method": "DELETE",
		"path": "/contacts/lists/{id}",
		"pathLabels": {
			"id": "ID"
		}
	},
	{
		"value": "update",
		"name": "Update",
		"action": "Rename a contact list",
		"description": "Change the name of a contact list",
		"method": "PUT",
		"path": "/contacts/lists/{id}",
		"pathLabels": {
			"id": "ID"
		},
		"body": "object",
		"bodyExample": "{\"name\": \"contact list updated\"}",
		form: {
			fields: [
				{ path: 'name', displayName: 'Name', type: 'string', required: true, description: 'The new name of the list' },
			],
		},
	},
	{
		"value": "addItems",
		"name": "Add Contacts",
		"action": "Add contacts to a contact list",
		"description": "Add phone numbers to a contact list, sent together in batches",
		"method": "POST",
		"path": "/contacts/lists/{id}/items",
		"pathLabels": {
			"id": "ID"
		},
		"body": "object",
		"bodyExample": "{\"contactNumbers\": [\"12135551100\"]}"
	},
	{
		"value": "getItems",
		"name": "Get Many Contacts",
		"action": "Get contacts of a contact list",
		"description": "List the contacts of a contact list",
		"method": "GET",
		"path": "/contacts/lists/{id}/items",
		"pathLabels": {
			"id": "ID"
		},
		"list": true
	},
	{
		"value": "removeItems",
		"name": "Remove Contacts",
		"action": "Remove contacts from a contact list",
		"description": "Remove the given contacts from a contact list",
		"method": "DELETE",
		"path": "/contacts/lists/{id}/items",
		"pathLabels": {
			"id": "ID"
		},
		// Required and checked: a DELETE of the list's items with no contactId must never be sent
		// (the doc does not say what CallFire does with it; it could empty the list).
		"query": [
			{
				"name": "contactId",
				"displayName": "Contact IDs",
				"type": "list",
				"required": true,
				"ids": true,
				"placeholder": "22277003, 23377003",
				"description": "Comma-separated IDs of the contacts to remove (at least one; only these are removed)"
			}
		]
	},
	{
		"value": "removeItem",
		"name": "Remove Contact",
		"action": "Remove a contact from a contact list",
		"description": "Remove one contact from a contact list",
		"method": "DELETE",
		"path": "/contacts/lists/{id}/items/{contactId}",
		"pathLabels": {
			"id": "ID",
			"contactId": "Contact ID"
		}
	},
];

export const contactListDescription: INodeProperties[] = buildResource('contactList', contactListOperations);
