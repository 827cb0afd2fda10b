import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { textBroadcastIdField } from './common';

/** Text Broadcast → Stop: `POST /texts/broadcasts/{id}/stop` (vendor-docs README: text broadcasts mirror the call broadcasts). */
export const stop = defineOperation({
	value: 'stop',
	name: 'Stop',
	action: 'Stop a text broadcast',
	description: 'Stop a text broadcast',
	method: 'POST',
	path: '/texts/broadcasts/{textBroadcastId}/stop',
	pathParameters: { textBroadcastId: { label: 'ID' } },
	query: { fields: 'textBroadcastOptions.fields' },
	output: ANSWER,
	request: CALLFIRE_REQUEST,
	fields: [textBroadcastIdField, queryOptions('textBroadcastOptions', [])],
});
