import type { INodeProperties } from 'n8n-workflow';

import { buildResource, type OperationSpec } from '../GenericFunctions';

export const contactListOperations: OperationSpec[] = [
	{
		"value": "create",
		"name": "Create",
		"action": "Create contact list",
		"description": "Create contact lists",
		"method": "POST",
		"path": "/contacts/lists",
		"body": "object",
		"bodyExample": "{\"name\": \"My list\", \"contacts\": [{\"homePhone\": \"12135551100\"}]}"
	},
	{
		"value": "getAll",
		"name": "Get Many",
		"action": "Get many contact list",
		"description": "Find contact lists",
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
		"action": "Create from csv file contact list",
		"description": "Create contact list from file",
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
					"description": "Set to true to keep CSV columns as custom contact fields"
				}
			]
		}
	},
	{
		"value": "get",
		"name": "Get",
		"action": "Get contact list",
		"description": "Find a specific contact list",
		"method": "GET",
		"path": "/contacts/lists/{id}",
		"pathLabels": {
			"id": "ID"
		}
	},
	{
		"value": "delete",
		"name": "Delete",
		"action": "Delete contact list",
		"description": "Delete a contact list",
		"method": "DELETE",
		"path": "/contacts/lists/{id}",
		"pathLabels": {
			"id": "ID"
		}
	},
	{
		"value": "update",
		"name": "Update",
		"action": "Update contact list",
		"description": "Update a contact list",
		"method": "PUT",
		"path": "/contacts/lists/{id}",
		"pathLabels": {
			"id": "ID"
		},
		"body": "object",
		"bodyExample": "{\"name\": \"New name\"}"
	},
	{
		"value": "addItems",
		"name": "Add Contacts",
		"action": "Add contacts contact list",
		"description": "Add contacts to a contact list",
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
		"action": "Get many contacts contact list",
		"description": "Find contacts in a contact list",
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
		"action": "Remove contacts contact list",
		"description": "Delete contacts from a contact list",
		"method": "DELETE",
		"path": "/contacts/lists/{id}/items",
		"pathLabels": {
			"id": "ID"
		},
		"query": [
			{
				"name": "contactId",
				"displayName": "Contact ID",
				"description": "Comma-separated values"
			}
		]
	},
	{
		"value": "removeItem",
		"name": "Remove Contact",
		"action": "Remove contact contact list",
		"description": "Delete a contact from a contact list",
		"method": "DELETE",
		"path": "/contacts/lists/{id}/items/{contactId}",
		"pathLabels": {
			"id": "ID",
			"contactId": "Contact ID"
		}
	},
];

export const contactListDescription: INodeProperties[] = buildResource('contactList', contactListOperations);
