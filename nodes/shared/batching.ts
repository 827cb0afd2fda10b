import {
	NodeApiError,
	NodeOperationError,
	type DeclarativeRestApiSettings,
	type IDataObject,
	type IExecutePaginationFunctions,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeExecutionData,
	type IPairedItemData,
} from 'n8n-workflow';

import { PerRun, runKeyOf } from './runScope';

/**
 * Sending many n8n items in few requests, for the endpoints that take arrays (CallFire's bulk
 * sends, one PhoneBurner dial session or one Call-Em-All broadcast for all items).
 *
 * n8n's declarative engine prepares every item's request (its preSend hooks) and then starts
 * all of them at once, each through the operation's executor. A batched operation's executor
 * does not send its item's request: it hands the item's entries to the run's `BatchRun`, which
 * waits until every item of the run has either handed in its entries or failed to build its
 * request, then sends the entries in as few requests as the vendor allows and gives each item
 * back its share of the answers.
 *
 * Which items take part is known without guessing: the engine calls the first preSend of every
 * item synchronously while it loops over the items (`enterBatch`, put first by `batchGuard`),
 * so by the time any item's asynchronous work goes on, the set of items is complete.
 */
/** A request as the declarative engine holds it while preparing it. */
export type BatchRequestOptions = DeclarativeRestApiSettings.ResultOptions['options'];

export interface ItemBatching {
	/** The most entries one request may carry; `Infinity` puts everything in one request. */
	maxEntries(context: IExecuteSingleFunctions): number;
	/** Takes this item's entries out of its prepared request; what is left is shared. */
	take(options: BatchRequestOptions): unknown[];
	/** Puts the entries of one request into a copy of the shared part. */
	put(options: BatchRequestOptions, entries: unknown[]): void;
	/**
	 * How an answer is handed back:
	 * - `perEntry`: the answer's `items` (or the answer itself, when it is an array) hold one
	 *   result per entry, in order, and each goes to the item the entry came from;
	 * - `echo`: the answer carries nothing per entry, so each entry is returned as sent;
	 * - `once`: one output item for the whole request, paired with every item in it.
	 */
	output: 'perEntry' | 'echo' | 'once';
	/** For `echo`: the field name under which a plain (non-object) entry is returned. */
	echoKey?: string;
	/**
	 * `shared`: items whose shared part differs (another list ID, other flags) go in separate
	 * requests. `first`: the first item's shared part is used for all (one session, one
	 * broadcast, built from all items).
	 */
	grouping: 'shared' | 'first';
	/** Whether this item is sent by itself after all (e.g. the user chose one request per item). */
	alone?(context: IExecuteSingleFunctions): boolean;
	/**
	 * Entries of different groups never share a request (e.g. list items given as phone numbers
	 * and list items given as contact IDs go in separate requests).
	 */
	entryGroup?(entry: unknown): string;
	/** For `echo`: how an entry is returned (by default as sent, or `{[echoKey]: entry}`). */
	echo?(entry: unknown): IDataObject;
	/**
	 * For `perEntry`: how results are paired with entries when the answer holds another number
	 * of results than entries were sent (the vendor skipped some). Without it, or when neither
	 * side has keys, no entry is taken as done on the answer's word.
	 */
	match?: EntryMatching;
}

export interface EntryMatching {
	/** What identifies an entry, e.g. `n:2135551100` for its number, `c:42` for its contact. */
	entryKeys(entry: unknown): string[];
	/** The same for one result of the answer. */
	resultKeys(result: IDataObject): string[];
	/** The error of an entry the answer has no result for. */
	missing(entry: unknown, counts: MissingCounts): { message: string; description: string };
}

export interface MissingCounts {
	/** Entries in the request. */
	sent: number;
	/** Results in the answer. */
	answered: number;
	/** Results that name nothing that was sent: one of them may belong to this entry. */
	unpaired: number;
}

interface Submission {
	context: IExecutePaginationFunctions;
	requestData: DeclarativeRestApiSettings.ResultOptions;
	entries: unknown[];
	key: string;
}

type Outcome = { ok: true; submission: Submission } | { ok: false; error: unknown };

interface PlannedRequest {
	submission: Submission;
	entries: unknown[];
	owners: number[];
}

/**
 * Errors of items that failed to build their request, handed to the other items of the run
 * when the run stops without sending (no Continue On Fail): they are rethrown as they are.
 */
const stoppers = new WeakSet<object>();

export function stopsTheRun(error: unknown): boolean {
	return typeof error === 'object' && error !== null && stoppers.has(error);
}

