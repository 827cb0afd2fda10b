import { defineOperation } from '../../../shared/operation';
import { wholeList } from '../../helpers/pages';
import { folderShape } from './common';

/**
 * Folder → Get Many: `GET /folders` (doc line 2102). Doc lines 2110-2138: the only parameter is
 * `structure`, and the answer is the folders keyed "0", "1", … with no page fields: one
 * request, and Limit keeps the first folders.
 */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many folders',
	description: 'List your contact folders (PhoneBurner sends them all in one answer)',
	method: 'GET',
	path: '/folders',
	query: { structure: { from: 'folderStructure', as: 'flagWhenOn' } },
	paging: { pages: wholeList(folderShape) },
	fields: [
		{
			displayName: 'Include Subfolders',
			name: 'folderStructure',
			type: 'boolean',
			default: false,
			description:
				'Whether to return the folder structure: each folder with its subfolders under _embedded',
		},
	],
});
