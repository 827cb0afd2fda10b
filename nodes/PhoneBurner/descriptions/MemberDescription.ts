import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import {
	buildResource,
	onlyFor,
	otherFields,
	pathWithIds,
	type BodyField,
} from '../GenericFunctions';

const show = (operation: string[], extra: Record<string, string[]> = {}) => ({
	show: { resource: ['member'], operation, ...extra },
});

/**
 * preSend for Get: "If you are fetching your own member information, remove the user_id"
 * (doc line 2325), so Me asks `GET /members/` as the doc's example does (line 2328); By ID
 * asks `GET /members/{user_id}`.
 */
async function memberGetPath(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const which = this.getNodeParameter('memberWhich', 'id', { skipValidation: true });
	requestOptions.url =
		which === 'me' ? '/members/' : pathWithIds(this, 'member', '/members/{userId}');
	return requestOptions;
}

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
			description: 'Get one member, or your own',
			method: 'GET',
			// The path is set by memberGetPath: with or without the member's ID.
			path: '/members/',
			output: memberShape,
			preSend: [memberGetPath],
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many members',
			description: 'List members',
			method: 'GET',
			path: '/members',
			output: memberShape,
			// The doc's answer has page, page_size and total_pages (lines 2509-2511).
			list: 'paged',
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update a member',
			description: 'Change a member (needs vendor level access)',
			method: 'PUT',
			path: '/members/{userId}',
			output: memberShape,
			// Doc lines 2374-2378: "payload | body | UpdatableMembersModel | Yes | Payload of fields to update".
			body: {
				notEmpty: 'Add at least one field under Additional Fields (or Other Fields (JSON)).',
			},
		},
	],
	'getAll',
	[
		{
			displayName: 'Which Member',
			name: 'memberWhich',
			type: 'options',
			noDataExpression: true,
			default: 'id',
			displayOptions: show(['get']),
			options: [
				{ name: 'By ID', value: 'id', description: 'The member you choose or give the ID of' },
				{
					name: 'Me',
					value: 'me',
					description:
						'The member the access token (or OAuth2 connection) belongs to, without an ID',
				},
			],
		},
		{
			// The same parameter as the ID of Delete and Update, shown for Get only By ID.
			displayName: 'Member Name or ID',
			name: 'memberUserId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getMembers' },
			default: '',
			required: true,
			description:
				'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
			displayOptions: show(['get'], { memberWhich: ['id'] }),
		},
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
