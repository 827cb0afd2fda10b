import { defineOperation } from '../../../shared/operation';
import { resourceOf } from '../../helpers/answers';
import { pathIds } from '../../helpers/ids';
import { idValue } from '../../helpers/values';
import { folderId, folderShape } from './common';

/**
 * Folder → Delete: `DELETE /folders/{folder_id}` (doc line 2290), its contacts moved first to
 * Move Contacts To (`move_folder_id`) when given.
 */
export const deleteOperation = defineOperation({
	value: 'delete',
	name: 'Delete',
	action: 'Delete a folder',
	description: 'Delete a contact folder',
	method: 'DELETE',
	path: '/folders/{folderId}',
	pathParameters: pathIds(folderId),
	query: { move_folder_id: { from: 'folderMoveFolderId', as: idValue('Move Contacts To') } },
	output: { rows: resourceOf(folderShape) },
	fields: [
		folderId.field,
		{
			displayName: 'Move Contacts To Name or ID',
			name: 'folderMoveFolderId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getFolders' },
			default: '',
			description:
				'If the folder has contacts, move them to this folder first (PhoneBurner\'s doc does not say what happens to them otherwise). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
	],
});
