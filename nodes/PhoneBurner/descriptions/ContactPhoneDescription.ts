import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeProperties,
} from 'n8n-workflow';

import {
	buildResource,
	checkPhone,
	currentValue,
	entryListBody,
	otherFields,
	type BodySpec,
} from '../GenericFunctions';

const show = (operation: string[], extra: IDataObject = {}) => ({
	show: { resource: ['contactPhone'], operation, ...extra },
});

/** The phone types of the doc's phone routes: HOME = 1; WORK = 2; CELL = 3; FAX = 4; OTHER = 5. */
const phoneTypes = [
	{ name: 'Cell', value: 3 },
	{ name: 'Fax', value: 4 },
	{ name: 'Home', value: 1 },
	{ name: 'Other', value: 5 },
	{ name: 'Work', value: 2 },
];

/** preSend for Add (PUT): the doc's `{phones: [{phone_number, is_primary, type}, …]}`, checked. */
const phonesBody = entryListBody({
	key: 'phones',
	entry: 'Phone',
	inputParameter: 'contactPhoneInput',
	jsonParameter: 'contactPhoneJson',
	listParameter: 'contactPhoneList',
	listOption: 'phone',
	fromRow: (row) => ({
		phone_number: String(row.phone_number ?? '').trim(),
		is_primary: row.is_primary === true,
		type: Number(row.type ?? 1),
	}),
	requiredField: 'phone_number',
	check: checkPhone,
	emptyHint: 'Add at least one phone number.',
});

const phoneNumberField = {
	parameter: 'contactPhoneNumber',
	key: 'phone_number',
	label: 'Phone Number',
	type: 'phone',
	required: true,
} as const;

const primaryConverter: BodySpec['convert'] = {
	is_primary: (_context, value, body) => {
		body.is_primary = value === true;
	},
};

const phoneBody: BodySpec = {
	fields: [
		phoneNumberField,
		{ parameter: 'contactPhoneType', key: 'type', label: 'Type', type: 'number', required: true },
	],
	convert: primaryConverter,
};

const phoneShape = { path: ['phone'] };

/**
 * preSend for Update: `type`, which the doc requires on every update ("type | form | integer |
 * Yes", doc lines 1202-1206). Keep Current (the default) reads the phone first and sends its
 * own type, so changing the number never turns a cell phone into a home phone.
 */
async function updateType(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const choice = this.getNodeParameter('contactPhoneType', 'keep', { skipValidation: true });
	const type =
		choice === 'keep' || choice === '' || choice === undefined
			? Number(await currentValue(this, String(requestOptions.url), phoneShape, 'type', 'Type'))
			: Number(choice);
	if (!Number.isInteger(type) || type < 1 || type > 5) {
		throw new NodeOperationError(
			this.getNode(),
			`The "Type" field must be a phone type from 1 to 5: ${String(choice)}`,
			{ itemIndex: this.getItemIndex() },
		);
	}
	requestOptions.body = { ...((requestOptions.body as IDataObject) ?? {}), type };
	return requestOptions;
}

