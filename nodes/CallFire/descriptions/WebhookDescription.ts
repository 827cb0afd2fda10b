import type { INodeProperties } from 'n8n-workflow';

import { buildResource, type OperationSpec } from '../GenericFunctions';
import type { FormField } from './formFields';
import {
	WEBHOOK_EVENT_OPTIONS,
	WEBHOOK_RESOURCE_OPTIONS,
	webhookEventsProblem,
} from './webhookEvents';

/** A webhook's fields (vendor README: name, resource, events[], callback, secret, enabled, singleUse, nonStrictSsl). */
const name: FormField = { path: 'name', displayName: 'Name', type: 'string', placeholder: 'e.g. n8n inbound texts' };
const resource: FormField = {
	path: 'resource',
	displayName: 'Resource',
	type: 'options',
	options: WEBHOOK_RESOURCE_OPTIONS,
	default: 'InboundText',
	description: 'What the webhook reports on',
};
const events = (dependsOn: string): FormField => ({
	path: 'events',
	displayName: 'Event Names or IDs',
	type: 'multiOptions',
	loadOptions: 'getWebhookEvents',
	loadOptionsDependsOn: [dependsOn],
	description: "Which of the resource's events are reported",
});
const callback: FormField = {
	path: 'callback',
	displayName: 'Callback URL',
	type: 'string',
	placeholder: 'https://example.com/callfire',
	description: 'Where CallFire POSTs the events',
};
const optionalFields: FormField[] = [
	{
		path: 'secret',
		displayName: 'Secret',
		type: 'string',
		description: 'Signs each delivery (X-CallFire-Signature: Base64 of HMAC-SHA1 of the body)',
		typeOptions: { password: true },
	},
	{
		path: 'enabled',
		displayName: 'Enabled',
		type: 'boolean',
		default: true,
		description: 'Whether the webhook is active',
	},
	{
		path: 'singleUse',
		displayName: 'Single Use',
		type: 'boolean',
		default: false,
		description: 'Whether the webhook is removed after its first delivery',
	},
	{
		path: 'nonStrictSsl',
		displayName: 'Non-Strict SSL',
		type: 'boolean',
		default: false,
		description: "Whether CallFire delivers to a callback whose TLS certificate it can't verify",
	},
];

export const webhookOperations: OperationSpec[] = [
	{
		"value": "getAll",
		"name": "Get Many",
		"action": "Get many webhooks",
		"description": "Find webhooks by name, resource, event, callback or whether enabled",
		"method": "GET",
		"path": "/webhooks",
		"query": [
			{
				"name": "name",
				"displayName": "Name"
			},
			{
				"name": "resource",
				"displayName": "Resource",
				"type": "options",
				"options": WEBHOOK_RESOURCE_OPTIONS
			},
			{
				"name": "event",
				"displayName": "Event",
				"type": "options",
				"options": WEBHOOK_EVENT_OPTIONS
			},
			{
				"name": "callback",
				"displayName": "Callback"
			},
			{
				"name": "enabled",
				"displayName": "Enabled",
				"type": "boolean",
				"description": "Whether to find enabled (on) or disabled (off) webhooks"
			}
		],
		"list": true
	},
	{
		"value": "create",
		"name": "Create",
		"action": "Create a webhook",
		"description": "Have CallFire POST events of a resource to a URL",
		"method": "POST",
		"path": "/webhooks",
		"body": "object",
		"bodyExample": "{\"name\": \"n8n\", \"resource\": \"InboundText\", \"events\": [\"Finished\"], \"callback\": \"https://example.com/hook\"}",
		form: {
			fields: [
				{ ...name, required: true },
				{ ...resource, required: true },
				{ ...events('webhookCreateResource'), required: true },
				{ ...callback, required: true },
			],
			optional: optionalFields,
			check: (body) => webhookEventsProblem(body.resource, body.events),
		},
	},
	{
		"value": "get",
		"name": "Get",
		"action": "Get a webhook",
		"description": "Get one webhook by its ID",
		"method": "GET",
		"path": "/webhooks/{id}",
		"pathLabels": {
			"id": "ID"
		}
	},
	{
		"value": "update",
		"name": "Update",
		"action": "Update a webhook",
		"description": "Change the fields you add to a webhook; the others stay as they are",
		"method": "PUT",
		"path": "/webhooks/{id}",
		"pathLabels": {
			"id": "ID"
		},
		"body": "object",
		"bodyExample": "{\"enabled\": false}",
		form: {
			optional: [
				name,
				resource,
				events('webhookUpdateFields.resource'),
				callback,
				...optionalFields,
			],
			optionalLabel: 'Update Fields',
			notEmpty: 'Add at least one field to update',
			check: (body) => webhookEventsProblem(body.resource, body.events),
		},
	},
	{
		"value": "delete",
		"name": "Delete",
		"action": "Delete a webhook",
		"description": "Delete a webhook by its ID",
		"method": "DELETE",
		"path": "/webhooks/{id}",
		"pathLabels": {
			"id": "ID"
		}
	},
];

export const webhookDescription: INodeProperties[] = buildResource('webhook', webhookOperations);
