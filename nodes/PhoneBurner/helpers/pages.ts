import type { IDataObject } from 'n8n-workflow';

import { LIMIT, RETURN_ALL } from '../../shared/descriptions';
import type { FieldSpec } from '../../shared/operation';
import type { ListPaging } from '../../shared/vendor';
import { resourceRows, rowsOf, type OutputShape } from './answers';

/**
 * How PhoneBurner's lists come, as each doc section shows it:
 * - `pagedList`: the doc shows paging fields (`page` / `page_size` parameters, or `page` and
 *   `total_pages` in the example answer): the node asks for pages of up to 100 and follows
 *   `total_pages`;
 * - `wholeList`: the doc shows neither (GET /folders takes only `structure`, and its answer is
 *   the folders alone): one request, no paging parameters; Limit keeps the first entries.
 */

/** Paging through `page`/`page_size`, reading each page's rows where `shape` says. */
export function pagedList(shape: OutputShape): ListPaging {
	return {
		start(options, wanted) {
			const size = wanted === undefined ? 100 : Math.min(100, Math.max(1, wanted));
			options.qs = { ...(options.qs ?? {}), page: 1, page_size: size };
		},
		read(body, options) {
			const { rows, container } = resourceRows(body, shape) ?? rowsOf(body);
			const qs = options.qs as IDataObject;
			const page = Number(qs.page ?? 1);
			const size = Number(qs.page_size ?? 100);
			const totalPages = Number(container?.total_pages);
			// Without a page count, a full page suggests another; a longer one means the list
			// ignores page_size and has come whole. A page that repeats an earlier one ends the
			// list in the shared loop (PageGuard), whatever total_pages says.
			let more = rows.length > 0 && rows.length === size;
			if (container?.total_pages !== undefined && Number.isFinite(totalPages))
				more = page < totalPages && rows.length > 0;
			if (more) qs.page = page + 1;
			return { items: rows, more };
		},
	};
}

/** A list that comes whole in one answer: no paging parameters, never a second request. */
export function wholeList(shape: OutputShape): ListPaging {
	return {
		start() {},
		read(body) {
			const { rows } = resourceRows(body, shape) ?? rowsOf(body);
			return { items: rows, more: false };
		},
	};
}

const { displayOptions: limitShownWhen, ...limit } = LIMIT;

/**
 * Return All and Limit, for a list whose path has an ID to show first (the builder puts them in
 * front of the operation's fields otherwise). The same fields as the builder's.
 */
export const returnAllAndLimit: FieldSpec[] = [
	RETURN_ALL,
	{ ...limit, show: limitShownWhen?.show as FieldSpec['show'] },
];
