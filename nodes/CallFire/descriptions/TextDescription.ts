import type { INodeProperties } from 'n8n-workflow';

import { buildResource, type OperationSpec } from '../GenericFunctions';

export const textOperations: OperationSpec[] = [
	{
		"value": "send",
		"name": "Send",
		"action": "Send texts",
		"description": "Send text messages (many items go in one request)",
		"method": "POST",
		"path": "/texts",
		"query": [
			{
				"name": "campaignId",
				"displayName": "Campaign ID",
				"type": "number"
			},
			{
				"name": "defaultMessage",
				"displayName": "Default Message"
			},
			{
				"name": "strictValidation",
				"displayName": "Strict Validation",
				"type": "boolean",
				"description": "Whether CallFire refuses the whole request (HTTP 400) when one number does not pass validation"
			}
		],
		"body": "recipients",
		"bodyExample": "[{\"phoneNumber\": \"12135551100\", \"message\": \"Hello\"}]"
	},
	{
		"value": "getAll",
		"name": "Get Many",
		"action": "Get many texts",
		"description": "Find texts sent or received, by number, state, result or time",
		"method": "GET",
		"path": "/texts",
		"query": [
			{
				"name": "id",
				"displayName": "Text IDs",
				"type": "list",
				"description": "Comma-separated; when given, the other filters are ignored"
			},
			{
				"name": "campaignId",
				"displayName": "Campaign ID",
				"type": "number",
				"description": "0 finds only the texts sent with Text → Send; leave this option out to search all campaigns"
			},
			{
				"name": "batchId",
				"displayName": "Batch ID",
				"type": "number"
			},
			{
				"name": "fromNumber",
				"displayName": "From Number"
			},
			{
				"name": "toNumber",
				"displayName": "To Number"
			},
			{
				"name": "label",
				"displayName": "Label"
			},
			{
				"name": "states",
				"displayName": "States",
				"type": "multiOptions",
				"options": [
					{
						"name": "READY",
						"value": "READY"
					},
					{
						"name": "SELECTED",
						"value": "SELECTED"
					},
					{
						"name": "CALLBACK",
						"value": "CALLBACK"
					},
					{
						"name": "FINISHED",
						"value": "FINISHED"
					},
					{
						"name": "DISABLED",
						"value": "DISABLED"
					},
					{
						"name": "DNC",
						"value": "DNC"
					},
					{
						"name": "DUP",
						"value": "DUP"
					},
					{
						"name": "INVALID",
						"value": "INVALID"
					},
					{
						"name": "TIMEOUT",
						"value": "TIMEOUT"
					},
					{
						"name": "PERIOD_LIMIT",
						"value": "PERIOD_LIMIT"
					}
				]
			},
			{
				"name": "results",
				"displayName": "Results",
				"type": "multiOptions",
				"options": [
					{
						"name": "SENT",
						"value": "SENT"
					},
					{
						"name": "RECEIVED",
						"value": "RECEIVED"
					},
					{
						"name": "DNT",
						"value": "DNT"
					},
					{
						"name": "TOO_BIG",
						"value": "TOO_BIG"
					},
					{
						"name": "INTERNAL_ERROR",
						"value": "INTERNAL_ERROR"
					},
					{
						"name": "CARRIER_ERROR",
						"value": "CARRIER_ERROR"
					},
					{
						"name": "CARRIER_TEMP_ERROR",
						"value": "CARRIER_TEMP_ERROR"
					},
					{
						"name": "UNDIALED",
						"value": "UNDIALED"
					}
				]
			},
			{
				"name": "inbound",
				"displayName": "Inbound",
				"type": "boolean",
				"description": "Whether to find inbound texts (on) or outbound texts (off); leave out for both"
			},
			{
				"name": "intervalBegin",
				"displayName": "Interval Begin",
				"type": "number",
				"description": "Unix time in milliseconds"
			},
			{
				"name": "intervalEnd",
				"displayName": "Interval End",
				"type": "number",
				"description": "Unix time in milliseconds"
			}
		],
		"list": true
	},
	{
		"value": "get",
		"name": "Get",
		"action": "Get a text",
		"description": "Get one text by its ID",
		"method": "GET",
		"path": "/texts/{id}",
		"pathLabels": {
			"id": "ID"
		}
	},
];

export const textDescription: INodeProperties[] = buildResource('text', textOperations);
