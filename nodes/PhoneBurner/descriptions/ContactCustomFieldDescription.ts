import type { INodeProperties } from 'n8n-workflow';

import { buildResource, otherFields } from '../GenericFunctions';

export const contactCustomFieldProperties: INodeProperties[] = buildResource(
	'contactCustomField',
	[
		{
			name: 'Add',
			value: 'add',
			action: 'Add a custom field value to a contact',
			description: 'Set a custom field value on a contact',
			method: 'POST',
			path: '/contacts/{contactId}/customfields/{customFieldId}',
			body: true,
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get a custom field of a contact',
			description: 'Get one custom field value of a contact',
			method: 'GET',
			path: '/contacts/{contactId}/customfields/{customFieldId}',
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many custom fields of a contact',
			description: 'List the custom field values of a contact',
			method: 'GET',
			path: '/contacts/{contactId}/customfields',
			list: true,
		},
		{
			name: 'Remove',
			value: 'remove',
			action: 'Remove a custom field value from a contact',
			description: 'Clear a custom field on a contact',
			method: 'DELETE',
			path: '/contacts/{contactId}/customfields/{customFieldId}',
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update a custom field value of a contact',
			description: 'Change a custom field value on a contact',
			method: 'PUT',
			path: '/contacts/{contactId}/customfields/{customFieldId}',
			body: true,
		},
	],
	'getAll',
	[
		otherFields(
			'contactCustomField',
			['add', 'update'],
			[
				{
					displayName: 'Value',
					name: 'value',
					type: 'string',
					default: '',
					description: 'The value. For a dropdown field, the option ID.',
				},
			],
		),
	],
);
