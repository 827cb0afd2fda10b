import type { IDataObject } from 'n8n-workflow';

import { isObject } from '../../shared/json';
import type { ListPaging } from '../../shared/vendor';
import { describeEvent } from './eventTypes';

/**
 * How the PBX answers a list: Call Summary and Call Details pages. The doc gives the fields
 * but not the layout; the answers are read bare (`{"<callId>": {…}, "currentPage": 1, …}`),
 * wrapped in `data`, or with a `calls` / `events` list (see the README's doc choices).
 */

/** Rows a Call Summary page holds. */
export const PRIMEVOX_PAGE_SIZE = 500;

const PAGE_KEYS = new Set([
	'currentResultSize',
	'currentPage',
	'maxResultSize',
	'maxPages',
	'utcOffset',
]);

const DIRECTION_NAMES: Record<string, string> = {
	'1': 'inbound',
	'2': 'outbound',
	'3': 'internal',
};

/** The object that holds the rows and paging numbers: the body itself, or its `data`. */
function rowContainers(body: unknown): IDataObject[] {
	if (!isObject(body)) return [];
	const containers: IDataObject[] = [body];
	if (isObject(body.data)) containers.push(body.data);
	return containers;
}

function pageNumber(containers: IDataObject[], key: string): number | undefined {
	for (const container of containers) {
		const value = Number(container[key]);
		if (container[key] !== undefined && Number.isFinite(value)) return value;
	}
	return undefined;
}

/** Adds readable names beside the coded call fields, keeping the vendor's fields as they are. */
export function decorateCall(row: IDataObject, key?: string): IDataObject {
	const call: IDataObject = { ...row };
	if (call.callUuid === undefined && key !== undefined) call.callUuid = key;
	const direction = DIRECTION_NAMES[String(call.callDirection)];
	if (direction) call.callDirectionName = direction;
	return call;
}

/**
 * The calls of one Call Summary page. The API answers with an object keyed by call id; some
 * versions wrap it in `data`, and the paging numbers may stand beside the calls.
 */
export function callsOfPage(body: unknown): IDataObject[] {
	const calls: IDataObject[] = [];
	for (const container of rowContainers(body)) {
		const rows = Array.isArray(container.calls) ? (container.calls as unknown[]) : undefined;
		if (rows) {
			for (const row of rows) if (isObject(row)) calls.push(decorateCall(row));
			continue;
		}
		for (const [key, value] of Object.entries(container)) {
			if (PAGE_KEYS.has(key) || key === 'data' || !isObject(value)) continue;
			calls.push(decorateCall(value, key));
		}
	}
	return calls;
}

/** Call Summary: `page` 1, 2, … until `maxPages` (or a short page when it is not given). */
export const callListPaging: ListPaging = {
	start(options) {
		options.qs = { ...(options.qs ?? {}), page: 1 };
	},
	read(body, options) {
		const containers = rowContainers(body);
		const items = callsOfPage(body);
		const current =
			pageNumber(containers, 'currentPage') ?? Number((options.qs as IDataObject).page ?? 1);
		const maxPages = pageNumber(containers, 'maxPages');
		const more =
			items.length > 0 &&
			(maxPages !== undefined ? current < maxPages : items.length >= PRIMEVOX_PAGE_SIZE);
		if (more) (options.qs as IDataObject).page = current + 1;
		return { items, more };
	},
};

function eventsOfPage(body: unknown): IDataObject[] {
	const events: IDataObject[] = [];
	for (const container of rowContainers(body)) {
		const listed = container.events;
		const rows: unknown[] = Array.isArray(listed)
			? listed
			: isObject(listed)
				? Object.values(listed)
				: Object.values(container).filter(
						(value) => isObject(value) && value.eventType !== undefined,
					);
		for (const row of rows) if (isObject(row)) events.push(describeEvent(row));
	}
	return events;
}

/** The call's own fields of a Call Details answer (its paging numbers and events left out). */
export function callFieldsOf(body: unknown): IDataObject {
	const call: IDataObject = {};
	for (const container of rowContainers(body)) {
		for (const [key, value] of Object.entries(container)) {
			if (
				PAGE_KEYS.has(key) ||
				key === 'data' ||
				key === 'events' ||
				isObject(value) ||
				Array.isArray(value)
			)
				continue;
			call[key] = value;
		}
	}
	return decorateCall(call);
}

/**
 * Call Details pages: the call's own fields once, and its events from every page. The doc
 * lists the paging numbers of the answer but no `page` parameter; `page` is sent as in Call
 * Summary, and a PBX that ignores it answers page 1 again, which ends the list (PageGuard).
 */
export const callDetailsPaging: ListPaging = {
	start(options) {
		options.qs = { ...(options.qs ?? {}), page: 1 };
	},
	read(body, options) {
		const containers = rowContainers(body);
		const current =
			pageNumber(containers, 'currentPage') ?? Number((options.qs as IDataObject).page ?? 1);
		const maxPages = pageNumber(containers, 'maxPages') ?? 1;
		const events = eventsOfPage(body);
		const more = events.length > 0 && current < maxPages;
		if (more) (options.qs as IDataObject).page = current + 1;
		return { items: [{ ...callFieldsOf(body), events }], more };
	},
	finish(pages) {
		if (pages.length === 0) return [];
		const events = pages.flatMap((page) => (page.events as IDataObject[]) ?? []);
		return [{ ...pages[0], events }];
	},
};
