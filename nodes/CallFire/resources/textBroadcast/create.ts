import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { formBody } from '../../helpers/formBody';
import { formFields, type BodyForm } from '../../helpers/formFields';
import { queryOptions, STRICT_VALIDATION_OPTION } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { message, optionalFields, shared } from './common';

/** The body, from these form fields. */
const form: BodyForm = {
	parameters: 'textBroadcastCreate',
	fields: [{ ...shared.name, required: true }, shared.fromNumber, shared.recipientNumbers, message],
	optional: optionalFields,
	json: {
		example:
			'{"name": "My text broadcast", "fromNumber": "67076", "recipients": [{"phoneNumber": "12135551100"}], "message": "Hello"}',
	},
};

/** Text Broadcast → Create: `POST /texts/broadcasts` (vendor-docs README: text broadcasts mirror the call broadcasts). */
export const create = defineOperation({
	value: 'create',
	name: 'Create',
	action: 'Create a text broadcast',
	description: 'Create a text broadcast: who to text, the message, when',
	method: 'POST',
	path: '/texts/broadcasts',
	query: {
		fields: 'textBroadcastOptions.fields',
		start: 'textBroadcastOptions.start',
		strictValidation: 'textBroadcastOptions.strictValidation',
	},
	output: ANSWER,
	hooks: { preSend: [formBody(form)] },
	request: CALLFIRE_REQUEST,
	fields: [
		...formFields(form),
		queryOptions('textBroadcastOptions', [
			{
				displayName: 'Start',
				name: 'start',
				type: 'boolean',
				default: false,
				description: 'Whether to start the broadcast as soon as it is created',
			},
			STRICT_VALIDATION_OPTION,
		]),
	],
});
