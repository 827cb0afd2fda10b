import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { formBody } from '../../helpers/formBody';
import { formFields, type BodyForm } from '../../helpers/formFields';
import { queryOptions } from '../../helpers/queryOptions';
import { webhookEventsProblem } from '../../helpers/webhookEvents';
import { CALLFIRE_REQUEST } from '../../transport';
import { callback, events, name, optionalFields, resource } from './common';

/** The body, from these form fields. */
const form: BodyForm = {
	parameters: 'webhookCreate',
	fields: [
		{ ...name, required: true },
		{ ...resource, required: true },
		{ ...events('webhookCreateResource'), required: true },
		{ ...callback, required: true },
	],
	optional: optionalFields,
	check: (body) => webhookEventsProblem(body.resource, body.events),
};

/** Webhook → Create: `POST /webhooks` (vendor-docs README: webhooks are not in the doc copy). */
export const create = defineOperation({
	value: 'create',
	name: 'Create',
	action: 'Create a webhook',
	description: 'Have CallFire POST events of a resource to a URL',
	method: 'POST',
	path: '/webhooks',
	query: { fields: 'webhookOptions.fields' },
	output: ANSWER,
	hooks: { preSend: [formBody(form)] },
	request: CALLFIRE_REQUEST,
	fields: [...formFields(form), queryOptions('webhookOptions', [])],
});
