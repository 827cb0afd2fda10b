import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { buildResource, numericId, onlyFor, otherFields } from '../GenericFunctions';

const show = (operation: string[]) => ({ show: { resource: ['folder'], operation } });

/** preSend for Delete: `move_folder_id`, where the folder's contacts go first. */
async function moveFolderQuery(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const value = this.getNodeParameter('folderMoveFolderId', '', { skipValidation: true });
	if (value !== '' && value !== undefined && value !== null) {
		requestOptions.qs = {
			...(requestOptions.qs ?? {}),
			move_folder_id: numericId(this, value, 'Move Contacts To'),
		};
	}
	return requestOptions;
}

/** preSend for Get Many: `structure=1` to get the subfolders too. */
async function structureQuery(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	if (this.getNodeParameter('folderStructure', false, { skipValidation: true }) === true)
		requestOptions.qs = { ...(requestOptions.qs ?? {}), structure: 1 };
	return requestOptions;
}

const folderShape = { path: ['folders'] };

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
			output: folderShape,
			body: {
				fields: [{ parameter: 'folderName', key: 'name', label: 'Name', required: true }],
				convert: {
					parent_id: (context, value, body) => {
						body.parent_id = numericId(context, value, 'Parent Folder');
					},
				},
			},
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete a folder',
			description: 'Delete a contact folder',
			method: 'DELETE',
			path: '/folders/{folderId}',
			output: folderShape,
			preSend: [moveFolderQuery],
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many folders',
			description: 'List your contact folders (PhoneBurner sends them all in one answer)',
			method: 'GET',
			path: '/folders',
			output: folderShape,
			// Doc lines 2110-2138: the only parameter is `structure`, and the answer is the folders
			// keyed "0", "1", … with no page fields. One request; Limit keeps the first folders.
			list: 'whole',
			preSend: [structureQuery],
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update a folder',
			description: 'Change a folder',
			method: 'PUT',
			path: '/folders/{folderId}',
			output: folderShape,
			body: {
				// name, description and parent_id are all optional (doc lines 2255-2269).
				notEmpty: 'Add at least one field under Additional Fields (or Other Fields (JSON)).',
				convert: {
					parent_id: (context, value, body) => {
						body.parent_id = numericId(context, value, 'Parent Folder');
					},
				},
			},
		},
	],
	'getAll',
	[
		{
			displayName: 'Name',
			name: 'folderName',
			type: 'string',
			default: '',
			required: true,
			description: 'The name of the new folder',
			displayOptions: show(['create']),
		},
		{
			displayName: 'Move Contacts To Name or ID',
			name: 'folderMoveFolderId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getFolders' },
			default: '',
			description:
				'If the folder has contacts, move them to this folder first (PhoneBurner\'s doc does not say what happens to them otherwise). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			displayOptions: show(['delete']),
		},
		{
			displayName: 'Include Subfolders',
			name: 'folderStructure',
			type: 'boolean',
			default: false,
			description:
				'Whether to return the folder structure: each folder with its subfolders under _embedded',
			displayOptions: show(['getAll']),
		},
		otherFields(
			'folder',
			['create', 'update'],
			[
				{ displayName: 'Description', name: 'description', type: 'string', default: '' },
				{
					displayName: 'Name',
					name: 'name',
					type: 'string',
					default: '',
					description: 'The new name of the folder',
					displayOptions: onlyFor(['update']),
				},
				{
					displayName: 'Parent Folder Name or ID',
					name: 'parent_id',
					type: 'options',
					typeOptions: { loadOptionsMethod: 'getFolders' },
					default: '',
					description:
						'Makes this a subfolder of that folder (one level of subfolders is allowed). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
				},
			],
		),
	],
);
