import type { INodeProperties } from 'n8n-workflow';

import { buildResource, type OperationSpec } from '../GenericFunctions';
import { CALL_RESULTS, VOICES } from './common';

export const callOperations: OperationSpec[] = [
	{
		"value": "send",
		"name": "Send",
		"action": "Call numbers and play a message",
		"description": "Call phone numbers with a text-to-speech or recorded message (up to 10 per request)",
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
				"displayName": "Default Live Message Sound Name or ID",
				"type": "options",
				"loadOptions": "getSounds"
			},
			{
				"name": "defaultMachineMessageSoundId",
				"displayName": "Default Machine Message Sound Name or ID",
				"type": "options",
				"loadOptions": "getSounds"
			},
			{
				"name": "defaultVoice",
				"displayName": "Default Voice",
				"type": "options",
				"options": VOICES
			},
			{
				"name": "strictValidation",
				"displayName": "Strict Validation",
				"type": "boolean",
				"description": "Whether CallFire refuses the whole request (HTTP 400) when one number does not pass validation"
			}
		],
		"body": "recipients",
		"bodyExample": "[{\"phoneNumber\": \"12135551100\", \"liveMessage\": \"Hello\"}]"
	},
	{
		"value": "getAll",
		"name": "Get Many",
		"action": "Get many calls",
		"description": "Find calls sent or received, by number, state, result or time",
		"method": "GET",
		"path": "/calls",
		"query": [
			{
				"name": "id",
				"displayName": "Call IDs",
				"type": "list",
				"description": "Comma-separated; when given, the other filters are ignored"
			},
			{
				"name": "campaignId",
				"displayName": "Campaign ID",
				"type": "number",
				"description": "0 finds only the calls sent with Call → Send; leave this option out to search all campaigns"
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
				"options": CALL_RESULTS
			},
			{
				"name": "inbound",
				"displayName": "Inbound",
				"type": "boolean",
				"description": "Whether to find inbound calls (on) or outbound calls (off); leave out for both"
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
		"action": "Get a call",
		"description": "Get one call by its ID",
		"method": "GET",
		"path": "/calls/{id}",
		"pathLabels": {
			"id": "ID"
		}
	},
];

export const callDescription: INodeProperties[] = buildResource('call', callOperations);
