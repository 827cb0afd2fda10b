import type { INodeProperties } from 'n8n-workflow';

import { buildResource, type OperationSpec } from '../GenericFunctions';

export const orderOperations: OperationSpec[] = [
	{
		"value": "orderKeywords",
		"name": "Purchase Keywords",
		"action": "Purchase keywords order",
		"description": "Purchase keywords",
		"method": "POST",
		"path": "/orders/keywords",
		"body": "object",
		"bodyExample": "{\"keywords\": [\"MYKEYWORD\"]}"
	},
	{
		"value": "orderNumbers",
		"name": "Purchase Numbers",
		"action": "Purchase numbers order",
		"description": "Purchase numbers",
		"method": "POST",
		"path": "/orders/numbers",
		"body": "object",
		"bodyExample": "{\"numbers\": [\"12135551100\"]}"
	},
	{
		"value": "get",
		"name": "Get",
		"action": "Get order",
		"description": "Find a specific order",
		"method": "GET",
		"path": "/orders/{id}",
		"pathLabels": {
			"id": "ID"
		}
	},
];

export const orderDescription: INodeProperties[] = buildResource('order', orderOperations);
