import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { BROADCAST_STATS_RANGE } from '../../helpers/broadcastFields';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { textBroadcastIdField } from './common';

/** Text Broadcast → Get Statistics: `GET /texts/broadcasts/{id}/stats` (vendor-docs README: text broadcasts mirror the call broadcasts). */
export const getStats = defineOperation({
	value: 'getStats',
	name: 'Get Statistics',
	action: 'Get text broadcast statistics',
	description: 'Get the counts of texts sent, delivered and billed for a text broadcast',
	method: 'GET',
	path: '/texts/broadcasts/{textBroadcastId}/stats',
	pathParameters: { textBroadcastId: { label: 'ID' } },
	query: {
		fields: 'textBroadcastOptions.fields',
		begin: 'textBroadcastOptions.begin',
		end: 'textBroadcastOptions.end',
	},
	output: ANSWER,
	request: CALLFIRE_REQUEST,
	fields: [textBroadcastIdField, queryOptions('textBroadcastOptions', BROADCAST_STATS_RANGE)],
});
