import type { INodeProperties } from 'n8n-workflow';

import { buildResource, otherFields, type BodySpec } from '../GenericFunctions';

const titleBody: BodySpec = {
	fields: [{ parameter: 'tagTitle', key: 'title', label: 'Title', required: true }],
};

const tagShape = { path: ['tag'] };

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
			output: tagShape,
			body: titleBody,
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete a tag',
			description: 'Remove a tag from every contact',
			method: 'DELETE',
			path: '/tags/{tagId}',
			output: tagShape,
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many tags',
			description: 'List your tags',
			method: 'GET',
			path: '/tags',
			output: { path: ['tags', 'tags'] },
			// The doc's answer has page, page_size and total_pages (lines 2696-2699).
			list: 'paged',
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update a tag',
			description: "Change a tag's title",
			method: 'PUT',
			path: '/tags/{tagId}',
			output: tagShape,
			body: titleBody,
		},
	],
	'getAll',
	[
		{
			displayName: 'Title',
			name: 'tagTitle',
			type: 'string',
			default: '',
			required: true,
			description: 'The text of the tag',
			displayOptions: { show: { resource: ['tag'], operation: ['create', 'update'] } },
		},
		otherFields('tag', ['create', 'update'], []),
	],
);
