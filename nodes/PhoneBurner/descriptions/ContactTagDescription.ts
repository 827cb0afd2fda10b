import type { INodeProperties } from 'n8n-workflow';

import { buildResource, otherFields, type BodySpec } from '../GenericFunctions';

const tagShape = { path: ['tag'] };

const titleBody: BodySpec = {
	fields: [{ parameter: 'contactTagTitle', key: 'title', label: 'Title', required: true }],
};

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
			output: tagShape,
			body: titleBody,
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get a tag of a contact',
			description: 'Get one tag of a contact',
			method: 'GET',
			path: '/contacts/{contactId}/tags/{tagId}',
			output: tagShape,
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many tags of a contact',
			description: 'List the tags of a contact',
			method: 'GET',
			path: '/contacts/{contactId}/tags',
			output: { path: ['tags', 'tags'] },
			// The doc's answer has page, page_size and total_pages (lines 1268-1271).
			list: 'paged',
		},
		{
			name: 'Remove',
			value: 'remove',
			action: 'Remove a tag from a contact',
			description: 'Remove a tag from a contact',
			method: 'DELETE',
			path: '/contacts/{contactId}/tags/{tagId}',
			output: tagShape,
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update a tag of a contact',
			description: 'Change a tag on a contact',
			method: 'PUT',
			path: '/contacts/{contactId}/tags/{tagId}',
			output: tagShape,
			body: titleBody,
		},
	],
	'getAll',
	[
		{
			displayName: 'Title',
			name: 'contactTagTitle',
			type: 'string',
			default: '',
			required: true,
			description: 'The tag text',
			displayOptions: { show: { resource: ['contactTag'], operation: ['add', 'update'] } },
		},
		otherFields('contactTag', ['add', 'update'], []),
	],
);
