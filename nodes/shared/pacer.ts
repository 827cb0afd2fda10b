import { NodeOperationError, sleep, type IExecuteSingleFunctions, type INode } from 'n8n-workflow';

import { httpStatusOf, pauseBeforeRetry } from './retry';
import { PerRun } from './runScope';
import type { VendorHttp } from './vendor';

/**
 * # The request pacer: how fast one credential's requests leave this n8n process
 *
 * n8n's declarative engine starts every item's request at once (`routing-node.ts` pushes one
 * `makeRequest` per item and awaits them all), so 2,000 items would be 2,000 requests at the
 * vendor at the same moment. Every request of this package goes through the pacer first: the
 * executor's attempts (operations, pages, bulk requests) and `vendorRequest` (triggers,
 * dropdowns, hooks). It keeps, per credential:
 *
 * - **a limit on requests in flight** (sent and not yet answered): the rest wait their turn in
 *   order, retries first;
 * - **an optional rate** (requests per second) as a token bucket: a request leaves when a
 *   token is there; the bucket holds a twentieth of a second's tokens (at least one), so
 *   requests never leave in bursts a vendor would count against it;
 * - **adaptive limits on 429**: the Retry-After the vendor asked for holds every request of the
 *   credential, not only the refused one; the first 429 of a wave halves the in-flight limit
 *   (multiplicative decrease), each answered request after it raises it by 1/limit, so by one
 *   per round of requests (additive increase), until it is back where the 429s began. The same
 *   wave also caps the rate at half of the rate requests were leaving at (counted over the last
 *   second, or since the run began or the last Retry-After ended, whichever is later, and at
 *   least a tenth of a second), since an in-flight limit alone does not slow requests a vendor
 *   answers fast. Each answered request then raises that cap by a tenth of a request per second,
 *   so by 10 % a second at whatever rate it is, up to 80 % of the rate the 429 came at, then ten
 *   times slower (the vendor's limit lies below that rate, so the last stretch is probed) until
 *   it is back where the 429s began: a 2,000-item run that meets a 429 in its first second
 *   goes on near the vendor's rate within a few seconds, not a minute. Limits lowered by 429s
 *   are forgotten a minute after the last one.
 *
 * ## Scope: per credential, per n8n process
 * The state is kept in this module, by credential (type and ID): every run of every workflow in
 * this n8n process that uses the credential shares it, since a vendor limits the account, not
 * the workflow. Each run brings its own limits (the node's Options → Request Pacing, read once
 * per run): a request waits until fewer requests than *its* limit are in flight. Several n8n
 * processes (queue mode workers) each have their own pacer; see the README's "Rate limits".
 *
 * ## Every wait ends
 * A request waits for requests in flight (each ends with its answer or n8n's timeout), for a
 * token (at most 1/rate seconds), or for a Retry-After (capped at one minute, see `retry.ts`).
 * A timer is set only while a request waits for a token (it may end after that request has
 * gone, then does nothing), and a cancelled execution's requests leave the queue. Only
 * `sleep` from n8n-workflow is used: `sleepWithAbort` is missing from the n8n-workflow n8n
 * 2.40.7 loads nodes with, and calling it there left the waiting requests without a turn.
 */

/** Limits of one run; 0 means no limit. */
export interface PacingLimits {
	/** Requests sent and not yet answered, at most. */
	maxInFlight: number;
	/** Requests started per second, at most. */
	maxPerSecond: number;
}

/**
 * The limits when neither the vendor's docs nor the user say otherwise. None of the four
 * vendors publishes a limit (see the README's "Rate limits"), so 10 in flight, no rate, and the
 * 429s the vendors say they answer do the rest.
 */
export const DEFAULT_PACING: PacingLimits = { maxInFlight: 10, maxPerSecond: 0 };

/** After this long without a 429, a lowered in-flight limit is forgotten. */
const FORGET_AFTER_MS = 60_000;

/** What each answered request adds to a rate cap set by 429s (requests per second): 10 % a second. */
export const RATE_RECOVERY_PER_ANSWER = 0.1;

/**
 * Past this share of the rate the 429 came at, the cap rises ten times slower (1 % a second):
 * the vendor's limit lies below that rate, so the last stretch is probed, not rushed.
 */
export const RATE_PROBE_FROM = 0.8;

