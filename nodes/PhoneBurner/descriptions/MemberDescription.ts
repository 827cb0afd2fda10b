import type { INodeProperties } from 'n8n-workflow';

import { buildResource } from '../GenericFunctions';

export const memberProperties: INodeProperties[] = buildResource(
	'member',
	[
		{
			name: 'Create',
			value: 'create',
			action: 'Create a member',
			description: 'Add a team member (needs vendor level access)',
			method: 'POST',
			path: '/members',
			body: true,
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete a member',
			description: 'Remove a member (needs vendor level access)',
			method: 'DELETE',
			path: '/members/{userId}',
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get a member',
			description: 'Get one member',
			method: 'GET',
			path: '/members/{userId}',
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many members',
			description: 'List members',
			method: 'GET',
			path: '/members',
			list: true,
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update a member',
			description: 'Change a member',
			method: 'PUT',
			path: '/members/{userId}',
			body: true,
		},
	],
	'getAll',
);
