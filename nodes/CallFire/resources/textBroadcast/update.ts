import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { formBody } from '../../helpers/formBody';
import { formFields, type BodyForm } from '../../helpers/formFields';
import { queryOptions, STRICT_VALIDATION_OPTION } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { message, optionalFields, shared, textBroadcastIdField } from './common';
import { forUpdate } from '../../helpers/broadcastFields';

/** The body, from these form fields. */
const form: BodyForm = {
	parameters: 'textBroadcastUpdate',
	optional: forUpdate([
		shared.name,
		shared.fromNumber,
		shared.recipientNumbers,
		message,
		...optionalFields,
	]),
	optionalLabel: 'Update Fields',
	json: { example: '{"message": "Hello again"}' },
	notEmpty: 'Add at least one field to update',
};

/** Text Broadcast → Update: `PUT /texts/broadcasts/{id}` (vendor-docs README: text broadcasts mirror the call broadcasts). */
export const update = defineOperation({
	value: 'update',
	name: 'Update',
	action: 'Update a text broadcast',
	description: 'Change the settings you add to a text broadcast; the others stay as they are',
	method: 'PUT',
	path: '/texts/broadcasts/{textBroadcastId}',
	pathParameters: { textBroadcastId: { label: 'ID' } },
	query: {
		fields: 'textBroadcastOptions.fields',
		strictValidation: 'textBroadcastOptions.strictValidation',
	},
	output: ANSWER,
	hooks: { preSend: [formBody(form)] },
	request: CALLFIRE_REQUEST,
	fields: [
		textBroadcastIdField,
		...formFields(form),
		queryOptions('textBroadcastOptions', [STRICT_VALIDATION_OPTION]),
	],
});
