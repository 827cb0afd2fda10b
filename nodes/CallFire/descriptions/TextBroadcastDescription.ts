import type { INodeProperties } from 'n8n-workflow';

import { buildResource, type OperationSpec } from '../GenericFunctions';
import { broadcastFields, forUpdate } from './common';
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
	optional: forUpdate([shared.name, shared.fromNumber, shared.recipientNumbers, message, ...optionalFields]),
	optionalLabel: 'Update Fields',
	json: true,
	notEmpty: 'Add at least one field to update',
};

export const textBroadcastOperations: OperationSpec[] = [
	{
		"value": "create",
		"name": "Create",
		"action": "Create a text broadcast",
		"description": "Create a text broadcast: who to text, the message, when",
		"method": "POST",
		"path": "/texts/broadcasts",
		"query": [
			{
				"name": "start",
				"displayName": "Start",
				"type": "boolean",
				"description": "Whether to start the broadcast as soon as it is created"
			},
			{
				"name": "strictValidation",
				"displayName": "Strict Validation",
				"type": "boolean",
				"description": "Whether CallFire refuses the whole request (HTTP 400) when one number does not pass validation"
			}
		],
		"body": "object",
		"bodyExample": "{\"name\": \"My text broadcast\", \"fromNumber\": \"67076\", \"recipients\": [{\"phoneNumber\": \"12135551100\"}], \"message\": \"Hello\"}",
		form: createForm,
	},
	{
		"value": "getAll",
		"name": "Get Many",
		"action": "Get many text broadcasts",
		"description": "Find text broadcasts by name, label or whether they run",
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
				"type": "boolean",
				"description": "Whether to find running broadcasts (on) or the others (off)"
			}
		],
		"list": true
	},
	{
		"value": "get",
		"name": "Get",
		"action": "Get a text broadcast",
		"description": "Get one text broadcast by its ID",
		"method": "GET",
		"path": "/texts/broadcasts/{id}",
		"pathLabels": {
			"id": "ID"
		}
	},
	{
		"value": "update",
		"name": "Update",
		"action": "Update a text broadcast",
		"description": "Change the settings you add to a text broadcast; the others stay as they are",
		"method": "PUT",
		"path": "/texts/broadcasts/{id}",
		"pathLabels": {
			"id": "ID"
		},
		"query": [
			{
				"name": "strictValidation",
				"displayName": "Strict Validation",
				"type": "boolean",
				"description": "Whether CallFire refuses the whole request (HTTP 400) when one number does not pass validation"
			}
		],
		"body": "object",
		"bodyExample": "{\"message\": \"Hello again\"}",
		form: updateForm,
	},
	{
		"value": "start",
		"name": "Start",
		"action": "Start a text broadcast",
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
		"action": "Stop a text broadcast",
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
		"action": "Archive a text broadcast",
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
		"action": "Get texts of a text broadcast",
		"description": "List the texts of a text broadcast",
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
		"action": "Get text broadcast statistics",
		"description": "Get the counts of texts sent, delivered and billed for a text broadcast",
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
		"action": "Add recipients to a text broadcast",
		"description": "Add phone numbers to a text broadcast",
		"method": "POST",
		"path": "/texts/broadcasts/{id}/recipients",
		"pathLabels": {
			"id": "ID"
		},
		"query": [
			{
				"name": "strictValidation",
				"displayName": "Strict Validation",
				"type": "boolean",
				"description": "Whether CallFire refuses the whole request (HTTP 400) when one number does not pass validation"
			}
		],
		"body": "recipients",
		"bodyExample": "[{\"phoneNumber\": \"12135551100\"}]"
	},
];

export const textBroadcastDescription: INodeProperties[] = buildResource('textBroadcast', textBroadcastOperations);