/** n8n's own error types pass unchanged; anything else becomes a NodeOperationError. */
export function asNodeError(
	context: IExecuteSingleFunctions,
	error: unknown,
): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	return new NodeOperationError(context.getNode(), error as Error, {
		itemIndex: context.getItemIndex(),
	});
}

/** What one item gets back: its output items, or the error of the request its entries went in. */
export type BatchShare =
	| { ok: true; items: INodeExecutionData[] }
	| { ok: false; error: unknown; context: IExecutePaginationFunctions };

/** Sends one request (with the vendor's retries) and returns the engine's items for it. */
export type BatchSender = (
	context: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
) => Promise<INodeExecutionData[]>;

class BatchRun {
	/** Items enrolled and not yet sent. */
	private pending: number[] = [];
	/** How many of `pending` have no outcome yet (kept, so a check is not a scan). */
	private undecided = 0;
	private readonly outcomes = new Map<number, Outcome>();
	private readonly waiters = new Map<number, (share: BatchShare) => void>();
	private maxEntries = Infinity;
	private flushing = false;

	constructor(
		private readonly batching: ItemBatching,
		private readonly send: BatchSender,
	) {}

	/** Enrols an item; the entry limit is read from the first item only. */
	enter(itemIndex: number, maxEntries: () => number): void {
		if (this.pending.length === 0 && this.outcomes.size === 0) this.maxEntries = maxEntries();
		this.pending.push(itemIndex);
		this.undecided += 1;
	}

	fail(itemIndex: number, error: unknown): void {
		this.decide(itemIndex, { ok: false, error });
	}

	async submit(itemIndex: number, submission: Submission): Promise<BatchShare> {
		const share = new Promise<BatchShare>((resolve) => this.waiters.set(itemIndex, resolve));
		this.decide(itemIndex, { ok: true, submission });
		return await share;
	}

	private decide(itemIndex: number, outcome: Outcome): void {
		if (!this.outcomes.has(itemIndex)) this.undecided -= 1;
		this.outcomes.set(itemIndex, outcome);
		this.maybeFlush();
	}

	private maybeFlush(): void {
		if (this.flushing || this.pending.length === 0 || this.undecided > 0) return;
		// Normally every item is enrolled before any is ready. When the user spaces requests
		// out (n8n's Request Options > Batching), later items join a following round.
		const round = this.pending;
		this.pending = [];
		this.flushing = true;
		void this.flush(round).finally(() => {
			this.flushing = false;
			this.maybeFlush();
		});
	}

	/**
	 * Builds the requests: groups by shared part (and by entry group, when the batching has
	 * one), then cuts each group at the entry limit.
	 */
	plan(round: number[]): PlannedRequest[] {
		const groups = new Map<string, { shared: Submission; members: Array<[number, unknown]> }>();
		// The shared part of a group is its first item's, even when that item has no entries.
		const firstOf = new Map<string, Submission>();
		const entryGroup = this.batching.entryGroup;
		for (const index of [...round].sort((a, b) => a - b)) {
			const outcome = this.outcomes.get(index);
			if (!outcome?.ok) continue;
			const key = this.batching.grouping === 'first' ? '' : outcome.submission.key;
			if (!firstOf.has(key)) firstOf.set(key, outcome.submission);
			const shared = firstOf.get(key)!;
			for (const entry of outcome.submission.entries) {
				const groupKey = entryGroup ? `${key}\u0000${entryGroup(entry)}` : key;
				const group = groups.get(groupKey) ?? { shared, members: [] };
				group.members.push([index, entry]);
				groups.set(groupKey, group);
			}
		}
		const limit = Math.max(1, this.maxEntries);
		const requests: PlannedRequest[] = [];
		for (const { shared, members } of groups.values()) {
			let current: PlannedRequest | undefined;
			for (const [index, entry] of members) {
				if (!current || current.entries.length >= limit) {
					current = { submission: shared, entries: [], owners: [] };
					requests.push(current);
				}
				current.entries.push(entry);
				current.owners.push(index);
			}
		}
		return requests;
	}

