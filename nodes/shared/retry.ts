import { sleep, type IDataObject } from 'n8n-workflow';

/**
 * When a failed request may be sent again, and how long to wait first. Shared by the
 * declarative executor (`executor.ts`) and the plain requests of triggers and pickers
 * (`transport.ts`).
 *
 * n8n reports a failed request in two shapes, and both are read here:
 * - n8n 2.x: the HTTP status in `httpCode` (or `statusCode`, `response.status`) and, for a
 *   request that got no answer, the network code in `code` or `cause.code`;
 * - n8n 1.x: for a request that got no answer, only `httpCode: 'ECONNABORTED'` (or another
 *   network code) with n8n's own wording as the message, and no `cause`. Such an `httpCode` is
 *   a network code, never an HTTP status.
 */

/** Attempts after the first one. */
export const RETRY_LIMIT = 3;
const MAX_RETRY_WAIT_MS = 60_000;
const BASE_BACKOFF_MS = 500;

const retryAfterMs = new WeakMap<object, number>();

export function headerValue(headers: IDataObject | undefined, name: string): string | undefined {
	if (!headers) return undefined;
	const value = headers[name] ?? headers[name.toLowerCase()];
	if (Array.isArray(value)) return String(value[0]);
	return value === undefined || value === null ? undefined : String(value);
}

/** Milliseconds a Retry-After header asks for (seconds or an HTTP date), capped at one minute. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
	if (value === undefined || value.trim() === '') return undefined;
	const seconds = Number(value);
	const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(value) - now;
	if (!Number.isFinite(ms)) return undefined;
	return Math.min(Math.max(ms, 0), MAX_RETRY_WAIT_MS);
}

/** Keeps what an answer's Retry-After header asked for with the error made of it. */
export function rememberRetryAfter(error: object, headers: IDataObject | undefined): void {
	const wait = parseRetryAfter(headerValue(headers, 'retry-after'));
	if (wait !== undefined) retryAfterMs.set(error, wait);
}

interface FailureShape {
	httpCode?: unknown;
	statusCode?: unknown;
	response?: { status?: unknown };
	code?: unknown;
	message?: unknown;
	messages?: unknown;
	cause?: { code?: unknown; message?: unknown };
}

function asStatus(value: unknown): number | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const status = Number(value);
	return Number.isInteger(status) && status >= 100 && status < 600 ? status : undefined;
}

/**
 * The HTTP status of a failure, or undefined when the request got no answer. Only a number is a
 * status: n8n 1.x puts a network code (`'ECONNABORTED'`) into `httpCode`, and n8n's engine
 * `'none'`; those are skipped, and the next place a status may be is read.
 */
export function httpStatusOf(error: unknown): number | undefined {
	const candidate = error as FailureShape | undefined;
	return (
		asStatus(candidate?.httpCode) ??
		asStatus(candidate?.statusCode) ??
		asStatus(candidate?.response?.status)
	);
}

/** Everything a failure says about itself, as one text: codes (also 1.x's `httpCode`) and messages. */
function failureText(error: unknown): string {
	const candidate = error as FailureShape | undefined;
	const httpCode = asStatus(candidate?.httpCode) === undefined ? candidate?.httpCode : undefined;
	const messages = Array.isArray(candidate?.messages) ? (candidate.messages as unknown[]) : [];
	return [
		candidate?.code,
		httpCode,
		candidate?.cause?.code,
		candidate?.cause?.message,
		candidate?.message,
		...messages,
	]
		.map((part) => (typeof part === 'string' || typeof part === 'number' ? String(part) : ''))
		.join(' ');
}

const NETWORK_ERROR =
	/ECONNRESET|ECONNREFUSED|ETIMEDOUT|ESOCKETTIMEDOUT|EPIPE|EAI_AGAIN|ECONNABORTED|socket hang up|timeout/i;

/** Whether a failure is a request that got no answer (dropped, refused, timed out). */
export function isNetworkError(error: unknown): boolean {
	return httpStatusOf(error) === undefined && NETWORK_ERROR.test(failureText(error));
}

/** Whether a failure was the request timing out (axios reports it as ECONNABORTED). */
export function timedOut(error: unknown): boolean {
	if (httpStatusOf(error) !== undefined) return false;
	return /ETIMEDOUT|ESOCKETTIMEDOUT|ECONNABORTED|timeout of \d+ms exceeded/i.test(
		failureText(error),
	);
}

/**
 * Whether a failed attempt may be sent again. 429 always may (the vendor did not act on it);
 * 5xx and dropped connections only for reads, so a create or send is never duplicated.
 */
export function shouldRetry(error: unknown, method: string): boolean {
	const status = httpStatusOf(error);
	if (status === 429) return true;
	const isRead = method === 'GET' || method === 'HEAD';
	if (!isRead) return false;
	if (status !== undefined && status >= 500) return true;
	return status === undefined && isNetworkError(error);
}

/** The wait before attempt `attempt + 1`: what Retry-After asked for, else exponential backoff. */
export function retryDelayMs(error: unknown, attempt: number): number {
	const asked = typeof error === 'object' && error !== null ? retryAfterMs.get(error) : undefined;
	if (asked !== undefined) return asked;
	return Math.min(BASE_BACKOFF_MS * 2 ** attempt, MAX_RETRY_WAIT_MS);
}

/**
 * A wait with jitter, so that requests refused together do not come back together (here or in
 * another n8n process): up to a quarter more, at least 50 ms more and at most 1 s more. Never
 * less than the wait itself, so a Retry-After is always honoured.
 */
export function withJitter(ms: number, random: () => number = Math.random): number {
	return ms + Math.round(random() * Math.min(1000, Math.max(50, ms / 4)));
}

/** The wait before attempt `attempt + 1`, with jitter (see `retryDelayMs`, `withJitter`). */
export function retryWaitMs(error: unknown, attempt: number): number {
	return withJitter(retryDelayMs(error, attempt));
}

const plannedWaits = new WeakMap<object, number>();

/**
 * The wait, with jitter, that a failure's retry will use (`retryWaitMs`), chosen once: the
 * pacer holds the credential for it as the failure comes in (`pacer.ts`).
 */
export function plannedWait(error: unknown, attempt: number): number {
	if (typeof error !== 'object' || error === null) return retryWaitMs(error, attempt);
	let wait = plannedWaits.get(error);
	if (wait === undefined) {
		wait = retryWaitMs(error, attempt);
		plannedWaits.set(error, wait);
	}
	return wait;
}

/** The pause between attempts (its own export, so tests can see the waits without waiting). */
export async function pauseBeforeRetry(ms: number): Promise<void> {
	await sleep(ms);
}
