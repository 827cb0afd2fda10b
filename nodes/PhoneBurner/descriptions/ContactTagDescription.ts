import type { INodeProperties } from 'n8n-workflow';

import { buildResource, otherFields } from '../GenericFunctions';

export const contactTagProperties: INodeProperties[] = buildResource(
	'contactTag',
	[
		{
			name: 'Add',
			value: 'add',
			action: 'Add a tag to a contact',
			description: 'Add a tag to a contact',
			method: 'POST',
			path: '/contacts/{contactId}/tags',
			body: true,
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get a tag of a contact',
			description: 'Get one tag of a contact',
			method: 'GET',
			path: '/contacts/{contactId}/tags/{tagId}',
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many tags of a contact',
			description: 'List the tags of a contact',
			method: 'GET',
			path: '/contacts/{contactId}/tags',
			list: true,
		},
		{
			name: 'Remove',
			value: 'remove',
			action: 'Remove a tag from a contact',
			description: 'Remove a tag from a contact',
			method: 'DELETE',
			path: '/contacts/{contactId}/tags/{tagId}',
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update a tag of a contact',
			description: 'Change a tag on a contact',
			method: 'PUT',
			path: '/contacts/{contactId}/tags/{tagId}',
			body: true,
		},
	],
	'getAll',
	[
		otherFields(
			'contactTag',
			['add', 'update'],
			[
				{
					displayName: 'Title',
					name: 'title',
					type: 'string',
					default: '',
					description: 'The tag text',
				},
			],
		),
	],
);
