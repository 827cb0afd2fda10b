import { defineOperation } from '../../../shared/operation';
import { broadcastIdField, broadcastPath } from './common';

/** Broadcast → Get: `GET /v1/broadcasts/{broadcastId}`, one broadcast with its totals. */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	action: 'Get a broadcast',
	description: 'Get one broadcast with its totals',
	method: 'GET',
	path: '/v1/broadcasts/{broadcastId}',
	...broadcastPath,
	fields: [broadcastIdField],
});
