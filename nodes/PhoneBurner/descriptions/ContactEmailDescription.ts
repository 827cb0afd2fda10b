import type { INodeProperties } from 'n8n-workflow';

import { buildResource, otherFields } from '../GenericFunctions';

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
			body: true,
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get an email address of a contact',
			description: 'Get one email address of a contact',
			method: 'GET',
			path: '/contacts/{contactId}/emails/{emailId}',
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many email addresses of a contact',
			description: 'List the email addresses of a contact',
			method: 'GET',
			path: '/contacts/{contactId}/emails',
			list: true,
		},
		{
			name: 'Remove',
			value: 'remove',
			action: 'Remove an email address from a contact',
			description: 'Remove an email address from a contact',
			method: 'DELETE',
			path: '/contacts/{contactId}/emails/{emailId}',
		},
		{
			name: 'Replace All',
			value: 'replaceAll',
			action: 'Replace all email addresses of a contact',
			description: 'Bulk update every email address of a contact',
			method: 'PUT',
			path: '/contacts/{contactId}/emails',
			body: true,
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update an email address of a contact',
			description: 'Change one email address of a contact',
			method: 'PUT',
			path: '/contacts/{contactId}/emails/{emailId}',
			body: true,
		},
	],
	'getAll',
	[
		otherFields(
			'contactEmail',
			['add', 'replaceAll', 'update'],
			[
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
					description: 'Whether this is the main email address',
				},
			],
		),
	],
);
