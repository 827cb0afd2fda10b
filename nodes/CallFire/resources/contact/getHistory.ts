import type { IDataObject } from 'n8n-workflow';

import { RETURN_ALL } from '../../../shared/descriptions';
import { defineOperation } from '../../../shared/operation';
import type { ListPaging } from '../../../shared/vendor';
import { LIMIT_FIELD, queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_MAX_PAGE, CALLFIRE_REQUEST } from '../../transport';
import { contactIdField } from './common';

/**
 * A contact's history is one object, `{id, calls[], texts[]}`, paged with `limit`/`offset` over
 * both lists at once. Return All fetches pages until both lists come back short; the pages are
 * merged into one item with the contact's calls and texts.
 */
export const contactHistoryPaging: ListPaging = {
	start(options, wanted) {
		options.qs = options.qs ?? {};
		options.qs.limit = Math.min(wanted ?? CALLFIRE_MAX_PAGE, CALLFIRE_MAX_PAGE);
		options.qs.offset = Number(options.qs.offset ?? 0);
	},
	read(body, options, _received, wanted) {
		const page = (body && typeof body === 'object' ? body : {}) as IDataObject;
		const qs = (options.qs = options.qs ?? {});
		const limit = Number(qs.limit);
		const longest = Math.max(
			...['calls', 'texts'].map((key) => (Array.isArray(page[key]) ? page[key].length : 0)),
		);
		qs.offset = Number(qs.offset ?? 0) + limit;
		return { items: [page], more: wanted === undefined && longest > 0 && longest >= limit };
	},
	finish(pages) {
		const history: IDataObject = { ...(pages[0] ?? {}) };
		for (const key of ['calls', 'texts']) {
			if (pages.some((page) => Array.isArray(page[key]))) {
				history[key] = pages.flatMap((page) =>
					Array.isArray(page[key]) ? (page[key] as IDataObject[]) : [],
				);
			}
		}
		return [history];
	},
};

/** Contact → Get History: `GET /contacts/{id}/history` (doc line 7333). */
export const getHistory = defineOperation({
	value: 'getHistory',
	name: 'Get History',
	action: 'Get contact history',
	description: "Get a contact's calls and texts as one item",
	method: 'GET',
	path: '/contacts/{contactId}/history',
	query: { fields: 'contactOptions.fields' },
	paging: { pages: contactHistoryPaging },
	request: CALLFIRE_REQUEST,
	fields: [
		contactIdField,
		RETURN_ALL,
		{
			...LIMIT_FIELD,
			hint: 'A history is one item: this is the most calls and the most texts it holds',
		},
		queryOptions('contactOptions', []),
	],
});