/** The shortest span a rate is measured over on a 429 (a run's first requests leave at once). */
const RATE_SPAN_MIN_MS = 100;

interface Waiter {
	limits: PacingLimits;
	resolve(slot: PacerSlot): void;
	reject(error: unknown): void;
	gone?: boolean;
	signal?: AbortSignal;
	onAbort?: () => void;
}

/** A queue that takes from the front without moving the rest (10,000 waiting items). */
class Fifo<T> {
	private items: T[] = [];
	private head = 0;

	get length(): number {
		return this.items.length - this.head;
	}

	push(item: T): void {
		this.items.push(item);
	}

	peek(): T | undefined {
		return this.items[this.head];
	}

	forEach(visit: (item: T) => void): void {
		for (let index = this.head; index < this.items.length; index++) visit(this.items[index]);
	}

	shift(): T | undefined {
		const item = this.items[this.head];
		this.head += 1;
		if (this.head > 1024 && this.head * 2 > this.items.length) {
			this.items = this.items.slice(this.head);
			this.head = 0;
		}
		return item;
	}
}

/** One request's turn: give it back with `done` once the request is answered. */
export class PacerSlot {
	private given = false;

	constructor(
		private readonly gate: CredentialGate,
		/** The order it was sent in, to tell a new wave of 429s from the answers of the last. */
		readonly sequence: number,
		/** Requests in flight when it was sent, itself included. */
		readonly inFlightWhenSent: number,
	) {}

	/**
	 * The request was answered (or failed, `failure`): the turn goes to the next one. A 429's
	 * `holdMs` (the wait before its retry) holds every request of the credential first, so
	 * none leaves between the 429 and its wait.
	 */
	done(failure?: unknown, holdMs?: number): void {
		if (this.given) return;
		this.given = true;
		if (holdMs !== undefined && httpStatusOf(failure) === 429) this.gate.holdFor(holdMs);
		this.gate.release(this, failure);
	}
}

/** What the pacer knows of one credential now (for tests and the bench). */
export interface PacerState {
	inFlight: number;
	waiting: number;
	/** The in-flight limit 429s have set, or Infinity when none is in force. */
	adaptiveLimit: number;
	/** The rate (per second) 429s have set, or Infinity when none is in force. */
	adaptiveRate: number;
	/** Whether a Retry-After holds the credential's requests. */
	held: boolean;
	sent: number;
	limited: number;
}

class CredentialGate {
	private inFlight = 0;
	private sequence = 0;
	private readonly retries = new Fifo<Waiter>();
	private readonly fresh = new Fifo<Waiter>();
	/** The token bucket, as the time its next token is due (GCRA's theoretical arrival time). */
	private nextTokenAt = 0;
	private adaptive = Infinity;
	private recoverAt = Infinity;
	private adaptiveRate = Infinity;
	private rateRecoverAt = Infinity;
	/** When the requests of the last second were sent (to cap the rate on a 429). */
	private readonly recentSends = new Fifo<number>();
	/** `sequence` when the last wave of 429s began: answers of requests sent before belong to it. */
	private waveSequence = -1;
	private lastLimitedAt = 0;
	/** Since when requests have been leaving: the first send, or the end of the last hold. */
	private activeSince = 0;
	private hold: Promise<void> | undefined;
	private holdEndsAt = 0;
	/**
	 * When the wait for the next token ends, while a request waits for one. Only `sleep` is
	 * used: n8n 2.40.7's n8n-workflow (2.40.1) has no `sleepWithAbort` in the build n8n loads
	 * nodes with, so a wait cannot be cancelled; a wait that is no longer the one due ends
	 * without doing anything.
	 */
	private timerDueAt: number | undefined;
	private sent = 0;
	private limited = 0;

	constructor(
		private readonly key: string,
		private readonly gates: Map<string, CredentialGate>,
	) {}

	state(): PacerState {
		return {
			inFlight: this.inFlight,
			waiting: this.retries.length + this.fresh.length,
			adaptiveLimit: this.adaptive,
			adaptiveRate: this.adaptiveRate,
			held: this.hold !== undefined,
			sent: this.sent,
			limited: this.limited,
		};
	}

