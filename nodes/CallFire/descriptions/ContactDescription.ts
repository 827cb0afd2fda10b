import type { INodeProperties } from 'n8n-workflow';

import { buildResource, type OperationSpec } from '../GenericFunctions';

export const contactOperations: OperationSpec[] = [
	{
		"value": "create",
		"name": "Create",
		"action": "Create contact",
		"description": "Create contacts",
		"method": "POST",
		"path": "/contacts",
		"body": "recipients",
		"bodyExample": "[{\"firstName\": \"Ada\", \"homePhone\": \"12135551100\"}]"
	},
	{
		"value": "getAll",
		"name": "Get Many",
		"action": "Get many contact",
		"description": "Find contacts",
		"method": "GET",
		"path": "/contacts",
		"query": [
			{
				"name": "id",
				"displayName": "Id",
				"description": "Comma-separated values"
			},
			{
				"name": "number",
				"displayName": "Number",
				"description": "Comma-separated values"
			},
			{
				"name": "contactListId",
				"displayName": "Contact List ID",
				"type": "number"
			},
			{
				"name": "propertyName",
				"displayName": "Property Name"
			},
			{
				"name": "propertyValue",
				"displayName": "Property Value"
			}
		],
		"list": true
	},
	{
		"value": "get",
		"name": "Get",
		"action": "Get contact",
		"description": "Find a specific contact",
		"method": "GET",
		"path": "/contacts/{id}",
		"pathLabels": {
			"id": "ID"
		}
	},
	{
		"value": "delete",
		"name": "Delete",
		"action": "Delete contact",
		"description": "Delete a contact",
		"method": "DELETE",
		"path": "/contacts/{id}",
		"pathLabels": {
			"id": "ID"
		}
	},
	{
		"value": "update",
		"name": "Update",
		"action": "Update contact",
		"description": "Update a contact",
		"method": "PUT",
		"path": "/contacts/{id}",
		"pathLabels": {
			"id": "ID"
		},
		"body": "object"
	},
	{
		"value": "getHistory",
		"name": "Get History",
		"action": "Get history contact",
		"description": "Find a contact's history",
		"method": "GET",
		"path": "/contacts/{id}/history",
		"pathLabels": {
			"id": "ID"
		},
		"list": true
	},
];

export const contactDescription: INodeProperties[] = buildResource('contact', contactOperations);
