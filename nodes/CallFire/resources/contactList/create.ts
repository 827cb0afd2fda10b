import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { formBody } from '../../helpers/formBody';
import { formFields, type BodyForm } from '../../helpers/formFields';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { CONTACT_NUMBER_FIELDS, PHONE_HINT } from '../../helpers/optionLists';

/** The body, from these form fields. */
const form: BodyForm = {
	parameters: 'contactListCreate',
	fields: [
		{
			path: 'name',
			displayName: 'Name',
			type: 'string',
			required: true,
			placeholder: 'e.g. May leads',
		},
		{
			path: 'contactNumbers',
			displayName: 'Phone Numbers',
			type: 'list',
			phone: true,
			placeholder: '12132212384, 12136612355',
			description: `Comma-separated; each becomes a new contact. ${PHONE_HINT}.`,
		},
		{
			path: 'contactNumbersField',
			displayName: 'Number Type',
			type: 'options',
			options: CONTACT_NUMBER_FIELDS,
			default: 'homePhone',
			onlyWith: 'contactNumbers',
			description: 'Which phone field of the new contacts the numbers go in',
		},
	],
	optional: [
		{
			path: 'contactIds',
			displayName: 'Contact IDs',
			type: 'numberList',
			placeholder: '800634185003, 800734186003',
			description: 'Comma-separated IDs of contacts already in your account',
		},
		{
			path: 'contacts',
			displayName: 'New Contacts (JSON)',
			type: 'json',
			description:
				'New contacts as a JSON array, e.g. [{"firstName": "Alice", "homePhone": "12135551126"}]',
		},
		{
			path: 'useCustomFields',
			displayName: 'Use Custom Fields',
			type: 'boolean',
			default: false,
			description:
				'Whether contact property names are kept as written (otherwise CallFire names them A, B, C…)',
		},
	],
	json: {
		example:
			'{"name": "My Contact List", "contacts": [{"firstName": "Alice", "lastName": "Moore", "homePhone": "12135551126"}, {"firstName": "Bob", "lastName": "Smith", "homePhone": "12135551127", "properties": {"age": 30}}]}',
	},
	check: (body) => {
		if (body.contacts !== undefined && !Array.isArray(body.contacts)) {
			return 'New Contacts (JSON) must be a JSON array';
		}
		return body.contactNumbers || body.contactIds || body.contacts
			? undefined
			: 'Give phone numbers, contact IDs or new contacts for the list';
	},
};

/** Contact List → Create: `POST /contacts/lists` (doc line 5460). */
export const create = defineOperation({
	value: 'create',
	name: 'Create',
	action: 'Create a contact list',
	description: 'Create a contact list from numbers, contact IDs or new contacts',
	method: 'POST',
	path: '/contacts/lists',
	query: { fields: 'contactListOptions.fields' },
	output: ANSWER,
	hooks: { preSend: [formBody(form)] },
	request: CALLFIRE_REQUEST,
	fields: [...formFields(form), queryOptions('contactListOptions', [])],
});
