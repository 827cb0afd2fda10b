import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { mediaIdField } from './common';

/** Media → Get: `GET /media/{id}` (doc line 9323). */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	action: 'Get a media file',
	description: "Get a media file's details by its ID",
	method: 'GET',
	path: '/media/{mediaId}',
	query: { fields: 'mediaOptions.fields' },
	output: ANSWER,
	request: CALLFIRE_REQUEST,
	fields: [mediaIdField, queryOptions('mediaOptions', [])],
});
