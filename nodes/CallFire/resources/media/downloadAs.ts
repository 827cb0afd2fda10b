import { defineOperation } from '../../../shared/operation';
import { OUTPUT_FILE_FIELD, downloadedFile } from '../../helpers/files';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { extensionField, mediaIdField } from './common';

/** Media → Download as Type: `GET /media/{id}.{extension}` (doc line 9435). */
export const downloadAs = defineOperation({
	value: 'downloadAs',
	name: 'Download as Type',
	action: 'Download media as a file type',
	description: 'Download a media file in a chosen file type',
	method: 'GET',
	path: '/media/{mediaId}.{extension}',
	pathParameters: { extension: { raw: true } },
	query: { fields: 'mediaOptions.fields' },
	output: downloadedFile({ chosen: 'jpg' }, ['mediaId']),
	request: CALLFIRE_REQUEST,
	fields: [mediaIdField, extensionField, OUTPUT_FILE_FIELD, queryOptions('mediaOptions', [])],
});
