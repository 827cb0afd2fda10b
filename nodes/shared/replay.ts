import { createHash, randomUUID } from 'crypto';

import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	IWebhookFunctions,
} from 'n8n-workflow';

/**
 * The part of n8n's HTTP response (a Node.js `ServerResponse`) the memory watches: once it is
 * closed, its status says whether n8n started the workflow for that delivery.
 */
export interface WatchedResponse {
	statusCode?: number;
	writableFinished?: boolean;
	once?(event: 'close', listener: () => void): unknown;
}

interface Delivery {
	at: number;
	/** undefined while n8n has not answered the delivery yet (or the sender left before it did). */
	started?: boolean;
	/** Resolves when the answer to the delivery is closed. */
	answered?: Promise<void>;
	/** Kept only while the answer is unknown, then dropped (it holds the request). */
	response?: WatchedResponse;
}

/** Whether n8n's answer to a delivery says that it started the workflow. */
function answerStartedWorkflow(response: WatchedResponse): boolean {
	const status = response.statusCode ?? 200;
	return status < 400;
}

/**
 * Remembers the deliveries a webhook trigger has already turned into an execution, so that a
 * delivery sent again (a replay by someone who captured it, or a vendor's retry of one that did
 * arrive) does not start a second one.
 *
 * A delivery counts as remembered only once n8n has started its workflow. n8n answers a webhook
 * after the trigger has accepted it, and when it then cannot start the execution (an overloaded
 * instance: "There was a problem executing the workflow", 500) nothing ran: the sender's retry of
 * that delivery must start one, not be dropped as a duplicate. So the memory watches n8n's answer
 * to the first arrival; a second arrival while that answer is still pending waits for it.
 *
 * Kept in the memory of the n8n process that receives webhooks: bounded in size and age, and
 * empty again after a restart. A repeat that reaches another process (n8n's queue mode runs
 * several webhook processes) or arrives after a restart is caught by `dropProcessedDeliveries`,
 * which the execution runs first, against n8n's own deduplication store in its database.
 */
export class DeliveryMemory {
	private readonly seen = new Map<string, Delivery>();

	constructor(
		private readonly capacity = 10_000,
		private readonly maxAgeMs = 24 * 60 * 60 * 1000,
	) {}

	/**
	 * True when a delivery with this key started an execution before (and is still remembered).
	 * Otherwise remembers this delivery, watching `response` (n8n's answer to it) to learn whether
	 * its execution starts; without a response to watch, it counts as started.
	 */
	async repeated(key: string, response?: WatchedResponse, now = Date.now()): Promise<boolean> {
		const earlier = this.seen.get(key);
		if (earlier !== undefined && now - earlier.at < this.maxAgeMs) {
			if (earlier.started === undefined && earlier.answered) await earlier.answered;
			if (earlier.started === undefined && earlier.response) {
				earlier.started = answerStartedWorkflow(earlier.response);
				earlier.response = undefined;
			}
			if (earlier.started !== false) return true;
		}
		this.seen.delete(key);
		this.seen.set(key, this.watch(response, now));
		while (this.seen.size > this.capacity) {
			const oldest = this.seen.keys().next().value as string;
			this.seen.delete(oldest);
		}
		return false;
	}

	private watch(response: WatchedResponse | undefined, now: number): Delivery {
		if (typeof response?.once !== 'function') return { at: now, started: true };
		const delivery: Delivery = { at: now };
		delivery.answered = new Promise<void>((resolve) => {
			response.once!('close', () => {
				if (response.writableFinished === false) {
					// The sender left before n8n answered: n8n may still set the status it answers
					// with, so it is read when (if) the delivery arrives again.
					delivery.response = response;
				} else {
					delivery.started = answerStartedWorkflow(response);
				}
				delivery.answered = undefined;
				resolve();
			});
		});
		return delivery;
	}

	get size(): number {
		return this.seen.size;
	}
}

const memories = new Map<string, DeliveryMemory>();

/** Forgets every delivery this process remembers, as a restart does (tests use it). */
export function forgetDeliveries(): void {
	memories.clear();
}

/** The memory of one trigger node of one workflow. */
export function deliveryMemory(context: IWebhookFunctions): DeliveryMemory {
	const key = `${context.getWorkflow().id ?? ''}:${context.getNode().id ?? context.getNode().name}`;
	let memory = memories.get(key);
	if (!memory) {
		memory = new DeliveryMemory();
		memories.set(key, memory);
	}
	return memory;
}

/**
 * True when this webhook call repeats a delivery that already started an execution of this
 * trigger's workflow; otherwise the call is remembered, and counts once n8n starts its execution.
 */
export async function isRepeatedDelivery(
	context: IWebhookFunctions,
	...keyParts: Array<string | Buffer>
): Promise<boolean> {
	const response = context.getResponseObject() as unknown as WatchedResponse;
	const key = fingerprint(...keyParts);
	const repeated = await deliveryMemory(context).repeated(key, response);
	if (!repeated) keysOfRequests.set(context.getRequestObject(), key);
	return repeated;
}

/**
 * The item field that carries a delivery's fingerprint, and the process that accepted it, from
 * the webhook to its execution. It sits beside `json`, so it never shows in the trigger's output:
 * the trigger's `execute` (`dropProcessedDeliveries`) takes it off.
 */
