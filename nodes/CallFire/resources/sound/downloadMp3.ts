import { defineOperation } from '../../../shared/operation';
import { OUTPUT_FILE_FIELD, downloadedFile } from '../../helpers/files';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { soundIdField } from './common';

/** Sound → Download MP3: `GET /campaigns/sounds/{id}.mp3` (doc line 4023). */
export const downloadMp3 = defineOperation({
	value: 'downloadMp3',
	name: 'Download MP3',
	action: 'Download a sound as MP3',
	description: 'Download a sound as an MP3 file',
	method: 'GET',
	path: '/campaigns/sounds/{soundId}.mp3',
	pathParameters: { soundId: { label: 'ID' } },
	query: { fields: 'soundOptions.fields' },
	output: downloadedFile('mp3', ['soundId']),
	request: CALLFIRE_REQUEST,
	fields: [soundIdField, OUTPUT_FILE_FIELD, queryOptions('soundOptions', [])],
});
