import type { INodeProperties } from 'n8n-workflow';

import { defineOperation } from '../../../shared/operation';
import { asGiven, collectionAsGiven, extraFields } from '../../helpers/body';

/**
 * Contact → Create: `POST /v1/contacts`, a contact added to the Everyone list. The body:
 * PrimaryPhone, each field the user added under its own (the API's) name, then Extra Fields
 * (JSON) over them.
 */

const contactFieldOptions: INodeProperties[] = [
	{
		displayName: 'Extra Fields (JSON)',
		name: 'json',
		type: 'json',
		default: '{}',
		description: "More fields in the API's own names",
	},
	{ displayName: 'First Name', name: 'FirstName', type: 'string', default: '' },
	{
		displayName: 'Integration Data',
		name: 'IntegrationData',
		type: 'string',
		default: '',
		description: 'Your own reference for the contact, e.g. an ID in another system',
	},
	{ displayName: 'Last Name', name: 'LastName', type: 'string', default: '' },
	{
		displayName: 'Notes',
		name: 'Notes',
		type: 'string',
		default: '',
		description: 'A note of up to 50 characters',
	},
	{ displayName: 'Secondary Phone', name: 'SecondaryPhone', type: 'string', default: '' },
	{ displayName: 'Tertiary Phone', name: 'TertiaryPhone', type: 'string', default: '' },
];

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	action: 'Create a contact',
	description: 'Add a contact to the Everyone list',
	method: 'POST',
	path: '/v1/contacts',
	body: {
		type: 'json',
		fields: {
			PrimaryPhone: { from: 'primaryPhone', as: asGiven },
			...collectionAsGiven('contactFields', contactFieldOptions),
		},
	},
	hooks: { preSend: [extraFields('contactFields')] },
	fields: [
		{
			displayName: 'Primary Phone',
			name: 'primaryPhone',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 2145555055',
		},
		{
			displayName: 'Fields',
			name: 'contactFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: contactFieldOptions,
		},
	],
});
