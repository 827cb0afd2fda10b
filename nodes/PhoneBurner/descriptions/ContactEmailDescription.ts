import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeProperties,
} from 'n8n-workflow';

import {
	buildResource,
	checkEmail,
	isObject,
	otherFields,
	parseJsonParameter,
} from '../GenericFunctions';

const show = (operation: string[], extra: IDataObject = {}) => ({
	show: { resource: ['contactEmail'], operation, ...extra },
});

/** preSend for Replace All: the doc's `{emails: [{email_address, is_primary}, …]}`, checked. */
async function emailsBody(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const mode = this.getNodeParameter('contactEmailInput', 'list', { skipValidation: true });
	let emails: unknown[];
	if (mode === 'json') {
		const parsed = parseJsonParameter(
			this,
			this.getNodeParameter('contactEmailJson', '[]', { skipValidation: true }),
			'Emails (JSON)',
		);
		const list = isObject(parsed) && Array.isArray(parsed.emails) ? parsed.emails : parsed;
		if (!Array.isArray(list)) {
			throw new NodeOperationError(
				this.getNode(),
				'The "Emails (JSON)" field must be a JSON list of email addresses',
				{ itemIndex: this.getItemIndex() },
			);
		}
		emails = list;
	} else {
		const list = this.getNodeParameter('contactEmailList', {}, { skipValidation: true }) as {
			email?: IDataObject[];
		};
		emails = (list.email ?? []).map((entry) => ({
			email_address: String(entry.email_address ?? '').trim(),
			is_primary: entry.is_primary === true,
		}));
	}
	if (emails.length === 0) {
		throw new NodeOperationError(this.getNode(), 'The "Emails" list is empty', {
			description: 'Add at least one email address: the contact keeps only the ones listed.',
			itemIndex: this.getItemIndex(),
		});
	}
	emails.forEach((entry, index) => {
		if (!isObject(entry)) {
			throw new NodeOperationError(
				this.getNode(),
				`Email ${index + 1} of the "Emails" list is not an object with email_address`,
				{ itemIndex: this.getItemIndex() },
			);
		}
		checkEmail(this, entry.email_address, `Emails → Email ${index + 1}`);
	});
	requestOptions.body = { emails };
	return requestOptions;
}

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
