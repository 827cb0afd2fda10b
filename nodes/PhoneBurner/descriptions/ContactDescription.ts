import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeProperties,
} from 'n8n-workflow';

import {
	buildFilters,
	buildResource,
	checkPhone,
	isObject,
	numericId,
	onlyFor,
	otherFields,
	parseJsonParameter,
	queryFrom,
	type FieldConverter,
} from '../GenericFunctions';

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
	return requestOptions;
}

/** preSend for Delete and Delete Many: `permanent=1` when the contacts go for good. */
async function permanentQuery(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	if (this.getNodeParameter('permanent', false, { skipValidation: true }) === true)
		requestOptions.qs = { ...(requestOptions.qs ?? {}), permanent: 1 };
	return requestOptions;
}

function entries(value: unknown, key: string): IDataObject[] {
	const list = isObject(value) ? value[key] : undefined;
	return Array.isArray(list) ? list.filter(isObject) : [];
}

/** The API field a converter fills, when it is not the option's own name. */
function into(key: string, convert: (context: IExecuteSingleFunctions, value: unknown) => unknown) {
	const converter: FieldConverter = (context, value, body) => {
		body[key] = convert(context, value) as IDataObject;
	};
	return converter;
}

/** How the contact's Additional Fields are sent: lists as the doc's arrays, IDs as numbers. */
const contactConverters: Record<string, FieldConverter> = {
	category_id: into('category_id', (context, value) => numericId(context, value, 'Folder')),
	owner_id: into('owner_id', (context, value) => numericId(context, value, 'Owner')),
	source_id: into('source_id', (context, value) => numericId(context, value, 'Lead Source ID')),
	transfer_to_user_id: into('transfer_to_user_id', (context, value) =>
		numericId(context, value, 'Transfer To Member'),
	),
	tags: into('tags', (_context, value) =>
		Array.isArray(value)
			? value.map(String)
			: String(value)
					.split(',')
					.map((tag) => tag.trim())
					.filter((tag) => tag !== ''),
	),
	additional_phone: into('additional_phone', (context, value) =>
		entries(value, 'phone').map((entry) => {
			checkPhone(context, entry.number, 'Additional Phones → Number');
			const phone: IDataObject = {
				number: String(entry.number).trim(),
				phone_type: Number(entry.phone_type ?? 1),
			};
			if (entry.phone_label) phone.phone_label = entry.phone_label;
			return phone;
		}),
	),
	additional_name: into('additional_name', (_context, value) =>
		entries(value, 'name').map((entry) => ({
			first_name: entry.first_name ?? '',
			last_name: entry.last_name ?? '',
		})),
	),
	custom_fields: into('custom_fields', (_context, value) =>
		entries(value, 'field').map((entry) => ({
			name: entry.name,
			type: Number(entry.type ?? 1),
			value: entry.value,
		})),
	),
	social_accounts: into('social_accounts', (_context, value) =>
		entries(value, 'account').map((entry) => ({
			type: Number(entry.type ?? 1),
			account: entry.account,
		})),
	),
	questions: (_context, value, body) => {
		const pairs = entries(value, 'pair');
		body.question = pairs.map((pair) => String(pair.question ?? ''));
		body.answer = pairs.map((pair) => String(pair.answer ?? ''));
	},
	duplicate_checks: into('duplicate_checks', (_context, value) => ({
		email: value === 'both' || value === 'email',
		phone: value === 'both' || value === 'phone',
	})),
	duplicate_scrubbing_policy: into('duplicate_scrubbing_policy', (_context, value) =>
		Number(value),
	),
	config: into('config', (context, value) => {
		const parsed = parseJsonParameter(context, value, 'Import Config (JSON)');
		if (parsed !== undefined && !isObject(parsed)) {
			throw new NodeOperationError(
				context.getNode(),
				'The "Import Config (JSON)" field must be a JSON object',
				{ itemIndex: context.getItemIndex() },
			);
		}
		return parsed ?? {};
	}),
	rating: into('rating', (context, value) => {
		const rating = Number(value);
		if (!Number.isInteger(rating) || rating < 1 || rating > 5) {
			throw new NodeOperationError(
				context.getNode(),
				`The "Rating" field must be a whole number from 1 to 5: ${String(value)}`,
				{ itemIndex: context.getItemIndex() },
			);
		}
		return rating;
	}),
};
const phoneTypes = [
	{ name: 'Cell', value: 3 },
	{ name: 'Home', value: 1 },
	{ name: 'Other', value: 5 },
	{ name: 'Work', value: 2 },
];

