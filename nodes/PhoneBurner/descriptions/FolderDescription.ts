import type { INodeProperties } from 'n8n-workflow';

import { buildResource, otherFields } from '../GenericFunctions';

export const folderProperties: INodeProperties[] = buildResource(
	'folder',
	[
		{
			name: 'Create',
			value: 'create',
			action: 'Create a folder',
			description: 'Create a contact folder',
			method: 'POST',
			path: '/folders',
			body: true,
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete a folder',
			description: 'Delete a contact folder',
			method: 'DELETE',
			path: '/folders/{folderId}',
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many folders',
			description: 'List your contact folders',
			method: 'GET',
			path: '/folders',
			list: true,
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update a folder',
			description: 'Change a folder',
			method: 'PUT',
			path: '/folders/{folderId}',
			body: true,
		},
	],
	'getAll',
	[
		otherFields(
			'folder',
			['create', 'update'],
			[
				{ displayName: 'Description', name: 'description', type: 'string', default: '' },
				{ displayName: 'Name', name: 'name', type: 'string', default: '' },
			],
		),
	],
);
