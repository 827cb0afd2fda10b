/**
 * The retry rules and the failure shapes of both n8n lines: n8n 2.x puts the network code in
 * `code` / `cause.code`; n8n 1.x keeps only `httpCode: 'ECONNABORTED'` (or another network
 * code) and its own wording, with no `cause` (issue 13).
 */
import { NodeApiError, type INode } from 'n8n-workflow';

import {
	httpStatusOf,
	isNetworkError,
	parseRetryAfter,
	retryDelayMs,
	shouldRetry,
	timedOut,
} from '../../../nodes/shared/retry';

const node: INode = {
	id: 'n',
	name: 'Node',
	type: 'test',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};

/** What n8n 1.x's request helper throws for a request that timed out or was dropped. */
function n8n1Failure(code: string): NodeApiError {
	const axiosLike = Object.assign(new Error('timeout of 3000ms exceeded'), { code });
	const error = new NodeApiError(node, axiosLike as never);
	// n8n 1.x: the network code is all that is left of the failure, as `httpCode`.
	expect(error.httpCode).toBe(code);
	delete (error as { cause?: unknown }).cause;
	return error;
}

/** The same as a plain object, the way it looks after crossing n8n 1.x's task runner. */
const n8n1Plain = (code: string, message: string) => ({ httpCode: code, message });

describe('failure shapes', () => {
	it('never reads a network code in httpCode as an HTTP status', () => {
		expect(httpStatusOf({ httpCode: 'ECONNABORTED' })).toBeUndefined();
		expect(httpStatusOf({ httpCode: 'none' })).toBeUndefined();
		expect(httpStatusOf({ httpCode: 'ECONNABORTED', statusCode: 503 })).toBe(503);
		expect(httpStatusOf({ httpCode: '429' })).toBe(429);
		expect(httpStatusOf({ response: { status: 502 } })).toBe(502);
	});

	it.each([
		['n8n 2.x, code', { code: 'ECONNABORTED', message: 'timeout of 3000ms exceeded' }],
		['n8n 2.x, cause.code', { message: 'Request failed', cause: { code: 'ETIMEDOUT' } }],
		[
			'n8n 1.x, httpCode only',
			n8n1Plain('ECONNABORTED', 'The connection was aborted, perhaps the server is offline'),
		],
	])('takes a timeout for one (%s)', (_shape, error) => {
		expect(timedOut(error)).toBe(true);
		expect(isNetworkError(error)).toBe(true);
		expect(shouldRetry(error, 'GET')).toBe(true);
		expect(shouldRetry(error, 'POST')).toBe(false);
	});

	it("reads n8n 1.x's NodeApiError of a timed-out request as a timeout", () => {
		const error = n8n1Failure('ECONNABORTED');
		expect(httpStatusOf(error)).toBeUndefined();
		expect(timedOut(error)).toBe(true);
		expect(shouldRetry(error, 'GET')).toBe(true);
	});

	it("retries a read whose connection n8n 1.x reports dropped (httpCode 'ECONNRESET')", () => {
		const error = n8n1Plain(
			'ECONNRESET',
			'The connection to the server was closed unexpectedly, perhaps it is offline.',
		);
		expect(isNetworkError(error)).toBe(true);
		expect(timedOut(error)).toBe(false);
		expect(shouldRetry(error, 'GET')).toBe(true);
		expect(shouldRetry(error, 'DELETE')).toBe(false);
	});

	it('does not take an HTTP error for a network one because its message says timeout', () => {
		const error = { httpCode: '401', message: 'Session timeout' };
		expect(isNetworkError(error)).toBe(false);
		expect(timedOut(error)).toBe(false);
		expect(shouldRetry(error, 'GET')).toBe(false);
	});
});

describe('retry rules', () => {
	it('retries 429 for every method, 5xx only for reads, other statuses never', () => {
		for (const method of ['GET', 'POST', 'PUT', 'DELETE']) {
			expect(shouldRetry({ httpCode: '429' }, method)).toBe(true);
		}
		expect(shouldRetry({ httpCode: '503' }, 'GET')).toBe(true);
		expect(shouldRetry({ httpCode: '503' }, 'HEAD')).toBe(true);
		expect(shouldRetry({ httpCode: '503' }, 'POST')).toBe(false);
		expect(shouldRetry({ httpCode: '404' }, 'GET')).toBe(false);
		expect(shouldRetry({ httpCode: '400' }, 'GET')).toBe(false);
	});

	it('backs off exponentially when no Retry-After came', () => {
		expect([0, 1, 2].map((attempt) => retryDelayMs(new Error('x'), attempt))).toEqual([
			500, 1000, 2000,
		]);
	});

	it('reads Retry-After as seconds or an HTTP date, capped at one minute', () => {
		const now = Date.parse('2024-01-05T10:00:00Z');
		expect(parseRetryAfter('2', now)).toBe(2000);
		expect(parseRetryAfter('Fri, 05 Jan 2024 10:00:05 GMT', now)).toBe(5000);
		expect(parseRetryAfter('3600', now)).toBe(60_000);
		expect(parseRetryAfter('', now)).toBeUndefined();
		expect(parseRetryAfter('soon', now)).toBeUndefined();
	});
});
