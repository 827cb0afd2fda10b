import { defineOperation } from '../../../shared/operation';
import { OUTPUT_FILE_FIELD, downloadedFile } from '../../helpers/files';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { callRecordingIdField, callRecordingNameField } from './common';

/** Call Recording → Download MP3 by Name: `GET /calls/{id}/recordings/{name}.mp3` (doc line 2978). */
export const downloadByName = defineOperation({
	value: 'downloadByName',
	name: 'Download MP3 by Name',
	action: 'Download a call recording by name',
	description: 'Download a call recording, found by call ID and recording name, as an MP3 file',
	method: 'GET',
	path: '/calls/{callRecordingId}/recordings/{callRecordingName}.mp3',
	query: { fields: 'callRecordingOptions.fields' },
	output: downloadedFile('mp3', ['callRecordingName', 'callRecordingId']),
	request: CALLFIRE_REQUEST,
	fields: [
		callRecordingIdField,
		callRecordingNameField,
		OUTPUT_FILE_FIELD,
		queryOptions('callRecordingOptions', []),
	],
});
