import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { LIMIT, RETURN_ALL } from '../../shared/descriptions';
import { isObject } from '../../shared/json';
import type { FieldSpec, ValueFormat, ValueTable } from '../../shared/operation';
import { readField } from '../../shared/request';
import type { ListPaging } from '../../shared/vendor';

/**
 * Call-Em-All's feeds (every list the API returns): `{Size, Items, Previous, Next}`, paged by
 * following `Next`, and the list options every feed operation offers.
 */

/** The most records one feed page is asked for; Return All asks for this many per page. */
export const MAX_PAGE_SIZE = 1000;

/**
 * Turns a feed's `Next` link into a request URL under /v1 (the doc's example drops the /v1).
 * Only the ends are trimmed, and spaces around the "?" and "&" between parameters (the doc's
 * example has "& BroadcastStatus=…"); spaces inside values are kept.
 */
export function nextUrl(next: string): string {
	const link = next.trim().replace(/\s*([?&])\s*/g, '$1');
	if (/^https?:\/\//i.test(link)) return link;
	const path = link.startsWith('/') ? link : `/${link}`;
	return path.startsWith('/v1/') ? path : `/v1${path}`;
}

/**
 * Feeds `{Size, Items, Previous, Next}`: follows `Next` until it is empty. Its query is part of
 * the link, so the request's own query is dropped for the following pages. Without a Page Size
 * the first request asks for the Limit, or for `MAX_PAGE_SIZE` with Return All.
 */
export const feedPaging: ListPaging = {
	start(options, wanted) {
		const qs = (options.qs ?? {}) as IDataObject;
		if (qs.pagesize === undefined) {
			qs.pagesize = wanted === undefined ? MAX_PAGE_SIZE : Math.min(wanted, MAX_PAGE_SIZE);
		}
		options.qs = qs;
	},
	read(body, options) {
		const feed = isObject(body) ? body : {};
		const items = (Array.isArray(feed.Items) ? feed.Items : []).filter(isObject);
		const next = typeof feed.Next === 'string' ? feed.Next.trim() : '';
		const more = next !== '' && items.length > 0;
		if (more) {
			options.url = nextUrl(next);
			options.qs = {};
		}
		return { items, more };
	},
};

/** Page Size as sent: a whole number from 1 to `MAX_PAGE_SIZE`. */
const pageSize: ValueFormat = (value) => Math.min(Math.max(1, Number(value) || 1), MAX_PAGE_SIZE);

/** The query every feed operation sends from its Options: sort order and page size. */
export const FEED_QUERY: ValueTable = {
	sortby: 'options.sortBy',
	pagesize: { from: 'options.pageSize', as: pageSize },
};

/**
 * preSend of every feed operation: Options → Extra Query Parameters, sent under their own
 * names (over anything else of the same name).
 */
export async function extraQueryParameters(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const query = readField(this, 'options.query') as IDataObject | undefined;
	const pairs = (query?.parameter as IDataObject[] | undefined) ?? [];
	if (pairs.length === 0) return requestOptions;
	const qs: IDataObject = { ...((requestOptions.qs as IDataObject) ?? {}) };
	for (const pair of pairs) {
		const name = String(pair.name ?? '').trim();
		if (name !== '') qs[name] = pair.value ?? '';
	}
	requestOptions.qs = qs;
	return requestOptions;
}

/** The Options of a feed operation: Extra Query Parameters, Page Size, Sort By and `more`. */
export function feedOptions(more: INodeProperties[] = []): FieldSpec {
	const options: INodeProperties[] = [
		{
			displayName: 'Extra Query Parameters',
			name: 'query',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			default: {},
			description:
				'Filters the API accepts as query parameters, e.g. a field name and the value it must equal',
			options: [
				{
					displayName: 'Parameter',
					name: 'parameter',
					values: [
						{ displayName: 'Name', name: 'name', type: 'string', default: '' },
						{ displayName: 'Value', name: 'value', type: 'string', default: '' },
					],
				},
			],
		},
		{
			displayName: 'Page Size',
			name: 'pageSize',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 100,
			description: 'How many records each request asks for',
		},
		{
			displayName: 'Sort By',
			name: 'sortBy',
			type: 'string',
			default: '',
			placeholder: 'e.g. -StartDate,CreatedDate',
			description:
				'Fields to sort by, separated by commas; a minus sign sorts that field newest or largest first',
		},
		...more,
	];
	options.sort((a, b) => a.displayName.localeCompare(b.displayName));
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options,
	};
}

/**
 * Return All and Limit, for a feed operation whose own field (the broadcast or list it reads)
 * comes before them; otherwise the builder puts them first.
 */
const { displayOptions: limitShown, ...limit } = LIMIT;

export const PAGING_FIELDS: FieldSpec[] = [
	RETURN_ALL as FieldSpec,
	{ ...limit, show: limitShown?.show } as FieldSpec,
];
