import { defineOperation } from '../../../shared/operation';
import { extraQueryParameters, FEED_QUERY, feedOptions, feedPaging } from '../../helpers/feed';

/** Contact List → Get Many: `GET /v1/lists`, a feed paged by its `Next` link (helpers/feed.ts). */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many contact lists',
	method: 'GET',
	path: '/v1/lists',
	query: FEED_QUERY,
	paging: { pages: feedPaging },
	hooks: { preSend: [extraQueryParameters] },
	fields: [feedOptions()],
});
