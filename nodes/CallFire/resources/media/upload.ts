import { INPUT_BINARY_FIELD } from '../../../shared/descriptions';
import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';

/** Media → Upload: `POST /media` (doc line 9099). */
export const upload = defineOperation({
	value: 'upload',
	name: 'Upload',
	action: 'Upload a media file',
	description: 'Upload a file of the input item (image, sound or video) for texts',
	method: 'POST',
	path: '/media',
	query: { fields: 'mediaOptions.fields' },
	body: { type: 'multipart', fileField: 'file', fields: { name: 'name' } },
	output: ANSWER,
	request: CALLFIRE_REQUEST,
	fields: [
		INPUT_BINARY_FIELD,
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
			description: 'A name for the uploaded file',
		},
		queryOptions('mediaOptions', []),
	],
});
