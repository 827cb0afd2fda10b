import { defineOperation } from '../../../shared/operation';
import {
	extraQueryParameters,
	FEED_QUERY,
	feedOptions,
	feedPaging,
	PAGING_FIELDS,
} from '../../helpers/feed';
import { broadcastIdField, broadcastPath } from './common';

/**
 * Broadcast → Get Results: `GET /v1/broadcasts/{broadcastId}/details`, the call or text result
 * for each phone number, a feed paged by its `Next` link (helpers/feed.ts).
 */
export const getDetails = defineOperation({
	value: 'getDetails',
	name: 'Get Results',
	action: 'Get the results of a broadcast',
	description: 'The call or text result for each phone number of a broadcast',
	method: 'GET',
	path: '/v1/broadcasts/{broadcastId}/details',
	...broadcastPath,
	query: FEED_QUERY,
	paging: { pages: feedPaging },
	hooks: { preSend: [extraQueryParameters] },
	fields: [broadcastIdField, ...PAGING_FIELDS, feedOptions()],
});
