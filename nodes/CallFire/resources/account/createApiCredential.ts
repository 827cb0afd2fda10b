import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { formBody } from '../../helpers/formBody';
import { formFields, type BodyForm } from '../../helpers/formFields';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';

/** The body, from these form fields. */
const form: BodyForm = {
	parameters: 'accountCreateApiCredential',
	fields: [
		{
			path: 'name',
			displayName: 'Name',
			type: 'string',
			required: true,
			placeholder: 'api-integration',
			description: 'A name for the new API credential',
		},
	],
	optional: [
		{
			path: 'enabled',
			displayName: 'Enabled',
			type: 'boolean',
			default: true,
			description: 'Whether the credential can be used at once',
		},
	],
};

/** Account → Create API Credential: `POST /me/api/credentials` (doc line 8128). */
export const createApiCredential = defineOperation({
	value: 'createApiCredential',
	name: 'Create API Credential',
	action: 'Create an API credential',
	description:
		'Create a login and password for the API (the password is shown only in this answer)',
	method: 'POST',
	path: '/me/api/credentials',
	query: { fields: 'accountOptions.fields' },
	output: ANSWER,
	hooks: { preSend: [formBody(form)] },
	request: CALLFIRE_REQUEST,
	fields: [...formFields(form), queryOptions('accountOptions', [])],
});
