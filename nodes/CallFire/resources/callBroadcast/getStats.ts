import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { BROADCAST_STATS_RANGE } from '../../helpers/broadcastFields';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { callBroadcastIdField } from './common';

/** Call Broadcast → Get Statistics: `GET /calls/broadcasts/{id}/stats` (doc line 2205). */
export const getStats = defineOperation({
	value: 'getStats',
	name: 'Get Statistics',
	action: 'Get call broadcast statistics',
	description: 'Get the counts of calls made, answered and billed for a call broadcast',
	method: 'GET',
	path: '/calls/broadcasts/{callBroadcastId}/stats',
	pathParameters: { callBroadcastId: { label: 'ID' } },
	query: {
		fields: 'callBroadcastOptions.fields',
		begin: 'callBroadcastOptions.begin',
		end: 'callBroadcastOptions.end',
	},
	output: ANSWER,
	request: CALLFIRE_REQUEST,
	fields: [callBroadcastIdField, queryOptions('callBroadcastOptions', BROADCAST_STATS_RANGE)],
});