export const DELIVERY_KEY = 'telephonyDelivery';

export interface DeliveryMark {
	key: string;
	/** The n8n process whose webhook accepted the delivery. */
	acceptedBy: string;
}

/** This n8n process, as the deliveries its webhooks accept are marked. */
export const THIS_PROCESS = randomUUID();

/** The fingerprint of the delivery each webhook request carried, once it passed the memory. */
const keysOfRequests = new WeakMap<object, string>();

/** The trigger's items for this webhook call, each marked with the delivery it came in. */
export function deliveryItems(
	context: IWebhookFunctions,
	items: INodeExecutionData[],
): INodeExecutionData[] {
	const key = keysOfRequests.get(context.getRequestObject());
	if (key === undefined) return items;
	const mark: DeliveryMark = { key, acceptedBy: THIS_PROCESS };
	return items.map((item) => ({ ...item, [DELIVERY_KEY]: mark as unknown as IDataObject }));
}

/** How many deliveries n8n's store remembers per trigger node. */
export const PROCESSED_DELIVERIES_KEPT = 10_000;

/**
 * The first step of a trigger's execution (its `execute`, which n8n runs with what the webhook
 * emitted, in whichever process runs the execution): when that is not the process whose webhook
 * accepted the delivery (n8n's queue mode: webhook processes accept, workers execute), drops the
 * items of a delivery an earlier execution of this trigger already had, and records the others.
 *
 * The record is n8n's own deduplication store (`checkProcessedAndRecord`, the one the Remove
 * Duplicates node uses), kept in n8n's database, so every n8n process sees it and it survives a
 * restart. n8n offers it to executing nodes only, not to webhook functions: that is why the check
 * happens here, and why a repeat that reached another webhook process starts an execution that
 * ends at the trigger with no items. A delivery counts once its execution started, as in the
 * process's own memory. When n8n runs as one process, that process's memory has already decided
 * and the store is left alone (it costs a database read and write per execution). Test runs from
 * the editor are neither checked nor recorded. When the store cannot be reached, the items go on:
 * a lost callback is worse than a rare repeat.
 */
export async function dropProcessedDeliveries(
	this: IExecuteFunctions,
): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const marks = items.map((item) => item[DELIVERY_KEY] as unknown as DeliveryMark | undefined);
	const clean = items.map((item) => {
		const { [DELIVERY_KEY]: mark, ...rest } = item;
		void mark;
		return rest as INodeExecutionData;
	});
	const elsewhere = marks.filter(
		(mark): mark is DeliveryMark =>
			typeof mark?.key === 'string' && mark.acceptedBy !== THIS_PROCESS,
	);
	if (elsewhere.length === 0 || this.getMode() === 'manual') return [clean];
	const processed = await processedBefore(this, [...new Set(elsewhere.map((mark) => mark.key))]);
	return [clean.filter((_, index) => !processed.has(String(marks[index]?.key)))];
}

/**
 * The store call each trigger node last queued in this process. The store reads its one row per
 * node, then writes it back whole, so two calls at once in one process would lose one's record:
 * calls for one node wait for each other here (a worker runs up to its concurrency at once).
 */
const storeTurns = new Map<string, Promise<void>>();

function inStoreTurn<T>(turnKey: string, call: () => Promise<T>): Promise<T> {
	const before = storeTurns.get(turnKey) ?? Promise.resolve();
	const turn = before.then(call);
	const settled = turn.then(
		() => undefined,
		() => undefined,
	);
	storeTurns.set(turnKey, settled);
	void settled.then(() => {
		if (storeTurns.get(turnKey) === settled) storeTurns.delete(turnKey);
	});
	return turn;
}

async function processedBefore(context: IExecuteFunctions, keys: string[]): Promise<Set<string>> {
	const record = context.helpers.checkProcessedAndRecord;
	if (typeof record !== 'function') return new Set();
	const turnKey = `${context.getWorkflow().id ?? ''}\u0000${context.getNode().id}`;
	return await inStoreTurn(turnKey, async () => await recordInStore(context, record, keys));
}

async function recordInStore(
	context: IExecuteFunctions,
	record: IExecuteFunctions['helpers']['checkProcessedAndRecord'],
	keys: string[],
): Promise<Set<string>> {
	const options = { mode: 'entries' as const, maxEntries: PROCESSED_DELIVERIES_KEPT };
	let failure: unknown;
	// The store reads, then writes its one row per node: two first executions at once can both
	// try to create that row, and the second then finds it on its next try.
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			const outcome = await record.call(context.helpers, keys, 'node', options);
			return new Set(outcome.processed.map(String));
		} catch (error) {
			failure = error;
		}
	}
	context.logger.warn(
		`n8n's deduplication store could not be read, so this delivery was not checked for an earlier arrival: ${
			failure instanceof Error ? failure.message : String(failure)
		}`,
	);
	return new Set();
}

/** A short, stable fingerprint of a delivery (its signature, or its body). */
export function fingerprint(...parts: Array<string | Buffer>): string {
	const hash = createHash('sha256');
	for (const part of parts) hash.update(part).update('\u0000');
	return hash.digest('base64url');
}
