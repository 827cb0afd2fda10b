import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { formBody } from '../../helpers/formBody';
import { formFields, type BodyForm } from '../../helpers/formFields';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';

/** The body, from these form fields. */
const form: BodyForm = {
	parameters: 'autoReplyCreate',
	fields: [
		{
			path: 'number',
			displayName: 'Number',
			type: 'string',
			placeholder: '67076',
			description: 'The number or short code of yours whose incoming texts get the reply',
		},
		{
			path: 'keyword',
			displayName: 'Keyword',
			type: 'string',
			placeholder: 'CALLFIRE',
			description: 'The keyword of yours whose incoming texts get the reply',
		},
		{
			path: 'message',
			displayName: 'Message',
			type: 'text',
			required: true,
			description: 'The reply',
		},
	],
	optional: [
		{
			path: 'match',
			displayName: 'Match',
			type: 'string',
			description: 'Reply only to texts containing this (not case-sensitive); all texts if empty',
		},
	],
	check: (body) =>
		body.number || body.keyword ? undefined : 'Give the number or the keyword the reply is for',
};

/** Auto Reply → Create: `POST /texts/auto-replys` (doc line 11833). */
export const create = defineOperation({
	value: 'create',
	name: 'Create',
	action: 'Create an auto reply',
	description: 'Reply automatically to texts sent to a number or keyword of yours',
	method: 'POST',
	path: '/texts/auto-replys',
	query: { fields: 'autoReplyOptions.fields' },
	output: ANSWER,
	hooks: { preSend: [formBody(form)] },
	request: CALLFIRE_REQUEST,
	fields: [...formFields(form), queryOptions('autoReplyOptions', [])],
});