	private async flush(round: number[]): Promise<void> {
		const shares = new Map<number, INodeExecutionData[]>();
		const failed = new Map<number, BatchShare>();
		// Without Continue On Fail, one item that cannot be sent stops the node: nothing is sent.
		const firstFailure = [...round]
			.sort((a, b) => a - b)
			.map((index) => this.outcomes.get(index))
			.find((outcome) => outcome && !outcome.ok);
		const submitted = round.map((index) => this.outcomes.get(index)).find((outcome) => outcome?.ok);
		if (
			firstFailure &&
			!firstFailure.ok &&
			submitted?.ok &&
			!submitted.submission.context.continueOnFail()
		) {
			if (typeof firstFailure.error === 'object' && firstFailure.error !== null)
				stoppers.add(firstFailure.error);
			for (const index of round) {
				const outcome = this.outcomes.get(index);
				if (outcome?.ok)
					failed.set(index, {
						ok: false,
						error: firstFailure.error,
						context: outcome.submission.context,
					});
			}
			round = [];
			for (const [index, share] of failed) this.waiters.get(index)?.(share);
			for (const index of failed.keys()) this.waiters.delete(index);
			return;
		}
		try {
			await this.sendRound(round, shares, failed);
		} catch (error) {
			// Never leave an item waiting, whatever went wrong.
			for (const index of round) {
				const outcome = this.outcomes.get(index);
				if (outcome?.ok && !failed.has(index))
					failed.set(index, { ok: false, error, context: outcome.submission.context });
			}
		}
		for (const index of round) {
			const resolve = this.waiters.get(index);
			if (!resolve) continue;
			this.waiters.delete(index);
			resolve(failed.get(index) ?? { ok: true, items: shares.get(index) ?? [] });
		}
	}

	private async sendRound(
		round: number[],
		shares: Map<number, INodeExecutionData[]>,
		failed: Map<number, BatchShare>,
	): Promise<void> {
		// One request after the other: a vendor sees a steady stream, never a burst.
		for (const request of this.plan(round)) {
			const { submission } = request;
			const options: BatchRequestOptions = {
				...submission.requestData.options,
				qs: { ...(submission.requestData.options.qs ?? {}) },
				headers: { ...(submission.requestData.options.headers ?? {}) },
			};
			this.batching.put(options, request.entries);
			try {
				const answer = await this.send(submission.context, {
					...submission.requestData,
					options,
				});
				this.distribute(request.entries, request.owners, answer, shares, failed);
			} catch (error) {
				for (const owner of new Set(request.owners)) {
					const outcome = this.outcomes.get(owner);
					if (outcome?.ok && !failed.has(owner)) {
						failed.set(owner, { ok: false, error, context: outcome.submission.context });
					}
				}
			}
		}
	}

	private distribute(
		entries: unknown[],
		owners: number[],
		answer: INodeExecutionData[],
		shares: Map<number, INodeExecutionData[]>,
		failed: Map<number, BatchShare>,
	): void {
		const add = (owner: number, item: INodeExecutionData) => {
			const list = shares.get(owner) ?? [];
			list.push(item);
			shares.set(owner, list);
		};
		const json = (answer[0]?.json ?? {}) as IDataObject;
		if (this.batching.output === 'once') {
			const distinct = [...new Set(owners)];
			const paired: IPairedItemData[] = distinct.map((item) => ({ item }));
			for (const item of answer) add(distinct[0], { ...item, pairedItem: paired });
			return;
		}
		const results = Array.isArray(json.items)
			? (json.items as IDataObject[])
			: answer.length > 1
				? answer.map((item) => item.json)
				: undefined;
		if (this.batching.output === 'perEntry' && results) {
			if (results.length === entries.length) {
				results.forEach((result, k) =>
					add(owners[k], { json: result, pairedItem: { item: owners[k] } }),
				);
				return;
			}
			this.pairByKeys(entries, owners, results, add, failed);
			return;
		}
		// Nothing per entry in the answer: each entry is returned as it was sent.
		const key = this.batching.echoKey ?? 'value';
		entries.forEach((entry, k) => {
			const sent =
				this.batching.echo?.(entry) ??
				(entry !== null && typeof entry === 'object' ? (entry as IDataObject) : { [key]: entry });
			add(owners[k], { json: { ...sent, success: true }, pairedItem: { item: owners[k] } });
		});
	}

