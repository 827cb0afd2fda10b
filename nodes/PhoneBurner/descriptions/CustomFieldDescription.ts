import type { INodeProperties } from 'n8n-workflow';

import { buildResource, onlyFor, otherFields, type BodySpec } from '../GenericFunctions';

const show = (operation: string[]) => ({ show: { resource: ['customField'], operation } });

/** The types the doc lists as valid for a custom field: 1 text, 2 checkbox, 3 date, 7 numeric. */
const customFieldTypes = [
	{ name: 'Checkbox', value: 2 },
	{ name: 'Date', value: 3 },
	{ name: 'Numeric', value: 7 },
	{ name: 'Text Field', value: 1 },
];

const createBody: BodySpec = {
	fields: [
		{
			parameter: 'customFieldDisplayName',
			key: 'display_name',
			label: 'Display Name',
			required: true,
		},
		{ parameter: 'customFieldType', key: 'type', label: 'Type', type: 'number', required: true },
	],
};

const customFieldShape = { path: ['customfields', 'customfields'] };

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
			output: customFieldShape,
			body: createBody,
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete a custom field',
			description: 'Delete a custom field',
			method: 'DELETE',
			path: '/customfields/{customFieldId}',
			output: customFieldShape,
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get a custom field',
			description: 'Get one custom field',
			method: 'GET',
			path: '/customfields/{customFieldId}',
			output: customFieldShape,
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many custom fields',
			description: 'List your custom fields',
			method: 'GET',
			path: '/customfields',
			output: customFieldShape,
			// Doc line 1397 asks ?page_size=1&page=1; the answer has total_pages (line 1420).
			list: 'paged',
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update a custom field',
			description: 'Change a custom field',
			method: 'PUT',
			path: '/customfields/{customFieldId}',
			output: customFieldShape,
			// display_name, display_order and type are all optional (doc lines 1489-1503).
			body: {
				notEmpty: 'Add at least one field under Additional Fields (or Other Fields (JSON)).',
			},
		},
	],
	'getAll',
	[
		{
			displayName: 'Display Name',
			name: 'customFieldDisplayName',
			type: 'string',
			default: '',
			required: true,
			description: 'The name of the field as shown in PhoneBurner',
			displayOptions: show(['create']),
		},
		{
			displayName: 'Type',
			name: 'customFieldType',
			type: 'options',
			default: 1,
			required: true,
			options: customFieldTypes,
			displayOptions: show(['create']),
		},
		otherFields(
			'customField',
			['create', 'update'],
			[
				{
					displayName: 'Display Name',
					name: 'display_name',
					type: 'string',
					default: '',
					description: 'The name of the field as shown in PhoneBurner',
					displayOptions: onlyFor(['update']),
				},
				{
					displayName: 'Display Order',
					name: 'display_order',
					type: 'number',
					default: 0,
					description: 'Where the field is shown among the others',
				},
				{
					displayName: 'Type',
					name: 'type',
					type: 'options',
					default: 1,
					options: customFieldTypes,
					displayOptions: onlyFor(['update']),
				},
			],
		),
	],
);
