import type { INodeProperties } from 'n8n-workflow';

import { buildResource, type OperationSpec } from '../GenericFunctions';
import { broadcastFields } from './common';
import type { BodyForm, FormField } from './formFields';

const shared = broadcastFields('text');

const message: FormField = {
	path: 'message',
	displayName: 'Message',
	type: 'text',
	description: "The text to send; a recipient's own message replaces it",
};

/** The fields of a TextBroadcast body (vendor README: text broadcasts mirror call broadcasts). */
const optionalFields: FormField[] = [
	shared.recipientContactIds,
	{
		path: 'bigMessageStrategy',
		displayName: 'Long Messages',
		type: 'options',
		default: 'SEND_MULTIPLE',
		options: [
			{ name: 'Send as Several Texts', value: 'SEND_MULTIPLE' },
			{ name: 'Do Not Send', value: 'DO_NOT_SEND' },
			{ name: 'Trim', value: 'TRIM' },
		],
		description: 'What happens to a message longer than one text',
	},
	shared.labels,
	shared.localTimeRestriction,
	shared.maxActive,
	shared.resumeNextDay,
	shared.schedules,
];

const createForm: BodyForm = {
	fields: [{ ...shared.name, required: true }, shared.fromNumber, shared.recipientNumbers, message],
	optional: optionalFields,
	json: true,
};

const updateForm: BodyForm = {
	optional: [shared.name, shared.fromNumber, shared.recipientNumbers, message, ...optionalFields],
	optionalLabel: 'Update Fields',
	json: true,
	notEmpty: 'Add at least one field to update',
};

export const textBroadcastOperations: OperationSpec[] = [
	{
		"value": "create",
		"name": "Create",
		"action": "Create text broadcast",
		"description": "Create a text broadcast",
		"method": "POST",
		"path": "/texts/broadcasts",
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
		"bodyExample": "{\"name\": \"My text broadcast\", \"fromNumber\": \"67076\", \"recipients\": [{\"phoneNumber\": \"12135551100\"}], \"message\": \"Hello\"}",
		form: createForm,
	},
	{
		"value": "getAll",
		"name": "Get Many",
		"action": "Get many text broadcast",
		"description": "Find text broadcasts",
		"method": "GET",
		"path": "/texts/broadcasts",
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
		"action": "Get text broadcast",
		"description": "Get a text broadcast",
		"method": "GET",
		"path": "/texts/broadcasts/{id}",
		"pathLabels": {
			"id": "ID"
		}
	},
	{
		"value": "update",
		"name": "Update",
		"action": "Update text broadcast",
		"description": "Update a text broadcast",
		"method": "PUT",
		"path": "/texts/broadcasts/{id}",
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
		"bodyExample": "{\"message\": \"Hello again\"}",
		form: updateForm,
	},
	{
		"value": "start",
		"name": "Start",
		"action": "Start text broadcast",
		"description": "Start a text broadcast",
		"method": "POST",
		"path": "/texts/broadcasts/{id}/start",
		"pathLabels": {
			"id": "ID"
		}
	},
	{
		"value": "stop",
		"name": "Stop",
		"action": "Stop text broadcast",
		"description": "Stop a text broadcast",
		"method": "POST",
		"path": "/texts/broadcasts/{id}/stop",
		"pathLabels": {
			"id": "ID"
		}
	},
	{
		"value": "archive",
		"name": "Archive",
		"action": "Archive text broadcast",
		"description": "Archive a text broadcast",
		"method": "POST",
		"path": "/texts/broadcasts/{id}/archive",
		"pathLabels": {
			"id": "ID"
		}
	},
	{
		"value": "getTexts",
		"name": "Get Many Texts",
		"action": "Get many texts text broadcast",
		"description": "Find texts in a text broadcast",
		"method": "GET",
		"path": "/texts/broadcasts/{id}/texts",
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
		"value": "getStats",
		"name": "Get Statistics",
		"action": "Get statistics text broadcast",
		"description": "Text broadcast statistics",
		"method": "GET",
		"path": "/texts/broadcasts/{id}/stats",
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
		"value": "addRecipients",
		"name": "Add Recipients",
		"action": "Add recipients text broadcast",
		"description": "Add recipients to a text broadcast",
		"method": "POST",
		"path": "/texts/broadcasts/{id}/recipients",
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
];

export const textBroadcastDescription: INodeProperties[] = buildResource('textBroadcast', textBroadcastOperations);
