import {
	NodeConnectionTypes,
	NodeOperationError,
	type IDataObject,
	type IHttpRequestOptions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
	type IPollFunctions,
} from 'n8n-workflow';

import { PageGuard } from '../shared/paging';
import { feedPaging } from './helpers/feed';
import { callEmAllRequest } from './transport';

/** How many opt-outs are remembered for deduplication. */
export const SEEN_OPT_OUTS_KEPT = 5000;
/** How many broadcasts' last status is remembered (also the most Broadcasts to Check allows). */
export const BROADCASTS_KEPT = 5000;
/** How many items Fetch Test Event shows. */
export const SAMPLE_SIZE = 5;
const MAX_PAGES_PER_POLL = 100;
const PAGE_SIZE = 100;
const DAY_MS = 24 * 60 * 60 * 1000;
/** How far back Fetch Test Event looks for opt-outs. */
const SAMPLE_DAYS = 30;

export const WATCH_OPT_OUTS = 'optOut';
export const WATCH_BROADCASTS = 'broadcastStatus';

interface OptOutState {
	/** When the last poll ran (ISO). */
	since?: string;
	seen?: string[];
}

interface BroadcastState {
	/** [BroadcastID, last status seen], most recently seen first. */
	statuses?: Array<[string, string]>;
}

interface PollState {
	optOuts?: OptOutState;
	broadcasts?: BroadcastState;
}

/** "2016-07-14 16:18:47-0500" (the API's format) or ISO, as epoch ms; NaN when it is neither. */
export function parseCallEmAllDate(value: unknown): number {
	const text = String(value ?? '').trim();
	const match =
		/^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?$/.exec(
			text,
		);
	if (!match) return Date.parse(text);
	const [, date, time, zone] = match;
	const offset =
		zone === undefined ? '' : zone === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
	return Date.parse(`${date}T${time}${offset}`);
}

