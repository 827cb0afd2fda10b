import { defineOperation } from '../../../shared/operation';
import { OUTPUT_FILE_FIELD, downloadedFile } from '../../helpers/files';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { callRecordingIdField } from './common';

/** Call Recording → Download MP3: `GET /calls/recordings/{id}.mp3` (doc line 2532). */
export const download = defineOperation({
	value: 'download',
	name: 'Download MP3',
	action: 'Download a call recording',
	description: 'Download a call recording as an MP3 file',
	method: 'GET',
	path: '/calls/recordings/{callRecordingId}.mp3',
	query: { fields: 'callRecordingOptions.fields' },
	output: downloadedFile('mp3', ['callRecordingId']),
	request: CALLFIRE_REQUEST,
	fields: [callRecordingIdField, OUTPUT_FILE_FIELD, queryOptions('callRecordingOptions', [])],
});