	/**
	 * The answer holds another number of results than entries were sent: the vendor skipped
	 * some. Results are paired with entries by their keys (a phone number, a contact ID), in
	 * order; an entry left without a result is an error, never a success. Results that name
	 * nothing that was sent are still returned, paired with every item they may belong to.
	 */
	private pairByKeys(
		entries: unknown[],
		owners: number[],
		results: IDataObject[],
		add: (owner: number, item: INodeExecutionData) => void,
		failed: Map<number, BatchShare>,
	): void {
		const match = this.batching.match;
		const entryKeys = entries.map((entry) => new Set(match?.entryKeys(entry) ?? []));
		const paired: Array<IDataObject | undefined> = entries.map(() => undefined);
		const unpaired: IDataObject[] = [];
		let cursor = 0;
		const fits = (k: number, keys: string[]) =>
			paired[k] === undefined && keys.some((key) => entryKeys[k].has(key));
		for (const result of results) {
			const keys = match?.resultKeys(result) ?? [];
			let found = -1;
			if (keys.length > 0) {
				for (let k = cursor; k < entries.length && found < 0; k++) if (fits(k, keys)) found = k;
				for (let k = 0; k < cursor && found < 0; k++) if (fits(k, keys)) found = k;
			}
			if (found < 0) {
				unpaired.push(result);
				continue;
			}
			paired[found] = result;
			cursor = found + 1;
		}
		const counts: MissingCounts = {
			sent: entries.length,
			answered: results.length,
			unpaired: unpaired.length,
		};
		const left: number[] = [];
		entries.forEach((entry, k) => {
			const owner = owners[k];
			const result = paired[k];
			if (result !== undefined) {
				add(owner, { json: result, pairedItem: { item: owner } });
				return;
			}
			left.push(owner);
			const outcome = this.outcomes.get(owner);
			if (!outcome?.ok || failed.has(owner)) return;
			const { context } = outcome.submission;
			const { message, description } = match?.missing(entry, counts) ?? {
				message: 'The answer has no result for this entry',
				description: `${counts.answered} results came back for ${counts.sent} entries`,
			};
			const error = new NodeOperationError(context.getNode(), message, {
				itemIndex: owner,
				description,
			});
			if (!context.continueOnFail()) {
				failed.set(owner, { ok: false, error, context });
				return;
			}
			add(owner, {
				json: { error: message, description },
				error,
				pairedItem: { item: owner },
			});
		});
		if (unpaired.length === 0) return;
		const candidates = [...new Set(left.length > 0 ? left : owners)];
		for (const result of unpaired) {
			add(candidates[0], { json: result, pairedItem: candidates.map((item) => ({ item })) });
		}
	}
}

/** The batch of the current node run (see `runScope.ts`). */
const runs = new PerRun<BatchRun | undefined>();

function runOf(
	context: IExecuteSingleFunctions,
	batching: ItemBatching,
	send?: BatchSender,
): BatchRun | undefined {
	const existing = runs.peek(context);
	if (existing || !send) return existing;
	// Outside a node run there is no batch: the item is sent by itself.
	if (!runKeyOf(context)) return undefined;
	return runs.get(context, () => new BatchRun(batching, send));
}

type PreSend = (
	this: IExecuteSingleFunctions,
	options: IHttpRequestOptions,
) => Promise<IHttpRequestOptions>;

/**
 * Wraps a batched operation's preSend hooks into one, which must be the operation's only
 * preSend (its fields must not add their own): it enrols the item in the run before anything
 * can fail, and reports a failed item so the others do not wait for it.
 */
export function batchGuard(
	batching: ItemBatching,
	send: BatchSender,
	preSend: PreSend[] = [],
): PreSend {
	return async function enterBatch(this: IExecuteSingleFunctions, options) {
		const itemIndex = this.getItemIndex();
		let run: BatchRun | undefined;
		try {
			if (!batching.alone?.(this)) {
				run = runOf(this, batching, send);
				run?.enter(itemIndex, () => batching.maxEntries(this));
			}
			let prepared = options;
			for (const hook of preSend) prepared = await hook.call(this, prepared);
			return prepared;
		} catch (error) {
			run?.fail(itemIndex, error);
			throw asNodeError(this, error);
		}
	};
}

/** The executor's part: hands this item's entries to its run and waits for its share. */
export async function sendInBatch(
	context: IExecutePaginationFunctions,
	batching: ItemBatching,
	requestData: DeclarativeRestApiSettings.ResultOptions,
	sendAlone: BatchSender,
): Promise<BatchShare> {
	const run = batching.alone?.(context) ? undefined : runOf(context, batching);
	if (!run) {
		// Sent by itself (chosen so, or not started through the guard): the request as prepared.
		try {
			const items = await sendAlone(context, requestData);
			for (const item of items) item.pairedItem = { item: context.getItemIndex() };
			return { ok: true, items };
		} catch (error) {
			return { ok: false, error, context };
		}
	}
	const options = { ...requestData.options };
	const entries = batching.take(options);
	const key = JSON.stringify([options.method, options.url, options.qs ?? {}, options.body ?? null]);
	return await run.submit(context.getItemIndex(), {
		context,
		requestData: { ...requestData, options },
		entries,
		key,
	});
}
