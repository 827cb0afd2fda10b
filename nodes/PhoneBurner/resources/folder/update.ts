import { defineOperation } from '../../../shared/operation';
import { additionalFieldsBody } from '../../helpers/additionalFields';
import { resourceOf } from '../../helpers/answers';
import { pathIds } from '../../helpers/ids';
import { folderAdditionalFields, folderId, folderShape, parentConverter } from './common';

/**
 * Folder → Update: `PUT /folders/{folder_id}` (doc line 2242). name, description and parent_id
 * are all optional (doc lines 2255-2269): an update with none is refused.
 */
export const update = defineOperation({
	value: 'update',
	name: 'Update',
	action: 'Update a folder',
	description: 'Change a folder',
	method: 'PUT',
	path: '/folders/{folderId}',
	pathParameters: pathIds(folderId),
	output: { rows: resourceOf(folderShape) },
	hooks: {
		preSend: [
			additionalFieldsBody({
				collection: folderAdditionalFields.name,
				convert: parentConverter,
				notEmpty: 'Add at least one field under Additional Fields (or Other Fields (JSON)).',
			}),
		],
	},
	fields: [folderId.field, folderAdditionalFields],
});
