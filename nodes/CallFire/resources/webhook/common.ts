import type { FieldSpec } from '../../../shared/operation';
import type { FormField } from '../../helpers/formFields';
import { WEBHOOK_RESOURCE_OPTIONS } from '../../helpers/webhookEvents';

/** The fields several Webhook operations share. */

export const webhookIdField: FieldSpec = {
	displayName: 'ID',
	name: 'webhookId',
	type: 'string',
	required: true,
	default: '',
};

/** A webhook's fields (vendor README: name, resource, events[], callback, secret, enabled, singleUse, nonStrictSsl). */
export const name: FormField = {
	path: 'name',
	displayName: 'Name',
	type: 'string',
	placeholder: 'e.g. n8n inbound texts',
};
export const resource: FormField = {
	path: 'resource',
	displayName: 'Resource',
	type: 'options',
	options: WEBHOOK_RESOURCE_OPTIONS,
	default: 'InboundText',
	description: 'What the webhook reports on',
};
export const events = (dependsOn: string): FormField => ({
	path: 'events',
	displayName: 'Event Names or IDs',
	type: 'multiOptions',
	loadOptions: 'getWebhookEvents',
	loadOptionsDependsOn: [dependsOn],
	description: "Which of the resource's events are reported",
});
export const callback: FormField = {
	path: 'callback',
	displayName: 'Callback URL',
	type: 'string',
	placeholder: 'https://example.com/callfire',
	description: 'Where CallFire POSTs the events',
};
export const optionalFields: FormField[] = [
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