function utcDay(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

/** One opt-out, as a key: the same number opting out of something else later is new again. */
export function optOutKey(optOut: IDataObject): string {
	return [
		optOut.PhoneNumber,
		optOut.OptOutDate,
		optOut.DoNotCall,
		optOut.DoNotText,
		optOut.GlobalOptOut,
	]
		.map((part) => String(part ?? ''))
		.join('|');
}

/** A broadcast's ID: its BroadcastID, or the last part of its Uri ("/v1/broadcasts/23718"). */
export function broadcastId(broadcast: IDataObject): string {
	if (broadcast.BroadcastID !== undefined && broadcast.BroadcastID !== null) {
		return String(broadcast.BroadcastID);
	}
	const match = /\/broadcasts\/([^/?#]+)\/?$/.exec(String(broadcast.Uri ?? ''));
	return match ? match[1] : '';
}

/** Reads a feed, following `Next`, up to `maxItems` items and `maxPages` pages. */
async function readFeed(
	context: IPollFunctions,
	url: string,
	qs: IDataObject,
	maxItems: number,
	maxPages = MAX_PAGES_PER_POLL,
): Promise<IDataObject[]> {
	const request: IHttpRequestOptions = { method: 'GET', url, qs: { ...qs } };
	feedPaging.start(request, undefined);
	const collected: IDataObject[] = [];
	const guard = new PageGuard('Call-Em-All feed');
	for (let page = 0; page < maxPages; page++) {
		const body = await callEmAllRequest(context, request);
		const { items, more } = feedPaging.read(body, request, collected.length, undefined);
		// A feed whose Next gives back a page already read ends here.
		if (!guard.isNew(items)) break;
		collected.push(...items);
		if (!more || collected.length >= maxItems) break;
	}
	return collected.slice(0, maxItems);
}

function byDate(field: string, newestFirst: boolean) {
	return (a: IDataObject, b: IDataObject): number => {
		const left = parseCallEmAllDate(a[field]);
		const right = parseCallEmAllDate(b[field]);
		const diff = (Number.isNaN(left) ? 0 : left) - (Number.isNaN(right) ? 0 : right);
		return newestFirst ? -diff : diff;
	};
}

/**
 * One poll's findings and what the trigger should remember after it. The memory is only
 * written once every part of the poll has succeeded, so a failure (say, reading broadcasts
 * after opt-outs were found) loses nothing: the next poll finds the same things again.
 */
interface Finding<T> {
	items: IDataObject[];
	remember?: T;
}

async function pollOptOuts(
	context: IPollFunctions,
	state: PollState,
	isManual: boolean,
	now: number,
): Promise<Finding<OptOutState>> {
	if (isManual) {
		// A sample of the latest opt-outs; the trigger's memory is neither read nor changed.
		const recent = await readFeed(
			context,
			'/v1/optouts',
			{ 'date-from': utcDay(now - SAMPLE_DAYS * DAY_MS), pagesize: PAGE_SIZE },
			PAGE_SIZE,
			1,
		);
		return { items: recent.sort(byDate('OptOutDate', true)).slice(0, SAMPLE_SIZE) };
	}

	const previous = state.optOuts;
	const since = previous?.since ? Date.parse(previous.since) : now;
	// A day of overlap: the API filters by calendar day, in its own time zone.
	const windowStart = (Number.isNaN(since) ? now : since) - DAY_MS;
	const optOuts = await readFeed(
		context,
		'/v1/optouts',
		{ 'date-from': utcDay(windowStart), pagesize: PAGE_SIZE },
		Number.POSITIVE_INFINITY,
	);

	const seen = new Set(previous?.seen ?? []);
	const fresh: IDataObject[] = [];
	for (const optOut of optOuts) {
		const key = optOutKey(optOut);
		if (seen.has(key)) continue;
		seen.add(key);
		// Older than the window: long known, even if no longer remembered (or the API ignored date-from).
		const at = parseCallEmAllDate(optOut.OptOutDate);
		if (!Number.isNaN(at) && at < windowStart) continue;
		fresh.push(optOut);
	}
	const remember = {
		since: new Date(now).toISOString(),
		seen: [...seen].slice(-SEEN_OPT_OUTS_KEPT),
	};
	// The first poll after activation only learns what is already there.
	if (!previous) return { items: [], remember };
	return { items: fresh.sort(byDate('OptOutDate', false)), remember };
}

async function pollBroadcasts(
	context: IPollFunctions,
	state: PollState,
	isManual: boolean,
	options: IDataObject,
): Promise<Finding<BroadcastState>> {
	const known = new Map(state.broadcasts?.statuses ?? []);
	const qs = { sortby: '-CreatedDate', pagesize: isManual ? SAMPLE_SIZE : PAGE_SIZE };

	if (isManual) {
		const latest = await readFeed(context, '/v1/broadcasts', qs, SAMPLE_SIZE, 1);
		return {
			items: latest.map((broadcast) => ({
				...broadcast,
				BroadcastID: broadcast.BroadcastID ?? (broadcastId(broadcast) || null),
				previousStatus: known.get(broadcastId(broadcast)) ?? null,
			})),
		};
	}

	const limit = Math.min(Math.max(1, Number(options.maxBroadcasts ?? 500) || 500), BROADCASTS_KEPT);
	const includeNew = options.includeNewBroadcasts !== false;
	const broadcasts = await readFeed(context, '/v1/broadcasts', qs, limit);

	const firstPoll = state.broadcasts === undefined;
	const changed: IDataObject[] = [];
	const current = new Map<string, string>();
	for (const broadcast of broadcasts) {
		const id = broadcastId(broadcast);
		if (id === '' || current.has(id)) continue;
		const status = String(broadcast.BroadcastStatus ?? '');
		current.set(id, status);
		const before = known.get(id);
		if (firstPoll || before === status || (before === undefined && !includeNew)) continue;
		changed.push({
			...broadcast,
			BroadcastID: broadcast.BroadcastID ?? id,
			previousStatus: before ?? null,
		});
	}
	// This poll's broadcasts first, then those it did not see (kept in case they come back).
	for (const [id, status] of known) if (!current.has(id)) current.set(id, status);
	return {
		items: changed.reverse(),
		remember: { statuses: [...current].slice(0, BROADCASTS_KEPT) },
	};
}

export class CallEmAllPollTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Call-Em-All Poll Trigger',
		name: 'callEmAllPollTrigger',
		icon: { light: 'file:../../icons/callemall.svg', dark: 'file:../../icons/callemall.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{($parameter["watch"] || []).join(", ")}}',
		description:
			'Starts the workflow when a phone number opts out or a broadcast changes status in Call-Em-All (now called Text-Em-All), by checking on a schedule',
		defaults: { name: 'Call-Em-All Poll Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'callEmAllApi', required: true }],
		properties: [
			{
				displayName: 'Watch For',
				name: 'watch',
				type: 'multiOptions',
				required: true,
				default: [WATCH_OPT_OUTS],
				description: 'What starts the workflow. Each item says which it is in its "event" field.',
				options: [
					{
						name: 'Broadcast Status Changes',
						value: WATCH_BROADCASTS,
						description:
							'A broadcast whose status (e.g. Pending, In Progress, Complete) differs from the last check',
					},
					{
						name: 'New Opt-Outs',
						value: WATCH_OPT_OUTS,
						description: 'A phone number added to the do-not-call or do-not-text list',
					},
				],
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				displayOptions: { show: { watch: [WATCH_BROADCASTS] } },
				options: [
					{
						displayName: 'Broadcasts to Check',
						name: 'maxBroadcasts',
						type: 'number',
						default: 500,
						typeOptions: { minValue: 1, maxValue: BROADCASTS_KEPT },
						description:
							'How many of the newest broadcasts each check looks at; older ones are not watched',
					},
					{
						displayName: 'Include New Broadcasts',
						name: 'includeNewBroadcasts',
						type: 'boolean',
						default: true,
						description:
							'Whether a broadcast created since the last check also starts the workflow (its previous status is empty)',
					},
				],
			},
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const watch = this.getNodeParameter('watch', [WATCH_OPT_OUTS]) as string[];
		if (!Array.isArray(watch) || watch.length === 0) {
			throw new NodeOperationError(this.getNode(), 'Choose what to watch for', {
				description: 'Pick New Opt-Outs, Broadcast Status Changes or both.',
			});
		}
		const options = this.getNodeParameter('options', {}) as IDataObject;
		const state = this.getWorkflowStaticData('node') as PollState;
		const isManual = this.getMode() === 'manual';
		const now = Date.now();

		const optOuts = watch.includes(WATCH_OPT_OUTS)
			? await pollOptOuts(this, state, isManual, now)
			: undefined;
		const broadcasts = watch.includes(WATCH_BROADCASTS)
			? await pollBroadcasts(this, state, isManual, options)
			: undefined;
		// Every read succeeded: only now is the memory updated (Fetch Test Event never does).
		if (optOuts?.remember) state.optOuts = optOuts.remember;
		if (broadcasts?.remember) state.broadcasts = broadcasts.remember;

		const items: INodeExecutionData[] = [
			...(optOuts?.items ?? []).map((optOut) => ({ json: { event: 'optOut', ...optOut } })),
			...(broadcasts?.items ?? []).map((broadcast) => ({
				json: { event: 'broadcastStatusChange', ...broadcast },
			})),
		];
		return items.length ? [items] : null;
	}
}