export const contactPhoneProperties: INodeProperties[] = buildResource(
	'contactPhone',
	[
		{
			name: 'Add',
			value: 'add',
			action: 'Add a phone to a contact',
			description: 'Add a phone number to a contact',
			method: 'POST',
			path: '/contacts/{contactId}/phones',
			output: phoneShape,
			body: phoneBody,
		},
		{
			name: 'Add Many (PUT)',
			value: 'addPut',
			action: 'Add many phones to a contact',
			description:
				'Add a list of phone numbers to a contact in one call (the PUT route; the doc does not say whether phones not listed are kept)',
			method: 'PUT',
			path: '/contacts/{contactId}/phones',
			output: { path: ['phones'] },
			preSend: [phonesBody],
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get a phone of a contact',
			description: 'Get one phone number of a contact',
			method: 'GET',
			path: '/contacts/{contactId}/phones/{phoneId}',
			output: phoneShape,
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many phones of a contact',
			description: 'List the phone numbers of a contact',
			method: 'GET',
			path: '/contacts/{contactId}/phones',
			output: { path: ['phones', 'phones'] },
			// The doc's answer has page, page_size and total_pages (lines 1052-1055).
			list: 'paged',
		},
		{
			name: 'Remove',
			value: 'remove',
			action: 'Remove a phone from a contact',
			description: 'Remove a phone number from a contact',
			method: 'DELETE',
			path: '/contacts/{contactId}/phones/{phoneId}',
			output: phoneShape,
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update a phone of a contact',
			description: 'Change one phone number of a contact',
			method: 'PUT',
			path: '/contacts/{contactId}/phones/{phoneId}',
			output: phoneShape,
			preSend: [updateType],
			body: { fields: [phoneNumberField], convert: primaryConverter },
		},
	],
	'getAll',
	[
		{
			displayName: 'Phone Number',
			name: 'contactPhoneNumber',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. 12061234567',
			displayOptions: show(['add', 'update']),
		},
		{
			displayName: 'Type',
			name: 'contactPhoneType',
			type: 'options',
			default: 1,
			required: true,
			options: phoneTypes,
			displayOptions: show(['add']),
		},
		{
			// The same parameter for Update, where it may keep the phone's current type.
			displayName: 'Type',
			name: 'contactPhoneType',
			type: 'options',
			default: 'keep',
			description:
				'PhoneBurner needs the type on every update. Keep Current reads the phone first and sends the type it has now.',
			options: [
				{ name: 'Cell', value: 3 },
				{ name: 'Fax', value: 4 },
				{ name: 'Home', value: 1 },
				{ name: 'Keep Current', value: 'keep' },
				{ name: 'Other', value: 5 },
				{ name: 'Work', value: 2 },
			],
			displayOptions: show(['update']),
		},
		{
			displayName: 'Input',
			name: 'contactPhoneInput',
			type: 'options',
			noDataExpression: true,
			default: 'list',
			displayOptions: show(['addPut']),
			options: [
				{
					name: 'JSON',
					value: 'json',
					description: 'Give the phones as a JSON list',
				},
				{
					name: 'List',
					value: 'list',
					description: 'Add the phones one by one',
				},
			],
		},
		{
			displayName: 'Phones',
			name: 'contactPhoneList',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Phone',
			default: {},
			displayOptions: show(['addPut'], { contactPhoneInput: ['list'] }),
			options: [
				{
					displayName: 'Phone',
					name: 'phone',
					values: [
						{
							displayName: 'Phone Number',
							name: 'phone_number',
							type: 'string',
							default: '',
							placeholder: 'e.g. 12061234567',
						},
						{
							displayName: 'Primary',
							name: 'is_primary',
							type: 'boolean',
							default: false,
							description: 'Whether this is the main phone number of the contact',
						},
						{
							displayName: 'Type',
							name: 'type',
							type: 'options',
							default: 1,
							options: phoneTypes,
						},
					],
				},
			],
		},
		{
			displayName: 'Phones (JSON)',
			name: 'contactPhoneJson',
			type: 'json',
			default: '[{"phone_number": "", "is_primary": false, "type": 1}]',
			required: true,
			description:
				'A list of {"phone_number": "…", "is_primary": true/false, "type": 1–5} (1 home, 2 work, 3 cell, 4 fax, 5 other)',
			displayOptions: show(['addPut'], { contactPhoneInput: ['json'] }),
		},
		otherFields(
			'contactPhone',
			['add', 'update'],
			[
				{
					displayName: 'Label',
					name: 'label',
					type: 'string',
					default: '',
					description: 'A friendly label for the phone',
				},
				{
					displayName: 'Primary',
					name: 'is_primary',
					type: 'boolean',
					default: false,
					description: 'Whether this is the main phone number',
				},
			],
		),
	],
);
