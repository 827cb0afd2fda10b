import type { INodeProperties } from 'n8n-workflow';

import { buildResource, otherFields } from '../GenericFunctions';

export const tagProperties: INodeProperties[] = buildResource(
	'tag',
	[
		{
			name: 'Create',
			value: 'create',
			action: 'Create a tag',
			description: 'Add a new tag',
			method: 'POST',
			path: '/tags',
			body: true,
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete a tag',
			description: 'Remove a tag from every contact',
			method: 'DELETE',
			path: '/tags/{tagId}',
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many tags',
			description: 'List your tags',
			method: 'GET',
			path: '/tags',
			list: true,
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update a tag',
			description: "Change a tag's title",
			method: 'PUT',
			path: '/tags/{tagId}',
			body: true,
		},
	],
	'getAll',
	[
		otherFields(
			'tag',
			['create', 'update'],
			[{ displayName: 'Title', name: 'title', type: 'string', default: '' }],
		),
	],
);
