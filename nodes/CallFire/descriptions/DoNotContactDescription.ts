import type { INodeProperties } from 'n8n-workflow';

import { buildResource, type OperationSpec } from '../GenericFunctions';

export const doNotContactOperations: OperationSpec[] = [
	{
		"value": "add",
		"name": "Add or Update Many",
		"action": "Add or update do not contact numbers",
		"description": "Add numbers to the do-not-call and do-not-text lists, sent together in batches",
		"method": "POST",
		"path": "/contacts/dncs",
		"body": "object",
		"bodyExample": "{\"numbers\": [\"12135551100\"], \"call\": true, \"text\": true}"
	},
	{
		"value": "getAll",
		"name": "Get Many",
		"action": "Get many do not contact numbers",
		"description": "Find numbers on the do-not-contact lists",
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
				"type": "boolean",
				"description": "Whether to find only numbers on the do-not-call list"
			},
			{
				"name": "text",
				"displayName": "Text",
				"type": "boolean",
				"description": "Whether to find only numbers on the do-not-text list"
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
		"action": "Delete do not contact numbers by source",
		"description": "Remove every do-not-contact number added under one source",
		"method": "DELETE",
		"path": "/contacts/dncs/sources/{source}",
		"pathLabels": {
			"source": "Source"
		}
	},
	{
		"value": "getUniversal",
		"name": "Get Universal",
		"action": "Get universal do not contact entries",
		"description": "Check a number against the universal do-not-contact lists, one item per entry",
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
		"action": "Get a do not contact number",
		"description": "Get one do-not-contact entry by its number",
		"method": "GET",
		"path": "/contacts/dncs/{number}",
		"pathLabels": {
			"number": "Number"
		}
	},
	{
		"value": "delete",
		"name": "Delete",
		"action": "Delete do not contact numbers",
		"description": "Remove a number (or several, comma-separated) from the do-not-contact lists",
		"method": "DELETE",
		"path": "/contacts/dncs/{number}",
		"pathLabels": {
			"number": "Number"
		},
		"phoneListPath": ["number"]
	},
	{
		"value": "update",
		"name": "Update",
		"action": "Update a do not contact number",
		"description": "Change whether a number may be called or texted",
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
					description: 'Whether the number is on the do-not-call list (sent with every update)',
				},
				{
					path: 'text',
					param: 'doNotText',
					displayName: 'Do Not Text',
					type: 'boolean',
					default: true,
					description: 'Whether the number is on the do-not-text list (sent with every update)',
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
