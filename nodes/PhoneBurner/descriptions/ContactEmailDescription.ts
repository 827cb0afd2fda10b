import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import {
	buildResource,
	checkEmail,
	currentValue,
	entryListBody,
	otherFields,
} from '../GenericFunctions';

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

/**
 * preSend for Update: `is_primary`, which the doc requires on every update ("is_primary | form |
 * boolean | Yes", doc lines 988-992). Keep Current reads the address first and sends its own
 * value, so changing the address never demotes the primary one.
 */
async function updatePrimary(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const choice = this.getNodeParameter('contactEmailUpdatePrimary', 'keep', {
		skipValidation: true,
	});
	const isPrimary =
		choice === 'keep'
			? await currentValue(this, String(requestOptions.url), emailShape, 'is_primary', 'Primary')
			: choice === 'yes';
	requestOptions.body = {
		...((requestOptions.body as IDataObject) ?? {}),
		is_primary: isPrimary === true || isPrimary === 1 || isPrimary === '1' || isPrimary === 'true',
	};
	return requestOptions;
}

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
			// The doc's answer has page, page_size and total_pages (lines 851-854).
			list: 'paged',
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
			preSend: [updatePrimary],
			body: {
				fields: [
					{
						parameter: 'contactEmailAddress',
						key: 'email_address',
						label: 'Email Address',
						type: 'email',
						required: true,
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
			displayOptions: show(['add']),
		},
		{
			displayName: 'Primary',
			name: 'contactEmailUpdatePrimary',
			type: 'options',
			default: 'keep',
			description:
				'PhoneBurner needs this on every update. Keep Current reads the address first and sends what it has now.',
			displayOptions: show(['update']),
			options: [
				{ name: 'Keep Current', value: 'keep' },
				{ name: 'Make Primary', value: 'yes' },
				{ name: 'Not Primary', value: 'no' },
			],
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
