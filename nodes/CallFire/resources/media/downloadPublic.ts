import { defineOperation } from '../../../shared/operation';
import { OUTPUT_FILE_FIELD, downloadedFile } from '../../helpers/files';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { extensionField } from './common';

/** Media → Download Public: `GET /media/public/{key}.{extension}` (doc line 9207). */
export const downloadPublic = defineOperation({
	value: 'downloadPublic',
	name: 'Download Public',
	action: 'Download public media',
	description: 'Download a media file by its public key',
	method: 'GET',
	path: '/media/public/{mediaKey}.{extension}',
	pathParameters: { extension: { raw: true } },
	query: { fields: 'mediaOptions.fields' },
	output: downloadedFile({ chosen: 'jpg' }, ['mediaKey']),
	request: CALLFIRE_REQUEST,
	fields: [
		{ displayName: 'Public Key', name: 'mediaKey', type: 'string', required: true, default: '' },
		extensionField,
		OUTPUT_FILE_FIELD,
		queryOptions('mediaOptions', []),
	],
});
