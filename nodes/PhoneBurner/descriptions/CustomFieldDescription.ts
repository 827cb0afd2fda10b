import type { INodeProperties } from 'n8n-workflow';

import { buildResource, otherFields } from '../GenericFunctions';

export const customFieldProperties: INodeProperties[] = buildResource(
	'customField',
	[
		{
			name: 'Create',
			value: 'create',
			action: 'Create a custom field',
			description: 'Create a new custom field',
			method: 'POST',
			path: '/customfields',
			body: true,
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete a custom field',
			description: 'Delete a custom field',
			method: 'DELETE',
			path: '/customfields/{customFieldId}',
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get a custom field',
			description: 'Get one custom field',
			method: 'GET',
			path: '/customfields/{customFieldId}',
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many custom fields',
			description: 'List your custom fields',
			method: 'GET',
			path: '/customfields',
			list: true,
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update a custom field',
			description: 'Change a custom field',
			method: 'PUT',
			path: '/customfields/{customFieldId}',
			body: true,
		},
	],
	'getAll',
	[
		otherFields(
			'customField',
			['create', 'update'],
			[
				{ displayName: 'Display Name', name: 'display_name', type: 'string', default: '' },
				{
					displayName: 'Type',
					name: 'type',
					type: 'options',
					default: 1,
					options: [
						{ name: 'Checkbox', value: 2 },
						{ name: 'Date', value: 3 },
						{ name: 'Drop Down', value: 6 },
						{ name: 'Numeric', value: 7 },
						{ name: 'Plain Text', value: 1 },
					],
				},
			],
		),
	],
);