	async acquire(
		limits: PacingLimits,
		options: { retry?: boolean; signal?: AbortSignal } = {},
	): Promise<PacerSlot> {
		if (Date.now() - this.lastLimitedAt > FORGET_AFTER_MS) {
			this.adaptive = Infinity;
			this.adaptiveRate = Infinity;
		}
		const { signal } = options;
		if (signal?.aborted) throw cancelled(signal);
		return await new Promise<PacerSlot>((resolve, reject) => {
			const waiter: Waiter = { limits, resolve, reject, signal };
			if (signal) {
				waiter.onAbort = () => {
					waiter.gone = true;
					reject(cancelled(signal));
					this.pump();
				};
				signal.addEventListener('abort', waiter.onAbort, { once: true });
			}
			(options.retry ? this.retries : this.fresh).push(waiter);
			try {
				this.pump();
			} catch (error) {
				// Never leave a waiter in the queue whose promise has ended: it would be given a
				// turn no one gives back.
				waiter.gone = true;
				reject(error);
			}
		});
	}

	/**
	 * Holds every request of the credential for `waitMs` (a Retry-After, with jitter), at once;
	 * the promise resolves when the hold ends. A later end replaces an earlier one, never the
	 * other way.
	 */
	holdFor(waitMs: number): Promise<void> {
		const endsAt = Date.now() + waitMs;
		if (!this.hold || endsAt > this.holdEndsAt) {
			this.holdEndsAt = endsAt;
			const hold: Promise<void> = pauseBeforeRetry(waitMs).then(() => {
				if (this.hold !== hold) return;
				this.hold = undefined;
				this.activeSince = Date.now();
				this.pump();
			});
			this.hold = hold;
		}
		return this.hold;
	}

	/** Resolves when no Retry-After holds the credential's requests. */
	async whenOpen(): Promise<void> {
		while (this.hold) await this.hold;
	}

	release(slot: PacerSlot, failure: unknown): void {
		const inFlightWhenAnswered = this.inFlight;
		this.inFlight -= 1;
		const newer = slot.sequence > this.waveSequence;
		if (failure !== undefined && httpStatusOf(failure) === 429) {
			this.limited += 1;
			this.lastLimitedAt = Date.now();
			if (newer) {
				// The first 429 of a wave: halve what was in flight (when it was sent or answered,
				// whichever was more). The others of the wave were
				// sent before anyone knew, so they do not halve it again.
				const base = Math.min(this.adaptive, Math.max(slot.inFlightWhenSent, inFlightWhenAnswered));
				this.adaptive = Math.max(1, Math.floor(base / 2));
				this.recoverAt = base;
				this.waveSequence = this.sequence;
				const rateBase = Math.min(this.adaptiveRate, this.sendRate());
				this.adaptiveRate = Math.max(1, rateBase / 2);
				this.rateRecoverAt = rateBase;
			}
		} else if (failure === undefined && newer) {
			if (this.adaptive !== Infinity) {
				this.adaptive += 1 / this.adaptive;
				if (this.adaptive >= this.recoverAt) this.adaptive = Infinity;
			}
			if (this.adaptiveRate !== Infinity) {
				this.adaptiveRate +=
					this.adaptiveRate < RATE_PROBE_FROM * this.rateRecoverAt
						? RATE_RECOVERY_PER_ANSWER
						: RATE_RECOVERY_PER_ANSWER / 10;
				if (this.adaptiveRate >= this.rateRecoverAt) this.adaptiveRate = Infinity;
			}
		}
		this.pump();
	}

	private sentInLastSecond(): number {
		const since = Date.now() - 1000;
		while ((this.recentSends.peek() ?? Infinity) < since) this.recentSends.shift();
		return this.recentSends.length;
	}

	/**
	 * The rate requests have been leaving at (per second): those sent in the last second, or
	 * since the run began or the last hold ended if that is later, over that span (at least
	 * RATE_SPAN_MIN_MS). At least 1.
	 */
	private sendRate(): number {
		const now = Date.now();
		this.sentInLastSecond();
		const since = Math.max(now - 1000, this.activeSince);
		let sent = 0;
		this.recentSends.forEach((at) => {
			if (at >= since) sent += 1;
		});
		const span = Math.max(RATE_SPAN_MIN_MS, now - since);
		return Math.max(1, (sent * 1000) / span);
	}

