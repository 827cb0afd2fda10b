import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { textBroadcastIdField } from './common';

/** Text Broadcast → Start: `POST /texts/broadcasts/{id}/start` (vendor-docs README: text broadcasts mirror the call broadcasts). */
export const start = defineOperation({
	value: 'start',
	name: 'Start',
	action: 'Start a text broadcast',
	description: 'Start a text broadcast',
	method: 'POST',
	path: '/texts/broadcasts/{textBroadcastId}/start',
	pathParameters: { textBroadcastId: { label: 'ID' } },
	query: { fields: 'textBroadcastOptions.fields' },
	output: ANSWER,
	request: CALLFIRE_REQUEST,
	fields: [textBroadcastIdField, queryOptions('textBroadcastOptions', [])],
});
