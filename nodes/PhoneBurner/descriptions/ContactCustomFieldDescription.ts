import type { INodeProperties } from 'n8n-workflow';

import { buildResource, otherFields } from '../GenericFunctions';

export const contactCustomFieldProperties: INodeProperties[] = buildResource(
	'contactCustomField',
	[
		{
			name: 'Add',
			value: 'add',
			action: 'Add a custom field value to a contact',
			description: 'Set a custom field value on a contact',
			method: 'POST',
			path: '/contacts/{contactId}/customfields/{customFieldId}',
			output: { path: ['customfields', 'customfields'] },
			body: {
				fields: [
					{ parameter: 'contactCustomFieldValue', key: 'value', label: 'Value', required: true },
				],
			},
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get a custom field of a contact',
			description: 'Get one custom field value of a contact',
			method: 'GET',
			path: '/contacts/{contactId}/customfields/{customFieldId}',
			output: { path: ['customfields', 'customfields'] },
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many custom fields of a contact',
			description: 'List the custom field values of a contact',
			method: 'GET',
			path: '/contacts/{contactId}/customfields',
			output: { path: ['customfields', 'customfields'] },
			// Doc line 677 asks ?page_size=1&page=1; the answer has total_pages (line 714).
			list: 'paged',
		},
		{
			name: 'Remove',
			value: 'remove',
			action: 'Remove a custom field value from a contact',
			description: 'Clear a custom field on a contact',
			method: 'DELETE',
			path: '/contacts/{contactId}/customfields/{customFieldId}',
			output: { path: ['customfields', 'customfields'] },
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update a custom field value of a contact',
			description: 'Change a custom field value on a contact',
			method: 'PUT',
			path: '/contacts/{contactId}/customfields/{customFieldId}',
			output: { path: ['customfields', 'customfields'] },
			body: {
				fields: [
					{ parameter: 'contactCustomFieldValue', key: 'value', label: 'Value', required: true },
				],
			},
		},
	],
	'getAll',
	[
		{
			displayName: 'Value',
			name: 'contactCustomFieldValue',
			type: 'string',
			default: '',
			required: true,
			description:
				'The value. For a dropdown field it is matched to an existing option; a new option is added when none matches.',
			displayOptions: { show: { resource: ['contactCustomField'], operation: ['add', 'update'] } },
		},
		otherFields('contactCustomField', ['add', 'update'], []),
	],
);
