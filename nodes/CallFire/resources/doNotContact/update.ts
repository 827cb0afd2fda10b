import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { formBody } from '../../helpers/formBody';
import { formFields, type BodyForm } from '../../helpers/formFields';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { doNotContactNumberField } from './common';

/** The body, from these form fields. */
const form: BodyForm = {
	parameters: 'doNotContactUpdate',
	fields: [
		{
			path: 'call',
			param: 'doNotCall',
			displayName: 'Do Not Call',
			type: 'boolean',
			default: true,
			description: 'Whether the number is on the do-not-call list (sent with every update)',
		},
		{
			path: 'text',
			param: 'doNotText',
			displayName: 'Do Not Text',
			type: 'boolean',
			default: true,
			description: 'Whether the number is on the do-not-text list (sent with every update)',
		},
	],
	optional: [
		{
			path: 'source',
			displayName: 'Source',
			type: 'string',
			description: 'A name for where the number came from',
		},
	],
};

/** Do Not Contact → Update: `PUT /contacts/dncs/{number}` (doc line 5331). */
export const update = defineOperation({
	value: 'update',
	name: 'Update',
	action: 'Update a do not contact number',
	description: 'Change whether a number may be called or texted',
	method: 'PUT',
	path: '/contacts/dncs/{doNotContactNumber}',
	query: { fields: 'doNotContactOptions.fields' },
	output: ANSWER,
	hooks: { preSend: [formBody(form)] },
	request: CALLFIRE_REQUEST,
	fields: [doNotContactNumberField, ...formFields(form), queryOptions('doNotContactOptions', [])],
});