const contactFieldOptions: INodeProperties[] = [
	{
		displayName: 'Ad Code',
		name: 'ad_code',
		type: 'string',
		default: '',
		description: 'A promo code, often used to track which advertising brought the contact',
	},
	{
		displayName: 'Additional Names',
		name: 'additional_name',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Name',
		default: {},
		options: [
			{
				displayName: 'Name',
				name: 'name',
				values: [
					{ displayName: 'First Name', name: 'first_name', type: 'string', default: '' },
					{ displayName: 'Last Name', name: 'last_name', type: 'string', default: '' },
				],
			},
		],
	},
	{
		displayName: 'Additional Phones',
		name: 'additional_phone',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Phone',
		default: {},
		options: [
			{
				displayName: 'Phone',
				name: 'phone',
				values: [
					{ displayName: 'Label', name: 'phone_label', type: 'string', default: '' },
					{ displayName: 'Number', name: 'number', type: 'string', default: '' },
					{
						displayName: 'Type',
						name: 'phone_type',
						type: 'options',
						default: 1,
						options: phoneTypes,
					},
				],
			},
		],
	},
	{ displayName: 'Address Line 1', name: 'address1', type: 'string', default: '' },
	{ displayName: 'Address Line 2', name: 'address2', type: 'string', default: '' },
	{
		displayName: 'Allow Duplicates',
		name: 'allow_duplicates',
		type: 'boolean',
		default: false,
		description: 'Whether to create the contact even if it duplicates another (skips the checks)',
		displayOptions: onlyFor(['create']),
	},
	{ displayName: 'City', name: 'city', type: 'string', default: '' },
	{ displayName: 'Country', name: 'country', type: 'string', default: '' },
	{
		displayName: 'Custom Fields',
		name: 'custom_fields',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Custom Field',
		default: {},
		options: [
			{
				displayName: 'Field',
				name: 'field',
				values: [
					{ displayName: 'Name', name: 'name', type: 'string', default: '' },
					{
						displayName: 'Type',
						name: 'type',
						type: 'options',
						default: 1,
						options: [
							{ name: 'Checkbox', value: 2 },
							{ name: 'Date', value: 3 },
							{
								name: 'Drop Down (Create Only)',
								value: 6,
								description: 'The value must be the ID of one of the field’s options',
							},
							{ name: 'Numeric', value: 7 },
							{ name: 'Plain Text', value: 1 },
						],
					},
					{ displayName: 'Value', name: 'value', type: 'string', default: '' },
				],
			},
		],
	},
	{
		displayName: 'Do Not Call',
		name: 'do_not_call',
		type: 'boolean',
		default: false,
		description: 'Whether the contact must not be called',
	},
	{
		displayName: 'Duplicate Checks',
		name: 'duplicate_checks',
		type: 'options',
		default: 'both',
		description: 'What makes a new contact a duplicate of an existing one',
		displayOptions: onlyFor(['create']),
		options: [
			{ name: 'Email and Phone', value: 'both' },
			{ name: 'Email Only', value: 'email' },
			{ name: 'None', value: 'none' },
			{ name: 'Phone Only', value: 'phone' },
		],
	},
	{
		displayName: 'Duplicate Scrubbing',
		name: 'duplicate_scrubbing_policy',
		type: 'options',
		default: 0,
		description: 'Whose contacts a new contact is checked against for duplicates',
		displayOptions: onlyFor(['create']),
		options: [
			{ name: 'My Account', value: 0 },
			{ name: 'My Team (and Downstream Teams)', value: 1 },
			{ name: 'My Whole Organization', value: 2 },
		],
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
		displayName: 'Folder Name or ID',
		name: 'category_id',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getFolders' },
		default: '',
		description:
			'The folder (category) the contact goes into. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Import Config (JSON)',
		name: 'config',
		type: 'json',
		default: '{}',
		description: 'Configuration values for the import, e.g. {"import_dnc": 2}',
		displayOptions: onlyFor(['create']),
	},
	{ displayName: 'Last Name', name: 'last_name', type: 'string', default: '' },
	{
		displayName: 'Lead ID',
		name: 'lead_id',
		type: 'string',
		default: '',
		description: "Your system's ID for this lead",
	},
	{
		displayName: 'Lead Source ID',
		name: 'source_id',
		type: 'string',
		default: '',
		description: 'The lead source; it must belong to the owner or a member of the team',
		displayOptions: onlyFor(['create']),
	},
	{
		displayName: 'Lead Vendor Product Name',
		name: 'lead_vendor_product_name',
		type: 'string',
		default: '',
	},
	{ displayName: 'Notes', name: 'notes', type: 'string', default: '' },
	{
		displayName: 'On Duplicate',
		name: 'on_duplicate',
		type: 'options',
		default: 'update',
		description: 'What to do when the new contact duplicates an existing one',
		displayOptions: onlyFor(['create']),
		options: [
			{ name: 'Skip', value: 'skip' },
			{ name: 'Update the Existing Contact', value: 'update' },
		],
	},
	{ displayName: 'Order Number', name: 'order_number', type: 'string', default: '' },
	{
		displayName: 'Owner Name or ID',
		name: 'owner_id',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getMembers' },
		default: '',
		description:
			'The member who will own the contact. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		displayOptions: onlyFor(['create']),
	},
	{
		displayName: 'Owner Username',
		name: 'owner_username',
		type: 'string',
		default: '',
		description: 'The username of the member who will own the contact (instead of Owner)',
		displayOptions: onlyFor(['create']),
	},
	{ displayName: 'Phone', name: 'phone', type: 'string', default: '' },
	{ displayName: 'Phone Label', name: 'phone_label', type: 'string', default: '' },
	{
		displayName: 'Phone Type',
		name: 'phone_type',
		type: 'options',
		default: 1,
		options: phoneTypes,
	},
	{
		displayName: 'Questions and Answers',
		name: 'questions',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Question',
		default: {},
		options: [
			{
				displayName: 'Question',
				name: 'pair',
				values: [
					{ displayName: 'Answer', name: 'answer', type: 'string', default: '' },
					{ displayName: 'Question', name: 'question', type: 'string', default: '' },
				],
			},
		],
	},
	{
		displayName: 'Rating',
		name: 'rating',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 5 },
		default: 5,
		description: 'The star rating, 1 to 5',
	},
	{
		displayName: 'Return Lead Token',
		name: 'return_lead_token',
		type: 'string',
		typeOptions: { password: true },
		default: '',
	},
	{
		displayName: 'Social Accounts',
		name: 'social_accounts',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Social Account',
		default: {},
		options: [
			{
				displayName: 'Account',
				name: 'account',
				values: [
					{ displayName: 'Account', name: 'account', type: 'string', default: '' },
					{
						displayName: 'Type',
						name: 'type',
						type: 'options',
						default: 1,
						options: [
							{ name: 'About Me', value: 4 },
							{ name: 'Facebook', value: 2 },
							{ name: 'Flickr', value: 13 },
							{ name: 'Foursquare', value: 8 },
							{ name: 'Google Plus', value: 6 },
							{ name: 'Google Profile', value: 5 },
							{ name: 'Klout', value: 12 },
							{ name: 'LinkedIn', value: 3 },
							{ name: 'Picasa', value: 10 },
							{ name: 'Plancast', value: 11 },
							{ name: 'Quora', value: 7 },
							{ name: 'Twitter', value: 1 },
							{ name: 'YouTube', value: 9 },
						],
					},
				],
			},
		],
	},
	{ displayName: 'State', name: 'state', type: 'string', default: '' },
	{
		displayName: 'State (Other)',
		name: 'state_other',
		type: 'string',
		default: '',
		description: 'The state, when it is not in the standard list',
	},
	{
		displayName: 'Tags',
		name: 'tags',
		type: 'string',
		default: '',
		placeholder: 'e.g. Tag Name 1, Tag Name 2',
		description: 'Tags to add to the contact, separated by commas',
	},
	{
		displayName: 'Transfer To Member Name or ID',
		name: 'transfer_to_user_id',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getMembers' },
		default: '',
		description:
			'Transfer the contact to this member. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		displayOptions: onlyFor(['update']),
	},
	{
		displayName: 'Vendor Token',
		name: 'token',
		type: 'string',
		typeOptions: { password: true },
		default: '',
	},
	{
		displayName: 'Viewed',
		name: 'viewed',
		type: 'boolean',
		default: false,
		description: 'Whether to mark the contact as viewed',
	},
	{ displayName: 'Zip Code', name: 'zip', type: 'string', default: '' },
];

