import { defineOperation } from '../../../shared/operation';
import { additionalFieldsBody } from '../../helpers/additionalFields';
import { resourceOf } from '../../helpers/answers';
import { required } from '../../helpers/values';
import { folderAdditionalFields, folderShape, parentConverter } from './common';

/** Folder → Create: `POST /folders` (doc line 2199), the name required. */
export const create = defineOperation({
	value: 'create',
	name: 'Create',
	action: 'Create a folder',
	description: 'Create a contact folder',
	method: 'POST',
	path: '/folders',
	body: { type: 'json', fields: { name: required('folderName', 'Name') } },
	output: { rows: resourceOf(folderShape) },
	hooks: {
		preSend: [
			additionalFieldsBody({ collection: folderAdditionalFields.name, convert: parentConverter }),
		],
	},
	fields: [
		{
			displayName: 'Name',
			name: 'folderName',
			type: 'string',
			default: '',
			required: true,
			description: 'The name of the new folder',
		},
		folderAdditionalFields,
	],
});
