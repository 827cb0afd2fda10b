import { defineOperation } from '../../../shared/operation';
import { CONTACT_FILTER_QUERY, contactFilterOptions } from '../../helpers/contacts';
import {
	extraQueryParameters,
	FEED_QUERY,
	feedOptions,
	feedPaging,
	PAGING_FIELDS,
} from '../../helpers/feed';
import { listIdField, listPath } from './common';

/**
 * Contact List → Get Contacts: `GET /v1/lists/{listId}/contacts`, a feed paged by its `Next`
 * link (helpers/feed.ts), searched with plain `FirstName=…` filters on the contact's fields.
 */
export const getContacts = defineOperation({
	value: 'getContacts',
	name: 'Get Contacts',
	action: 'Get the contacts of a list',
	method: 'GET',
	path: '/v1/lists/{listId}/contacts',
	...listPath,
	query: { ...FEED_QUERY, ...CONTACT_FILTER_QUERY },
	paging: { pages: feedPaging },
	hooks: { preSend: [extraQueryParameters] },
	fields: [listIdField, ...PAGING_FIELDS, feedOptions(contactFilterOptions)],
});
