import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { buildResource, checkEmail, entryListBody, otherFields } from '../GenericFunctions';

const show = (operation: string[], extra: IDataObject = {}) => ({
	show: { resource: ['contactEmail'], operation, ...extra },
});

/** preSend for Replace All: the doc's `{emails: [{email_address, is_primary}, …]}`, checked. */
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

const emailShape = { path: ['email'] };

export const contactEmailProperties: INodeProperties[] = buildResource(
	'contactEmail',
	[
		{
			name: 'Add',
			value: 'add',
			action: 'Add an email address to a contact',
			description: 'Add an email address to a contact',
			method: 'POST',
			path: '/contacts/{contactId}/emails',
			output: emailShape,
			body: {
				fields: [
					{
						parameter: 'contactEmailAddress',
						key: 'email_address',
						label: 'Email Address',
						type: 'email',
						required: true,
					},
					{
						parameter: 'contactEmailPrimary',
						key: 'is_primary',
						label: 'Primary',
						type: 'boolean',
					},
				],
			},
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get an email address of a contact',
			description: 'Get one email address of a contact',
			method: 'GET',
			path: '/contacts/{contactId}/emails/{emailId}',
			output: emailShape,
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many email addresses of a contact',
			description: 'List the email addresses of a contact',
			method: 'GET',
			path: '/contacts/{contactId}/emails',
			output: { path: ['emails', 'emails'] },
			list: true,
		},
		{
			name: 'Remove',
			value: 'remove',
			action: 'Remove an email address from a contact',
			description: 'Remove an email address from a contact',
			method: 'DELETE',
			path: '/contacts/{contactId}/emails/{emailId}',
			output: emailShape,
		},
		{
			name: 'Replace All',
			value: 'replaceAll',
			action: 'Replace all email addresses of a contact',
			description: 'Set the full list of email addresses of a contact in one call',
			method: 'PUT',
			path: '/contacts/{contactId}/emails',
			output: { path: ['emails'] },
			preSend: [emailsBody],
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update an email address of a contact',
			description: 'Change one email address of a contact',
			method: 'PUT',
			path: '/contacts/{contactId}/emails/{emailId}',
			output: emailShape,
			body: {
				fields: [
					{
						parameter: 'contactEmailAddress',
						key: 'email_address',
						label: 'Email Address',
						type: 'email',
						required: true,
					},
					{
						parameter: 'contactEmailPrimary',
						key: 'is_primary',
						label: 'Primary',
						type: 'boolean',
					},
				],
			},
		},
	],
	'getAll',
	[
		{
			displayName: 'Email Address',
			name: 'contactEmailAddress',
			type: 'string',
			placeholder: 'name@email.com',
			default: '',
			required: true,
			displayOptions: show(['add', 'update']),
		},
		{
			displayName: 'Primary',
			name: 'contactEmailPrimary',
			type: 'boolean',
			default: false,
			description: 'Whether this is the main email address of the contact',
			displayOptions: show(['add', 'update']),
		},
		{
			displayName: 'Input',
			name: 'contactEmailInput',
			type: 'options',
			noDataExpression: true,
			default: 'list',
			displayOptions: show(['replaceAll']),
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
			displayOptions: show(['replaceAll'], { contactEmailInput: ['list'] }),
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
			displayOptions: show(['replaceAll'], { contactEmailInput: ['json'] }),
		},
		otherFields('contactEmail', ['add', 'update'], []),
	],
);
