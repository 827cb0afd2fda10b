import {
	NodeOperationError,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeProperties,
} from 'n8n-workflow';

import { buildFilters, buildResource, otherFields } from '../GenericFunctions';

const show = (operation: string[]) => ({ show: { resource: ['contact'], operation } });

/** preSend for Delete Many: the contact IDs list and the permanent flag. */
async function deleteManyBody(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const raw = String(this.getNodeParameter('contactIds', '') ?? '');
	const ids = raw
		.split(',')
		.map((value) => value.trim())
		.filter((value) => value !== '');
	if (ids.length === 0 || ids.some((value) => !/^\d+$/.test(value))) {
		throw new NodeOperationError(
			this.getNode(),
			'The "Contact IDs" field must list contact IDs separated by commas',
			{
				itemIndex: this.getItemIndex(),
			},
		);
	}
	requestOptions.body = { contact_user_ids: ids.map(Number) };
	if (this.getNodeParameter('permanent', false) as boolean)
		requestOptions.qs = { ...(requestOptions.qs ?? {}), permanent: 1 };
	return requestOptions;
}

const contactFieldOptions: INodeProperties[] = [
	{ displayName: 'Address Line 1', name: 'address1', type: 'string', default: '' },
	{ displayName: 'Address Line 2', name: 'address2', type: 'string', default: '' },
	{ displayName: 'City', name: 'city', type: 'string', default: '' },
	{ displayName: 'Country', name: 'country', type: 'string', default: '' },
	{
		displayName: 'Do Not Call',
		name: 'do_not_call',
		type: 'boolean',
		default: false,
		description: 'Whether the contact must not be called',
	},
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
	},
	{ displayName: 'First Name', name: 'first_name', type: 'string', default: '' },
	{
		displayName: 'Folder ID',
		name: 'category_id',
		type: 'string',
		default: '',
		description: 'The folder (category) the contact goes into',
	},
	{ displayName: 'Last Name', name: 'last_name', type: 'string', default: '' },
	{ displayName: 'Notes', name: 'notes', type: 'string', default: '' },
	{
		displayName: 'Owner ID',
		name: 'owner_id',
		type: 'string',
		default: '',
		description: 'The member who will own the contact',
	},
	{ displayName: 'Phone', name: 'phone', type: 'string', default: '' },
	{
		displayName: 'Phone Type',
		name: 'phone_type',
		type: 'options',
		default: 1,
		options: [
			{ name: 'Cell', value: 3 },
			{ name: 'Home', value: 1 },
			{ name: 'Other', value: 5 },
			{ name: 'Work', value: 2 },
		],
	},
	{ displayName: 'State', name: 'state', type: 'string', default: '' },
	{ displayName: 'Zip Code', name: 'zip', type: 'string', default: '' },
];

export const contactProperties: INodeProperties[] = buildResource(
	'contact',
	[
		{
			name: 'Create',
			value: 'create',
			action: 'Create a contact',
			description: 'Add a new contact',
			method: 'POST',
			path: '/contacts',
			body: true,
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete a contact',
			description: 'Move a contact to the trash',
			method: 'DELETE',
			path: '/contacts/{contactId}',
		},
		{
			name: 'Delete Many',
			value: 'deleteMany',
			action: 'Delete many contacts',
			description: 'Move several contacts to the trash, or delete them for good',
			method: 'DELETE',
			path: '/contacts',
			preSend: [deleteManyBody],
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get a contact',
			description: 'Get one contact',
			method: 'GET',
			path: '/contacts/{contactId}',
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many contacts',
			description: 'List contacts, with filters',
			method: 'GET',
			path: '/contacts',
			list: true,
			preSend: [buildFilters],
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update a contact',
			description: 'Change the details of a contact',
			method: 'PUT',
			path: '/contacts/{contactId}',
			body: true,
		},
	],
	'getAll',
	[
		{
			displayName: 'Contact IDs',
			name: 'contactIds',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. 404531653, 404531652',
			description: 'The contacts to delete, separated by commas',
			displayOptions: show(['deleteMany']),
		},
		{
			displayName: 'Delete Permanently',
			name: 'permanent',
			type: 'boolean',
			default: false,
			description: 'Whether to delete the contacts for good instead of moving them to the trash',
			displayOptions: show(['deleteMany']),
		},
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			displayOptions: show(['getAll']),
			options: [
				{
					displayName: 'Email Address',
					name: 'email_address',
					type: 'string',
					placeholder: 'name@email.com',
					default: '',
					description: 'Only the contact with this email address',
				},
				{
					displayName: 'Folder ID',
					name: 'category_id',
					type: 'string',
					default: '',
					description: 'Only contacts in this folder',
				},
				{
					displayName: 'Include Archived',
					name: 'include_archived',
					type: 'boolean',
					default: false,
					description: 'Whether to include archived contacts',
				},
				{
					displayName: 'Include New',
					name: 'include_new',
					type: 'boolean',
					default: false,
					description:
						'Whether to include contacts created (not only updated) in the date range. Needs Updated From.',
				},
				{
					displayName: 'Include Trashed',
					name: 'include_trashed',
					type: 'boolean',
					default: false,
					description: 'Whether to include contacts in the trash',
				},
				{
					displayName: 'Sort Order',
					name: 'sort_order',
					type: 'options',
					default: 'DESC',
					options: [
						{ name: 'Newest First', value: 'DESC' },
						{ name: 'Oldest First', value: 'ASC' },
					],
				},
				{
					displayName: 'Updated From',
					name: 'updated_from',
					type: 'string',
					placeholder: 'YYYY-MM-DD HH:mm:ss',
					default: '',
					description: 'Only contacts updated after this date and time',
				},
				{
					displayName: 'Updated To',
					name: 'update_to',
					type: 'string',
					placeholder: 'YYYY-MM-DD HH:mm:ss',
					default: '',
					description: 'Only contacts updated up to this date and time',
				},
			],
		},
		otherFields('contact', ['create', 'update'], contactFieldOptions),
	],
);
