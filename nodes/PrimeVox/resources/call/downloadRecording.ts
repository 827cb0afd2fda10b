import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { defineOperation } from '../../../shared/operation';
import { readField } from '../../../shared/request';
import { AUDIO_TYPES, recordingFileName } from '../../helpers/recordings';
import { scriptPath } from '../../transport';

/**
 * Call → Download Recording: `GET {baseUrl}/call_recording.php?fileName=…` (doc lines 99-104),
 * the answer's audio as binary data.
 */

/** The file name the user gave, or the one a call's recordingUrl names. */
function chosenFileName(context: IExecuteSingleFunctions): string {
	const source = String(readField(context, 'recordingSource', 'url'));
	const value = readField(context, source === 'url' ? 'recordingUrl' : 'fileName', '');
	return recordingFileName(context.getNode(), source, value, context.getItemIndex());
}

async function fileNameQuery(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	requestOptions.qs = {
		...((requestOptions.qs as IDataObject) ?? {}),
		fileName: chosenFileName(this),
	};
	return requestOptions;
}

export const downloadRecording = defineOperation({
	value: 'downloadRecording',
	name: 'Download Recording',
	action: 'Download a call recording',
	description: 'Download the audio of a recorded call as a file',
	method: 'GET',
	...scriptPath('recordingScript'),
	hooks: { preSend: [fileNameQuery] },
	output: {
		binary: {
			fileName() {
				return chosenFileName(this) || 'recording.wav';
			},
			mimeTypes: AUDIO_TYPES,
			keepServedType: /^audio\//,
			hint: 'The name of the output binary field to put the recording in',
		},
	},
	fields: [
		{
			displayName: 'Recording Source',
			name: 'recordingSource',
			type: 'options',
			default: 'url',
			options: [
				{
					name: 'Recording URL',
					value: 'url',
					description: 'The recordingUrl field of a call',
				},
				{
					name: 'File Name',
					value: 'fileName',
					description: 'The recording file name from the call data',
				},
			],
		},
		{
			displayName: 'Recording URL',
			name: 'recordingUrl',
			type: 'string',
			default: '={{ $json.recordingUrl }}',
			required: true,
			description: 'The recordingUrl of a call from Get Many or Get',
			show: { recordingSource: ['url'] },
		},
		{
			displayName: 'File Name',
			name: 'fileName',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. 20240105-101500-1700000000.12345.wav',
			description: 'The name of the recording file, as given in the call data',
			show: { recordingSource: ['fileName'] },
		},
	],
});
