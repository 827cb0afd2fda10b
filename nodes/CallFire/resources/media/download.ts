import { defineOperation } from '../../../shared/operation';
import { OUTPUT_FILE_FIELD, downloadedFile } from '../../helpers/files';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { mediaIdField } from './common';

/** Media → Download: `GET /media/{id}/file` (doc line 9553). */
export const download = defineOperation({
	value: 'download',
	name: 'Download',
	action: 'Download a media file',
	description: 'Download a media file',
	method: 'GET',
	path: '/media/{mediaId}/file',
	query: { fields: 'mediaOptions.fields' },
	output: downloadedFile('mp3', ['mediaId']),
	request: CALLFIRE_REQUEST,
	fields: [mediaIdField, OUTPUT_FILE_FIELD, queryOptions('mediaOptions', [])],
});
