import type { FieldSpec } from '../../../shared/operation';

/** The fields several Media operations share. */

export const extensionField: FieldSpec = {
	displayName: 'File Type',
	name: 'extension',
	type: 'options',
	default: 'jpg',
	options: [
		{ name: 'BMP', value: 'bmp' },
		{ name: 'GIF', value: 'gif' },
		{ name: 'JPG', value: 'jpg' },
		{ name: 'M4A', value: 'm4a' },
		{ name: 'MP3', value: 'mp3' },
		{ name: 'MP4', value: 'mp4' },
		{ name: 'PNG', value: 'png' },
		{ name: 'WAV', value: 'wav' },
	],
};

export const mediaIdField: FieldSpec = {
	displayName: 'ID',
	name: 'mediaId',
	type: 'string',
	required: true,
	default: '',
};