const contactShape = { path: ['contacts', 'contacts'] };

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
			output: contactShape,
			body: { convert: contactConverters },
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete a contact',
			description: 'Move a contact to the trash, or delete it for good',
			method: 'DELETE',
			path: '/contacts/{contactId}',
			output: contactShape,
			preSend: [permanentQuery],
		},
		{
			name: 'Delete Many',
			value: 'deleteMany',
			action: 'Delete many contacts',
			description: 'Move several contacts to the trash, or delete them for good',
			method: 'DELETE',
			path: '/contacts',
			output: contactShape,
			preSend: [deleteManyBody, permanentQuery],
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get a contact',
			description: 'Get one contact',
			method: 'GET',
			path: '/contacts/{contactId}',
			output: contactShape,
			preSend: [queryFrom('contactGetOptions')],
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many contacts',
			description: 'List contacts, with filters',
			method: 'GET',
			path: '/contacts',
			output: contactShape,
			// Doc lines 52-61: page_size (1...100) and page; the answer has total_pages (line 158).
			list: 'paged',
			preSend: [buildFilters],
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update a contact',
			description: 'Change the details of a contact',
			method: 'PUT',
			path: '/contacts/{contactId}',
			output: contactShape,
			// Every field of PUT /contacts/{contact_id} but its ID is optional (doc lines 505-672): a PUT with
			// none changes nothing, so it is refused rather than sent.
			body: {
				convert: contactConverters,
				notEmpty: 'Add at least one field under Additional Fields (or Other Fields (JSON)).',
			},
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
			description: 'Whether to delete for good instead of moving to the trash. Use with caution.',
			displayOptions: show(['delete', 'deleteMany']),
		},
		{
			displayName: 'Options',
			name: 'contactGetOptions',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			displayOptions: show(['get']),
			options: [
				{
					displayName: 'Page',
					name: 'page',
					type: 'number',
					typeOptions: { minValue: 1 },
					default: 1,
					description: 'The page to fetch, as the API documents it for this call',
				},
				{
					displayName: 'Page Size',
					name: 'page_size',
					type: 'number',
					typeOptions: { minValue: 1, maxValue: 100 },
					default: 25,
					description:
						'How many results per page (1 to 100), as the API documents it for this call',
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
			],
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
					displayName: 'Folder Name or ID',
					name: 'category_id',
					type: 'options',
					typeOptions: { loadOptionsMethod: 'getFolders' },
					default: '',
					description:
						'Only contacts in this folder. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
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
