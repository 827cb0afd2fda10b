import type { INodeProperties } from 'n8n-workflow';

import { buildResource, type OperationSpec } from '../GenericFunctions';

export const callOperations: OperationSpec[] = [
	{
		"value": "send",
		"name": "Send",
		"action": "Send call",
		"description": "Send calls",
		"method": "POST",
		"path": "/calls",
		"query": [
			{
				"name": "campaignId",
				"displayName": "Campaign ID",
				"type": "number"
			},
			{
				"name": "defaultLiveMessage",
				"displayName": "Default Live Message"
			},
			{
				"name": "defaultMachineMessage",
				"displayName": "Default Machine Message"
			},
			{
				"name": "defaultLiveMessageSoundId",
				"displayName": "Default Live Message Sound ID",
				"type": "number"
			},
			{
				"name": "defaultMachineMessageSoundId",
				"displayName": "Default Machine Message Sound ID",
				"type": "number"
			},
			{
				"name": "defaultVoice",
				"displayName": "Default Voice",
				"type": "options",
				"options": [
					{
						"name": "MALE1",
						"value": "MALE1"
					},
					{
						"name": "FEMALE1",
						"value": "FEMALE1"
					},
					{
						"name": "FEMALE2",
						"value": "FEMALE2"
					},
					{
						"name": "SPANISH1",
						"value": "SPANISH1"
					},
					{
						"name": "FRENCHCANADIAN1",
						"value": "FRENCHCANADIAN1"
					}
				]
			},
			{
				"name": "strictValidation",
				"displayName": "Strict Validation",
				"type": "boolean"
			}
		],
		"body": "recipients",
		"bodyExample": "[{\"phoneNumber\": \"12135551100\", \"liveMessage\": \"Hello\"}]"
	},
	{
		"value": "getAll",
		"name": "Get Many",
		"action": "Get many call",
		"description": "Find calls",
		"method": "GET",
		"path": "/calls",
		"query": [
			{
				"name": "id",
				"displayName": "Id",
				"description": "Comma-separated values"
			},
			{
				"name": "campaignId",
				"displayName": "Campaign ID",
				"type": "number"
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
						"name": "ABANDONED",
						"value": "ABANDONED"
					},
					{
						"name": "AM",
						"value": "AM"
					},
					{
						"name": "BUSY",
						"value": "BUSY"
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
						"name": "DNC",
						"value": "DNC"
					},
					{
						"name": "DNT",
						"value": "DNT"
					},
					{
						"name": "INTERNAL_ERROR",
						"value": "INTERNAL_ERROR"
					},
					{
						"name": "LA",
						"value": "LA"
					},
					{
						"name": "NO_ANS",
						"value": "NO_ANS"
					},
					{
						"name": "POSTPONED",
						"value": "POSTPONED"
					},
					{
						"name": "RECEIVED",
						"value": "RECEIVED"
					},
					{
						"name": "SD",
						"value": "SD"
					},
					{
						"name": "SENT",
						"value": "SENT"
					},
					{
						"name": "SKIPPED",
						"value": "SKIPPED"
					},
					{
						"name": "TOO_BIG",
						"value": "TOO_BIG"
					},
					{
						"name": "UNDIALED",
						"value": "UNDIALED"
					},
					{
						"name": "XFER",
						"value": "XFER"
					},
					{
						"name": "XFER_LEG",
						"value": "XFER_LEG"
					}
				]
			},
			{
				"name": "inbound",
				"displayName": "Inbound",
				"type": "boolean"
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
		"action": "Get call",
		"description": "Find a specific call",
		"method": "GET",
		"path": "/calls/{id}",
		"pathLabels": {
			"id": "ID"
		}
	},
];

export const callDescription: INodeProperties[] = buildResource('call', callOperations);
