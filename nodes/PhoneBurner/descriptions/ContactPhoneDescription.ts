import type { INodeProperties } from 'n8n-workflow';

import { buildResource, otherFields } from '../GenericFunctions';

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
			body: true,
		},
		{
			name: 'Add (PUT)',
			value: 'addPut',
			action: 'Add a phone to a contact with PUT',
			description: 'Add a phone number to a contact (the PUT form of the call)',
			method: 'PUT',
			path: '/contacts/{contactId}/phones',
			body: true,
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get a phone of a contact',
			description: 'Get one phone number of a contact',
			method: 'GET',
			path: '/contacts/{contactId}/phones/{phoneId}',
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many phones of a contact',
			description: 'List the phone numbers of a contact',
			method: 'GET',
			path: '/contacts/{contactId}/phones',
			list: true,
		},
		{
			name: 'Remove',
			value: 'remove',
			action: 'Remove a phone from a contact',
			description: 'Remove a phone number from a contact',
			method: 'DELETE',
			path: '/contacts/{contactId}/phones/{phoneId}',
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update a phone of a contact',
			description: 'Change one phone number of a contact',
			method: 'PUT',
			path: '/contacts/{contactId}/phones/{phoneId}',
			body: true,
		},
	],
	'getAll',
	[
		otherFields(
			'contactPhone',
			['add', 'addPut', 'update'],
			[
				{ displayName: 'Label', name: 'label', type: 'string', default: '' },
				{ displayName: 'Phone Number', name: 'phone_number', type: 'string', default: '' },
				{
					displayName: 'Primary',
					name: 'is_primary',
					type: 'boolean',
					default: false,
					description: 'Whether this is the main phone number',
				},
				{
					displayName: 'Type',
					name: 'type',
					type: 'options',
					default: 1,
					options: [
						{ name: 'Cell', value: 3 },
						{ name: 'Home', value: 1 },
						{ name: 'Other', value: 5 },
						{ name: 'Work', value: 2 },
					],
				},
			],
		),
	],
);
