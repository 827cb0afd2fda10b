import { defineOperation } from '../../../shared/operation';
import { CONTACT_FILTER_QUERY, contactFilterOptions } from '../../helpers/contacts';
import { extraQueryParameters, FEED_QUERY, feedOptions, feedPaging } from '../../helpers/feed';

/**
 * Contact → Get Many: `GET /v1/contacts`, a feed paged by its `Next` link (helpers/feed.ts),
 * searched with plain `FirstName=…` filters on the contact's own fields.
 */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many contacts',
	description: 'List or search contacts',
	method: 'GET',
	path: '/v1/contacts',
	query: { ...FEED_QUERY, ...CONTACT_FILTER_QUERY },
	paging: { pages: feedPaging },
	hooks: { preSend: [extraQueryParameters] },
	fields: [feedOptions(contactFilterOptions)],
});