	private limitFor(limits: PacingLimits): number {
		const asked = limits.maxInFlight > 0 ? limits.maxInFlight : Infinity;
		return Math.max(1, Math.min(asked, Math.floor(this.adaptive)));
	}

	private next(): { queue: Fifo<Waiter>; waiter: Waiter } | undefined {
		for (const queue of [this.retries, this.fresh]) {
			while (queue.peek()?.gone) queue.shift();
			const waiter = queue.peek();
			if (waiter) return { queue, waiter };
		}
		return undefined;
	}

	private pump(): void {
		for (;;) {
			const next = this.next();
			if (!next) break;
			if (this.hold) return;
			const { queue, waiter } = next;
			if (this.inFlight >= this.limitFor(waiter.limits)) return;
			const rate = Math.min(
				waiter.limits.maxPerSecond > 0 ? waiter.limits.maxPerSecond : Infinity,
				this.adaptiveRate,
			);
			if (rate !== Infinity) {
				const now = Date.now();
				const interval = 1000 / rate;
				const burst = Math.max(1, Math.floor(rate / 20));
				const allowedAt = this.nextTokenAt - (burst - 1) * interval;
				if (now < allowedAt) {
					this.wakeAt(Math.ceil(allowedAt));
					return;
				}
				this.nextTokenAt = Math.max(this.nextTokenAt, now) + interval;
			}
			queue.shift();
			if (waiter.onAbort) waiter.signal?.removeEventListener('abort', waiter.onAbort);
			this.inFlight += 1;
			this.sequence += 1;
			this.sent += 1;
			const sentAt = Date.now();
			if (this.activeSince === 0) this.activeSince = sentAt;
			this.recentSends.push(sentAt);
			this.sentInLastSecond();
			waiter.resolve(new PacerSlot(this, this.sequence, this.inFlight));
		}
		// Nothing waits: a gate with nothing to remember is dropped.
		if (
			this.inFlight === 0 &&
			!this.hold &&
			this.adaptive === Infinity &&
			this.adaptiveRate === Infinity &&
			this.nextTokenAt <= Date.now() &&
			this.gates.get(this.key) === this
		) {
			this.gates.delete(this.key);
		}
	}

	/**
	 * Pumps again at `dueAt` (a token is due then). One wait is kept, the earliest needed: a
	 * later one is set when that one ends and the next request still waits.
	 */
	private wakeAt(dueAt: number): void {
		if (this.timerDueAt !== undefined && this.timerDueAt <= dueAt) return;
		this.timerDueAt = dueAt;
		void sleep(Math.max(0, dueAt - Date.now())).then(() => {
			if (this.timerDueAt !== dueAt) return;
			this.timerDueAt = undefined;
			this.pump();
		});
	}
}

function cancelled(signal: AbortSignal): unknown {
	return signal.reason ?? new Error('The execution was cancelled');
}

const gates = new Map<string, CredentialGate>();

/** The pacer of one credential in this process. */
export function pacerOf(key: string): CredentialGate {
	let gate = gates.get(key);
	if (!gate) {
		gate = new CredentialGate(key, gates);
		gates.set(key, gate);
	}
	return gate;
}

/** What the pacer knows of a credential, or undefined when it has nothing to remember. */
export function pacerState(key: string): PacerState | undefined {
	return gates.get(key)?.state();
}

/** Forgets everything the pacer remembers (tests use it). */
export function forgetPacing(): void {
	gates.clear();
}

/** The pacer's key of a credential: its type and the ID n8n gives the saved credential. */
export function credentialKey(node: INode, credentialType: string): string {
	const used = node.credentials?.[credentialType];
	return `${credentialType}\u0000${used?.id ?? used?.name ?? ''}`;
}

/** A run's pacing: whose requests, and the run's limits. */
export interface RunPacing {
	key: string;
	limits: PacingLimits;
}

/** The run's limits by credential key, so a hook's `vendorRequest` keeps to them too. */
const runLimits = new PerRun<Map<string, PacingLimits>>();
const runPacing = new PerRun<Map<string, RunPacing>>();

