import { additionalFields, onlyFor, type FieldConverter } from '../../helpers/additionalFields';
import type { OutputShape } from '../../helpers/answers';
import { pathId } from '../../helpers/ids';
import { numericId } from '../../helpers/values';

/** The folder in the path: `/folders/{folder_id}`. */
export const folderId = pathId('folderId', 'Folder ID', { loadOptionsMethod: 'getFolders' });

/** Where the doc's answers have the folders: `folders`, keyed "0", "1", …. */
export const folderShape: OutputShape = { path: ['folders'] };

/** Create and Update: the parent folder as the number the API takes. */
export const parentConverter: Record<string, FieldConverter> = {
	parent_id: (context, value, body) => {
		body.parent_id = numericId(context, value, 'Parent Folder');
	},
};

export const folderAdditionalFields = additionalFields('folderAdditionalFields', [
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
]);
