import type { INodeProperties } from 'n8n-workflow';

import { buildResource, type OperationSpec } from '../GenericFunctions';

export const callBroadcastOperations: OperationSpec[] = [
	{
		"value": "create",
		"name": "Create",
		"action": "Create call broadcast",
		"description": "Create a call broadcast",
		"method": "POST",
		"path": "/calls/broadcasts",
		"query": [
			{
				"name": "start",
				"displayName": "Start",
				"type": "boolean"
			},
			{
				"name": "strictValidation",
				"displayName": "Strict Validation",
				"type": "boolean"
			}
		],
		"body": "object",
		"bodyExample": "{\"name\": \"My broadcast\", \"sounds\": {\"liveSoundText\": \"Hello\"}}"
	},
	{
		"value": "getAll",
		"name": "Get Many",
		"action": "Get many call broadcast",
		"description": "Find call broadcasts",
		"method": "GET",
		"path": "/calls/broadcasts",
		"query": [
			{
				"name": "label",
				"displayName": "Label"
			},
			{
				"name": "name",
				"displayName": "Name"
			},
			{
				"name": "running",
				"displayName": "Running",
				"type": "boolean"
			}
		],
		"list": true
	},
	{
		"value": "get",
		"name": "Get",
		"action": "Get call broadcast",
		"description": "Find a specific call broadcast",
		"method": "GET",
		"path": "/calls/broadcasts/{id}",
		"pathLabels": {
			"id": "ID"
		}
	},
	{
		"value": "update",
		"name": "Update",
		"action": "Update call broadcast",
		"description": "Update a call broadcast",
		"method": "PUT",
		"path": "/calls/broadcasts/{id}",
		"pathLabels": {
			"id": "ID"
		},
		"query": [
			{
				"name": "strictValidation",
				"displayName": "Strict Validation",
				"type": "boolean"
			}
		],
		"body": "object"
	},
	{
		"value": "archive",
		"name": "Archive",
		"action": "Archive call broadcast",
		"description": "Archive voice broadcast",
		"method": "POST",
		"path": "/calls/broadcasts/{id}/archive",
		"pathLabels": {
			"id": "ID"
		}
	},
	{
		"value": "addBatch",
		"name": "Add Batch",
		"action": "Add batch call broadcast",
		"description": "Add batches to a call broadcast",
		"method": "POST",
		"path": "/calls/broadcasts/{id}/batches",
		"pathLabels": {
			"id": "ID"
		},
		"query": [
			{
				"name": "strictValidation",
				"displayName": "Strict Validation",
				"type": "boolean"
			}
		],
		"body": "object",
		"bodyExample": "{\"name\": \"Batch 1\", \"recipients\": [{\"phoneNumber\": \"12135551100\"}]}"
	},
	{
		"value": "getBatches",
		"name": "Get Many Batches",
		"action": "Get many batches call broadcast",
		"description": "Find batches in a call broadcast",
		"method": "GET",
		"path": "/calls/broadcasts/{id}/batches",
		"pathLabels": {
			"id": "ID"
		},
		"list": true
	},
	{
		"value": "getCalls",
		"name": "Get Many Calls",
		"action": "Get many calls call broadcast",
		"description": "Find calls in a call broadcast",
		"method": "GET",
		"path": "/calls/broadcasts/{id}/calls",
		"pathLabels": {
			"id": "ID"
		},
		"query": [
			{
				"name": "batchId",
				"displayName": "Batch ID",
				"type": "number"
			}
		],
		"list": true
	},
	{
		"value": "addRecipients",
		"name": "Add Recipients",
		"action": "Add recipients call broadcast",
		"description": "Add recipients to a call broadcast",
		"method": "POST",
		"path": "/calls/broadcasts/{id}/recipients",
		"pathLabels": {
			"id": "ID"
		},
		"query": [
			{
				"name": "strictValidation",
				"displayName": "Strict Validation",
				"type": "boolean"
			}
		],
		"body": "recipients",
		"bodyExample": "[{\"phoneNumber\": \"12135551100\"}]"
	},
	{
		"value": "start",
		"name": "Start",
		"action": "Start call broadcast",
		"description": "Start voice broadcast",
		"method": "POST",
		"path": "/calls/broadcasts/{id}/start",
		"pathLabels": {
			"id": "ID"
		}
	},
	{
		"value": "getStats",
		"name": "Get Statistics",
		"action": "Get statistics call broadcast",
		"description": "Get statistics on call broadcast",
		"method": "GET",
		"path": "/calls/broadcasts/{id}/stats",
		"pathLabels": {
			"id": "ID"
		},
		"query": [
			{
				"name": "begin",
				"displayName": "Begin",
				"type": "number",
				"description": "Unix time in milliseconds"
			},
			{
				"name": "end",
				"displayName": "End",
				"type": "number",
				"description": "Unix time in milliseconds"
			}
		]
	},
	{
		"value": "stop",
		"name": "Stop",
		"action": "Stop call broadcast",
		"description": "Stop voice broadcast",
		"method": "POST",
		"path": "/calls/broadcasts/{id}/stop",
		"pathLabels": {
			"id": "ID"
		}
	},
];

export const callBroadcastDescription: INodeProperties[] = buildResource('callBroadcast', callBroadcastOperations);
