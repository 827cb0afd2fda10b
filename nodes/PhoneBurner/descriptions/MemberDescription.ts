import type { INodeProperties } from 'n8n-workflow';

import { buildResource, onlyFor, otherFields, type BodyField } from '../GenericFunctions';

const show = (operation: string[]) => ({ show: { resource: ['member'], operation } });

/** The fields the doc requires to create a member (vendor level access). */
const createFields: Array<BodyField & { description: string; password?: boolean }> = [
	{
		parameter: 'memberUsername',
		key: 'username',
		label: 'Username',
		required: true,
		description: 'What the member signs in with',
	},
	{
		parameter: 'memberPassword',
		key: 'password',
		label: 'Password',
		required: true,
		password: true,
		description: 'More than 4 characters',
	},
	{
		parameter: 'memberFirstName',
		key: 'first_name',
		label: 'First Name',
		required: true,
		description: 'The first name of the member',
	},
	{
		parameter: 'memberEmail',
		key: 'email',
		label: 'Email',
		type: 'email',
		required: true,
		description: 'The email address of the member',
	},
	{
		parameter: 'memberBillingItemId',
		key: 'billing_item_id',
		label: 'Billing Item ID',
		type: 'number',
		required: true,
		description: 'Their account level; PhoneBurner gives you the value to use',
	},
	{
		parameter: 'memberBillingGroupId',
		key: 'billing_group_id',
		label: 'Billing Group ID',
		required: true,
		description: 'PhoneBurner gives you the value to use',
	},
	{
		parameter: 'memberSubgroupId',
		key: 'subgroup_id',
		label: 'Subgroup ID',
		required: true,
		description: 'Puts the member in the right group of users; PhoneBurner gives you the value',
	},
];

const memberShape = { path: ['members', 'members'] };

export const memberProperties: INodeProperties[] = buildResource(
	'member',
	[
		{
			name: 'Create',
			value: 'create',
			action: 'Create a member',
			description: 'Add a team member (needs vendor level access)',
			method: 'POST',
			path: '/members',
			output: memberShape,
			body: { fields: createFields },
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete a member',
			description: 'Remove a member (needs vendor level access)',
			method: 'DELETE',
			path: '/members/{userId}',
			output: memberShape,
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get a member',
			description: 'Get one member',
			method: 'GET',
			path: '/members/{userId}',
			output: memberShape,
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many members',
			description: 'List members',
			method: 'GET',
			path: '/members',
			output: memberShape,
			list: true,
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update a member',
			description: 'Change a member (needs vendor level access)',
			method: 'PUT',
			path: '/members/{userId}',
			output: memberShape,
			body: true,
		},
	],
	'getAll',
	[
		...createFields.map(
			(field): INodeProperties => ({
				displayName: field.label,
				name: field.parameter,
				type: 'string',
				...(field.password ? { typeOptions: { password: true } } : {}),
				...(field.type === 'email' ? { placeholder: 'name@email.com' } : {}),
				default: '',
				required: true,
				description: field.description,
				displayOptions: show(['create']),
			}),
		),
		otherFields(
			'member',
			['create', 'update'],
			[
				{
					displayName: 'Email Address',
					name: 'email_address',
					type: 'string',
					placeholder: 'name@email.com',
					default: '',
					displayOptions: onlyFor(['update']),
				},
				{
					displayName: 'Event',
					name: 'event',
					type: 'string',
					default: '',
					description: 'An event PhoneBurner fires when the member has been created',
					displayOptions: onlyFor(['create']),
				},
				{
					displayName: 'First Name',
					name: 'first_name',
					type: 'string',
					default: '',
					displayOptions: onlyFor(['update']),
				},
				{ displayName: 'Last Name', name: 'last_name', type: 'string', default: '' },
				{ displayName: 'Phone', name: 'phone', type: 'string', default: '' },
				{
					displayName: 'Username',
					name: 'username',
					type: 'string',
					default: '',
					displayOptions: onlyFor(['update']),
				},
			],
		),
	],
);
