import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { formBody } from '../../helpers/formBody';
import { formFields, type BodyForm } from '../../helpers/formFields';
import { queryOptions } from '../../helpers/queryOptions';
import { webhookEventsProblem } from '../../helpers/webhookEvents';
import { CALLFIRE_REQUEST } from '../../transport';
import { callback, events, name, optionalFields, resource, webhookIdField } from './common';

/** The body, from these form fields. */
const form: BodyForm = {
	parameters: 'webhookUpdate',
	optional: [name, resource, events('webhookUpdateFields.resource'), callback, ...optionalFields],
	optionalLabel: 'Update Fields',
	notEmpty: 'Add at least one field to update',
	check: (body) => webhookEventsProblem(body.resource, body.events),
};

/** Webhook → Update: `PUT /webhooks/{id}` (vendor-docs README: webhooks are not in the doc copy). */
export const update = defineOperation({
	value: 'update',
	name: 'Update',
	action: 'Update a webhook',
	description: 'Change the fields you add to a webhook; the others stay as they are',
	method: 'PUT',
	path: '/webhooks/{webhookId}',
	query: { fields: 'webhookOptions.fields' },
	output: ANSWER,
	hooks: { preSend: [formBody(form)] },
	request: CALLFIRE_REQUEST,
	fields: [webhookIdField, ...formFields(form), queryOptions('webhookOptions', [])],
});
