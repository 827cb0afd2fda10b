import { defineOperation } from '../../../shared/operation';
import { resourceOf } from '../../helpers/answers';
import { entryListBody } from '../../helpers/entryList';
import { pathIds } from '../../helpers/ids';
import { checkEmail } from '../../helpers/values';
import { contactId } from './common';

/** The doc's `{emails: [{email_address, is_primary}, …]}`, from the list or the JSON, checked. */
const emailsBody = entryListBody({
	key: 'emails',
	entry: 'Email',
	inputParameter: 'contactEmailInput',
	jsonParameter: 'contactEmailJson',
	listParameter: 'contactEmailList',
	listOption: 'email',
	fromRow: (row) => ({
		email_address: String(row.email_address ?? '').trim(),
		is_primary: row.is_primary === true,
	}),
	requiredField: 'email_address',
	check: checkEmail,
	emptyHint: 'Add at least one email address: the contact keeps only the ones listed.',
});

/**
 * Contact Email → Replace All: `PUT /contacts/{contact_id}/emails` (doc line 899, "Bulk update
 * all email addresses"); an empty list is refused.
 */
export const replaceAll = defineOperation({
	value: 'replaceAll',
	name: 'Replace All',
	action: 'Replace all email addresses of a contact',
	description: 'Set the full list of email addresses of a contact in one call',
	method: 'PUT',
	path: '/contacts/{contactEmailContactId}/emails',
	pathParameters: pathIds(contactId),
	output: { rows: resourceOf({ path: ['emails'] }) },
	hooks: { preSend: [emailsBody] },
	fields: [
		contactId.field,
		{
			displayName: 'Input',
			name: 'contactEmailInput',
			type: 'options',
			noDataExpression: true,
			default: 'list',
			options: [
				{
					name: 'JSON',
					value: 'json',
					description: 'Give the email addresses as a JSON list',
				},
				{
					name: 'List',
					value: 'list',
					description: 'Add the email addresses one by one',
				},
			],
		},
		{
			displayName: 'Emails',
			name: 'contactEmailList',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Email',
			default: {},
			description: 'The email addresses the contact will have; any others are removed',
			show: { contactEmailInput: ['list'] },
			options: [
				{
					displayName: 'Email',
					name: 'email',
					values: [
						{
							displayName: 'Email Address',
							name: 'email_address',
							type: 'string',
							placeholder: 'name@email.com',
							default: '',
						},
						{
							displayName: 'Primary',
							name: 'is_primary',
							type: 'boolean',
							default: false,
							description: 'Whether this is the main email address of the contact',
						},
					],
				},
			],
		},
		{
			displayName: 'Emails (JSON)',
			name: 'contactEmailJson',
			type: 'json',
			default: '[{"email_address": "", "is_primary": true}]',
			required: true,
			description:
				'A list of {"email_address": "…", "is_primary": true/false}; the contact keeps only these',
			show: { contactEmailInput: ['json'] },
		},
	],
});
