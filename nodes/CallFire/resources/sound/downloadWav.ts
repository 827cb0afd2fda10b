import { defineOperation } from '../../../shared/operation';
import { OUTPUT_FILE_FIELD, downloadedFile } from '../../helpers/files';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { soundIdField } from './common';

/** Sound → Download WAV: `GET /campaigns/sounds/{id}.wav` (doc line 4126). */
export const downloadWav = defineOperation({
	value: 'downloadWav',
	name: 'Download WAV',
	action: 'Download a sound as WAV',
	description: 'Download a sound as a WAV file',
	method: 'GET',
	path: '/campaigns/sounds/{soundId}.wav',
	pathParameters: { soundId: { label: 'ID' } },
	query: { fields: 'soundOptions.fields' },
	output: downloadedFile('wav', ['soundId']),
	request: CALLFIRE_REQUEST,
	fields: [soundIdField, OUTPUT_FILE_FIELD, queryOptions('soundOptions', [])],
});
