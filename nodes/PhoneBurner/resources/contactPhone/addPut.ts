import { defineOperation } from '../../../shared/operation';
import { resourceOf } from '../../helpers/answers';
import { entryListBody } from '../../helpers/entryList';
import { pathIds } from '../../helpers/ids';
import { checkPhone } from '../../helpers/values';
import { contactId, phoneTypes } from './common';

/** The doc's `{phones: [{phone_number, is_primary, type}, …]}`, from the list or the JSON, checked. */
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

/**
 * Contact Phone → Add Many (PUT): the doc's bulk `PUT /contacts/{contact_id}/phones` (doc line
 * 1109, which it calls "Add a phone"); whether phones left out of the list are kept is not
 * documented.
 */
export const addPut = defineOperation({
	value: 'addPut',
	name: 'Add Many (PUT)',
	action: 'Add many phones to a contact',
	description:
		'Add a list of phone numbers to a contact in one call (the PUT route; the doc does not say whether phones not listed are kept)',
	method: 'PUT',
	path: '/contacts/{contactPhoneContactId}/phones',
	pathParameters: pathIds(contactId),
	output: { rows: resourceOf({ path: ['phones'] }) },
	hooks: { preSend: [phonesBody] },
	fields: [
		contactId.field,
		{
			displayName: 'Input',
			name: 'contactPhoneInput',
			type: 'options',
			noDataExpression: true,
			default: 'list',
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
			show: { contactPhoneInput: ['list'] },
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
			show: { contactPhoneInput: ['json'] },
		},
	],
});
