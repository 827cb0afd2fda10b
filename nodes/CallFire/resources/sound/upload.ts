import { INPUT_BINARY_FIELD } from '../../../shared/descriptions';
import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';

/** Sound → Upload File: `POST /campaigns/sounds/files` (doc line 3585). */
export const upload = defineOperation({
	value: 'upload',
	name: 'Upload File',
	action: 'Upload a sound file',
	description: 'Create a sound from an MP3 or WAV file of the input item',
	method: 'POST',
	path: '/campaigns/sounds/files',
	query: { fields: 'soundOptions.fields' },
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
		queryOptions('soundOptions', []),
	],
});
