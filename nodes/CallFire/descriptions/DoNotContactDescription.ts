import type { INodeProperties } from 'n8n-workflow';

import { buildResource, type OperationSpec } from '../GenericFunctions';

export const doNotContactOperations: OperationSpec[] = [
	{
		"value": "add",
		"name": "Add or Update Many",
		"action": "Add or update many do not contact",
		"description": "Add or update do not contact (dnc) numbers",
		"method": "POST",
		"path": "/contacts/dncs",
		"body": "object",
		"bodyExample": "{\"numbers\": [\"12135551100\"], \"call\": true, \"text\": true}"
	},
	{
		"value": "getAll",
		"name": "Get Many",
		"action": "Get many do not contact",
		"description": "Find do not contact (dnc) items",
		"method": "GET",
		"path": "/contacts/dncs",
		"query": [
			{
				"name": "prefix",
				"displayName": "Prefix"
			},
			{
				"name": "campaignId",
				"displayName": "Campaign ID",
				"type": "number"
			},
			{
				"name": "source",
				"displayName": "Source"
			},
			{
				"name": "call",
				"displayName": "Call",
				"type": "boolean"
			},
			{
				"name": "text",
				"displayName": "Text",
				"type": "boolean"
			},
			{
				"name": "number",
				"displayName": "Phone Numbers",
				"type": "list",
				"description": "Comma-separated"
			}
		],
		"list": true
	},
	{
		"value": "deleteBySource",
		"name": "Delete by Source",
		"action": "Delete by source do not contact",
		"description": "Delete do not contact (dnc) numbers contained in source",
		"method": "DELETE",
		"path": "/contacts/dncs/sources/{source}",
		"pathLabels": {
			"source": "Source"
		}
	},
	{
		"value": "getUniversal",
		"name": "Get Universal",
		"action": "Get universal do not contact",
		"description": "Find universal do not contacts (udnc) associated with toNumber",
		"method": "GET",
		"path": "/contacts/dncs/universals/{toNumber}",
		"pathLabels": {
			"toNumber": "To Number"
		},
		"phonePath": ["toNumber"],
		"output": "entries",
		"query": [
			{
				"name": "fromNumber",
				"displayName": "From Number"
			}
		]
	},
	{
		"value": "get",
		"name": "Get",
		"action": "Get do not contact",
		"description": "Get do not contact (dnc)",
		"method": "GET",
		"path": "/contacts/dncs/{number}",
		"pathLabels": {
			"number": "Number"
		}
	},
	{
		"value": "delete",
		"name": "Delete",
		"action": "Delete do not contact",
		"description": "Delete do not contact (dnc) number. If number contains commas treat as list of numbers",
		"method": "DELETE",
		"path": "/contacts/dncs/{number}",
		"pathLabels": {
			"number": "Number"
		}
	},
	{
		"value": "update",
		"name": "Update",
		"action": "Update do not contact",
		"description": "Update an individual do not contact (dnc) number",
		"method": "PUT",
		"path": "/contacts/dncs/{number}",
		"pathLabels": {
			"number": "Number"
		},
		"body": "object",
		"bodyExample": "{\"call\": true, \"text\": false}",
		form: {
			fields: [
				{
					path: 'call',
					param: 'doNotCall',
					displayName: 'Do Not Call',
					type: 'boolean',
					default: true,
					description: 'Whether the number is on the do-not-call list',
				},
				{
					path: 'text',
					param: 'doNotText',
					displayName: 'Do Not Text',
					type: 'boolean',
					default: true,
					description: 'Whether the number is on the do-not-text list',
				},
			],
			optional: [
				{
					path: 'source',
					displayName: 'Source',
					type: 'string',
					description: 'A name for where the number came from',
				},
			],
		},
	},
];

export const doNotContactDescription: INodeProperties[] = buildResource('doNotContact', doNotContactOperations);
