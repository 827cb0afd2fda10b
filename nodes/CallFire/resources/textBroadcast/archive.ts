import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { textBroadcastIdField } from './common';

/** Text Broadcast → Archive: `POST /texts/broadcasts/{id}/archive` (vendor-docs README: text broadcasts mirror the call broadcasts). */
export const archive = defineOperation({
	value: 'archive',
	name: 'Archive',
	action: 'Archive a text broadcast',
	description: 'Archive a text broadcast',
	method: 'POST',
	path: '/texts/broadcasts/{textBroadcastId}/archive',
	pathParameters: { textBroadcastId: { label: 'ID' } },
	query: { fields: 'textBroadcastOptions.fields' },
	output: ANSWER,
	request: CALLFIRE_REQUEST,
	fields: [textBroadcastIdField, queryOptions('textBroadcastOptions', [])],
});
