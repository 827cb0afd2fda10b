import type { INodeProperties } from 'n8n-workflow';

import { buildResource, type OperationSpec } from '../GenericFunctions';

export const batchOperations: OperationSpec[] = [
	{
		"value": "get",
		"name": "Get",
		"action": "Get a batch",
		"description": "Get one batch of a broadcast by its ID",
		"method": "GET",
		"path": "/campaigns/batches/{id}",
		"pathLabels": {
			"id": "ID"
		}
	},
	{
		"value": "update",
		"name": "Update",
		"action": "Update a batch",
		"description": "Enable or disable a batch of a broadcast",
		"method": "PUT",
		"path": "/campaigns/batches/{id}",
		"pathLabels": {
			"id": "ID"
		},
		"body": "object",
		"bodyExample": "{\"enabled\": true}",
		form: {
			fields: [
				{
					path: 'enabled',
					displayName: 'Enabled',
					type: 'boolean',
					default: true,
					description: "Whether the batch's contacts are called or texted (a disabled batch's are not)",
				},
			],
			optional: [{ path: 'name', displayName: 'Name', type: 'string', description: 'The batch name' }],
		},
	},
];

export const batchDescription: INodeProperties[] = buildResource('batch', batchOperations);
