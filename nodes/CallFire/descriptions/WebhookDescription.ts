import type { INodeProperties } from 'n8n-workflow';

import { buildResource, type OperationSpec } from '../GenericFunctions';

export const webhookOperations: OperationSpec[] = [
	{
		"value": "getAll",
		"name": "Get Many",
		"action": "Get many webhook",
		"description": "Find webhooks",
		"method": "GET",
		"path": "/webhooks",
		"query": [
			{
				"name": "name",
				"displayName": "Name"
			},
			{
				"name": "resource",
				"displayName": "Resource"
			},
			{
				"name": "event",
				"displayName": "Event"
			},
			{
				"name": "callback",
				"displayName": "Callback"
			},
			{
				"name": "enabled",
				"displayName": "Enabled",
				"type": "boolean"
			}
		],
		"list": true
	},
	{
		"value": "create",
		"name": "Create",
		"action": "Create webhook",
		"description": "Create a webhook",
		"method": "POST",
		"path": "/webhooks",
		"body": "object",
		"bodyExample": "{\"name\": \"n8n\", \"resource\": \"InboundText\", \"events\": [\"Finished\"], \"callback\": \"https://example.com/hook\"}"
	},
	{
		"value": "get",
		"name": "Get",
		"action": "Get webhook",
		"description": "Get a webhook",
		"method": "GET",
		"path": "/webhooks/{id}",
		"pathLabels": {
			"id": "ID"
		}
	},
	{
		"value": "update",
		"name": "Update",
		"action": "Update webhook",
		"description": "Update a webhook",
		"method": "PUT",
		"path": "/webhooks/{id}",
		"pathLabels": {
			"id": "ID"
		},
		"body": "object"
	},
	{
		"value": "delete",
		"name": "Delete",
		"action": "Delete webhook",
		"description": "Delete a webhook",
		"method": "DELETE",
		"path": "/webhooks/{id}",
		"pathLabels": {
			"id": "ID"
		}
	},
];

export const webhookDescription: INodeProperties[] = buildResource('webhook', webhookOperations);
