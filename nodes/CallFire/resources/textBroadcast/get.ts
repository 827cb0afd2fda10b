import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { textBroadcastIdField } from './common';

/** Text Broadcast → Get: `GET /texts/broadcasts/{id}` (vendor-docs README: text broadcasts mirror the call broadcasts). */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	action: 'Get a text broadcast',
	description: 'Get one text broadcast by its ID',
	method: 'GET',
	path: '/texts/broadcasts/{textBroadcastId}',
	pathParameters: { textBroadcastId: { label: 'ID' } },
	query: { fields: 'textBroadcastOptions.fields' },
	output: ANSWER,
	request: CALLFIRE_REQUEST,
	fields: [textBroadcastIdField, queryOptions('textBroadcastOptions', [])],
});