function limitValue(
	context: IExecuteSingleFunctions,
	value: unknown,
	fallback: number,
	label: string,
): number {
	if (value === undefined || value === null || value === '') return fallback;
	const number = typeof value === 'number' ? value : Number(String(value).trim());
	if (!Number.isFinite(number) || number < 0) {
		throw new NodeOperationError(
			context.getNode(),
			`${label} must be a number of 0 or more, not "${String(value)}"`,
			{ description: 'Options → Request Pacing: 0 means no limit.' },
		);
	}
	return number;
}

/**
 * The run's pacing of one vendor's requests: the credential in use, and the limits from the
 * node's Options → Request Pacing (`parameter`, e.g. `options.requestPacing`; read once per
 * run, an expression for the first item) or else the vendor's defaults.
 */
export function pacingOfRun(
	context: IExecuteSingleFunctions,
	vendor: VendorHttp,
	parameter?: string,
): RunPacing {
	const byVendor = runPacing.get(context, () => new Map());
	const id = `${vendor.name}\u0000${parameter ?? ''}`;
	let pacing = byVendor.get(id);
	if (!pacing) {
		const node = context.getNode();
		const used = Object.keys(node.credentials ?? {});
		const type =
			vendor.credentialType?.(context) ??
			used.find((candidate) => vendor.secretFields[candidate]) ??
			used[0] ??
			vendor.name;
		const defaults = vendor.pacing ?? DEFAULT_PACING;
		let chosen: { maxInFlight?: unknown; maxPerSecond?: unknown } = {};
		if (parameter) {
			const value = context.getNodeParameter(`${parameter}.pacing`, {}) as unknown;
			if (value && typeof value === 'object') chosen = value as typeof chosen;
		}
		const limits: PacingLimits = {
			maxInFlight: Math.floor(
				limitValue(context, chosen.maxInFlight, defaults.maxInFlight, 'Max Requests in Flight'),
			),
			maxPerSecond: limitValue(
				context,
				chosen.maxPerSecond,
				defaults.maxPerSecond,
				'Max Requests per Second',
			),
		};
		pacing = { key: credentialKey(node, type), limits };
		byVendor.set(id, pacing);
		runLimits.get(context, () => new Map()).set(pacing.key, limits);
	}
	return pacing;
}

/**
 * The pacing of a request outside an operation's executor (`vendorRequest`): inside a node
 * run (an operation's hook), the run's limits; in a trigger or a dropdown, the vendor's
 * defaults.
 */
export function pacingOfRequest(
	context: { getNode(): INode; getExecuteData?(): unknown },
	vendor: VendorHttp,
	credentialType: string,
): RunPacing {
	const key = credentialKey(context.getNode(), credentialType);
	const limits = runLimits.peek(context)?.get(key) ?? vendor.pacing ?? DEFAULT_PACING;
	return { key, limits };
}

/**
 * Sends one request that neither the executor nor `vendorRequest` sends (Call-Em-All's login)
 * in its turn of the credential's pacer, with the run's limits inside a node run, else the
 * defaults. Its answer is counted like any other: a 429 answer (`statusOf`) lowers the
 * credential's limits (the caller waits its Retry-After itself); a request that failed without
 * an answer gives its turn back as a failure.
 */
export async function inTurn<T>(
	context: { getNode(): INode; getExecuteData?(): unknown },
	credentialType: string,
	send: () => Promise<T>,
	/** The HTTP status of an answer that is not thrown (`ignoreHttpStatusErrors`), e.g. a 429. */
	statusOf: (answer: T) => number | undefined = () => undefined,
	defaults: PacingLimits = DEFAULT_PACING,
): Promise<T> {
	const key = credentialKey(context.getNode(), credentialType);
	const limits = runLimits.peek(context)?.get(key) ?? defaults;
	const slot = await pacerOf(key).acquire(limits, { signal: cancelSignalOf(context) });
	let answered = false;
	try {
		const answer = await send();
		answered = true;
		slot.done(statusOf(answer) === 429 ? { httpCode: '429' } : undefined);
		return answer;
	} finally {
		// A request that failed without an answer gives its turn back as a failure.
		if (!answered) slot.done(new Error('no answer'));
	}
}

/** The cancel signal of the execution, where the context has one. */
export function cancelSignalOf(context: object): AbortSignal | undefined {
	const candidate = context as { getExecutionCancelSignal?: () => AbortSignal | undefined };
	return typeof candidate.getExecutionCancelSignal === 'function'
		? candidate.getExecutionCancelSignal()
		: undefined;
}
