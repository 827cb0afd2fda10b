/**
 * The executor (`nodes/shared/executor.ts`) through n8n-core's real RoutingNode, with a
 * made-up vendor (test/helpers/testVendor.ts): the engine behaviour it relies on, the retry
 * rules, base URL, secrets and Continue On Fail, and an operation's fan-out hook.
 */
// A local server that drops connections for real (nock's replyWithError leaks 'error' events).
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports -- a test's own server
import { createServer } from 'node:http';
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports -- a test's own server
import type { AddressInfo } from 'node:net';

import nock from 'nock';
import {
	NodeApiError,
	sleep,
	type DeclarativeRestApiSettings,
	type IExecutePaginationFunctions,
	type INode,
} from 'n8n-workflow';

import { buildNodeProperties } from '../../../nodes/shared/builder';
import { createExecutor } from '../../../nodes/shared/executor';
import { defineOperation } from '../../../nodes/shared/operation';
import * as retry from '../../../nodes/shared/retry';
import { runNode } from '../../helpers/harness';
import {
	probe,
	TEST_BASE,
	testVendorHttp,
	TEST_CREDENTIALS,
	TEST_KEY,
} from '../../helpers/testVendor';

const KEY = TEST_KEY;
const CREDENTIALS = TEST_CREDENTIALS;

function run(
	parameters: Record<string, unknown>,
	extra: { input?: Array<{ json: object }>; continueOnFail?: boolean; credentials?: object } = {},
) {
	return runNode({
		type: 'testVendor',
		parameters: parameters as never,
		credentials: (extra.credentials ?? CREDENTIALS) as never,
		input: extra.input as never,
		continueOnFail: extra.continueOnFail,
	});
}

const items = (count: number) =>
	Array.from({ length: count }, (_, index) => ({ json: { id: `r${index}` } }));

let pauses: jest.SpyInstance;

/** The waits before each retry, in ms. */
const waits = () => pauses.mock.calls.map(([ms]) => ms as number);

/** Whether the waits were these, each with a jitter of 0 to a quarter more (`withJitter`). */
const jitterless = (expected: number[]) =>
	waits().length === expected.length &&
	waits().every((ms, index) => ms >= expected[index] && ms <= expected[index] * 1.25 + 1);

beforeEach(() => {
	probe.reset();
	pauses = jest.spyOn(retry, 'pauseBeforeRetry').mockResolvedValue();
	nock(TEST_BASE).post('/login').reply(200, { token: 't1' }).persist();
});

afterEach(() => {
	pauses.mockRestore();
	nock.cleanAll();
});

describe('what the executor relies on in n8n-core’s RoutingNode', () => {
	it('calls the first preSend hook of every item synchronously, in item order, before any item goes on', async () => {
		const original = testVendorHttp.authorize!;
		const spy = jest
			.spyOn(testVendorHttp, 'authorize')
			.mockImplementation(async function (context, options) {
				const result = original.call(testVendorHttp, context, options);
				// A microtask queued now runs only once the engine's loop over the items has returned.
				queueMicrotask(() => probe.events.push('tick'));
				return await result;
			});
		nock(TEST_BASE)
			.get(/\/records\/r\d/)
			.times(3)
			.reply(200, { ok: true });

		const { error } = await run(
			{ resource: 'record', operation: 'get', recordId: '={{ $json.id }}' },
			{ input: items(3) },
		);
		spy.mockRestore();

		expect(error).toBeUndefined();
		expect(probe.events.slice(0, 4)).toEqual(['authorize:0', 'authorize:1', 'authorize:2', 'tick']);
	});

	it('requests the items concurrently', async () => {
		let open = 0;
		let most = 0;
		nock(TEST_BASE)
			.get(/\/records\/r\d/)
			.times(4)
			.reply((_uri, _body, callback) => {
				open += 1;
				most = Math.max(most, open);
				void sleep(100).then(() => {
					open -= 1;
					callback(null, [200, { ok: true }]);
				});
			});

		const { items: output } = await run(
			{ resource: 'record', operation: 'get', recordId: '={{ $json.id }}' },
			{ input: items(4) },
		);

		expect(output).toHaveLength(4);
		expect(most).toBe(4);
	});

	it('sends every operation through the executor as its pagination hook, with a plain URL template', async () => {
		const { TestVendor } = await import('../../helpers/testVendor');
		const operations = new TestVendor().description.properties.filter(
			(p) => p.name === 'operation',
		);
		const routings = operations.flatMap((p) =>
			(p.options as Array<{ routing?: never }>).map((o) => o.routing!),
		);
		for (const routing of routings as Array<{
			send: { paginate: boolean };
			operations: { pagination: unknown };
			request: { url: string };
		}>) {
			expect(routing.send.paginate).toBe(true);
			expect(typeof routing.operations.pagination).toBe('function');
			expect(routing.request.url.startsWith('=')).toBe(false);
		}
	});
});

describe('retry rules', () => {
	it('retries 429 even for a create, waiting what Retry-After asks', async () => {
		const scope = nock(TEST_BASE)
			.post('/records')
			.reply(429, { message: 'Slow down' }, { 'Retry-After': '2' })
			.post('/records')
			.reply(200, { id: 7 });

		const { items: output, error } = await run({
			resource: 'record',
			operation: 'create',
			name: 'Ann',
		});

		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(output[0].json).toEqual({ id: 7 });
		// Retry-After honoured, plus a jitter of at most a quarter (retry.ts `withJitter`).
		expect(jitterless([2000])).toBe(true);
	});

	it(`gives up after ${retry.RETRY_LIMIT} retries, with the vendor's message and status, backing off 0.5 s, 1 s, 2 s`, async () => {
		const scope = nock(TEST_BASE)
			.get('/records/r1')
			.times(retry.RETRY_LIMIT + 1)
			.reply(429, { message: 'Slow down' });

		const { error } = await run({ resource: 'record', operation: 'get', recordId: 'r1' });

		expect(scope.isDone()).toBe(true);
		expect(error?.message).toBe('Slow down');
		expect(error?.httpCode).toBe('429');
		// The last 429 still holds the credential's other requests, for the next backoff (4 s).
		expect(jitterless([500, 1000, 2000, 4000])).toBe(true);
	});

	it('retries a 5xx for a read', async () => {
		const scope = nock(TEST_BASE)
			.get('/records/r1')
			.reply(503, { message: 'Busy' })
			.get('/records/r1')
			.reply(200, { id: 'r1' });

		const { items: output } = await run({ resource: 'record', operation: 'get', recordId: 'r1' });

		expect(scope.isDone()).toBe(true);
		expect(output[0].json).toEqual({ id: 'r1' });
	});

	it('never sends a create twice on a 5xx', async () => {
		const scope = nock(TEST_BASE).post('/records').once().reply(500, { message: 'Broken' });

		const { error } = await run({ resource: 'record', operation: 'create', name: 'Ann' });

		expect(scope.isDone()).toBe(true);
		expect(error?.message).toBe('Broken');
		expect(error?.httpCode).toBe('500');
		expect(pauses).not.toHaveBeenCalled();
	});

	it('retries a dropped connection for a read, never for a create', async () => {
		// A real server that drops the first connection of each path: what n8n's client sees.
		const seen: string[] = [];
		const server = createServer((request, response) => {
			const key = `${request.method} ${request.url?.split('?')[0]}`;
			seen.push(key);
			response.setHeader('content-type', 'application/json');
			if (key === 'POST /login') response.end(JSON.stringify({ token: 't1' }));
			else if (seen.filter((entry) => entry === key).length === 1) request.socket.destroy();
			else response.end(JSON.stringify({ id: 'r1' }));
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		nock.enableNetConnect('127.0.0.1');
		const { port } = server.address() as AddressInfo;
		const local = {
			testVendorApi: { ...CREDENTIALS.testVendorApi, baseUrl: `http://127.0.0.1:${port}` },
		};
		try {
			const read = await run(
				{ resource: 'record', operation: 'get', recordId: 'r1' },
				{ credentials: local },
			);
			expect(read.items[0]?.json).toEqual({ id: 'r1' });

			const write = await run(
				{ resource: 'record', operation: 'create', name: 'Ann' },
				{ credentials: local },
			);
			expect(write.error?.description).toBe('The request to TestVendor did not get an answer');
			expect(seen.filter((entry) => entry === 'GET /records/r1')).toHaveLength(2);
			expect(seen.filter((entry) => entry === 'POST /records')).toHaveLength(1);
		} finally {
			nock.disableNetConnect();
			await new Promise((resolve) => server.close(resolve));
		}
	});
});

describe('n8n 1.x failures (httpCode "ECONNABORTED", no cause)', () => {
	const node: INode = {
		id: 'n',
		name: 'Node',
		type: 'test',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};
	const n8n1Timeout = () =>
		Object.assign(new Error('The connection was aborted, perhaps the server is offline'), {
			httpCode: 'ECONNABORTED',
		});

	/** n8n's per-item context as the engine hands it to the executor, with a scripted sender. */
	function context(answers: Array<() => unknown>) {
		let sent = 0;
		return {
			sent: () => sent,
			value: {
				getNode: () => node,
				getItemIndex: () => 0,
				getExecuteData: () => undefined,
				getCredentials: async () => CREDENTIALS.testVendorApi,
				getNodeParameter: (_name: string, fallback: unknown) => fallback,
				continueOnFail: () => false,
				makeRoutingRequest: async () => {
					const answer = answers[Math.min(sent, answers.length - 1)];
					sent += 1;
					return answer() as never;
				},
			} as unknown as IExecutePaginationFunctions,
		};
	}
	const request = (method: string) =>
		({
			options: { method, url: '/records/r1', qs: {}, headers: {} },
			preSend: [],
			postReceive: [],
			requestOperations: {},
		}) as unknown as DeclarativeRestApiSettings.ResultOptions;

	it('retries a read that timed out the 1.x way', async () => {
		const fake = context([
			() => {
				throw n8n1Timeout();
			},
			() => [{ json: { id: 'r1' } }],
		]);
		const executor = createExecutor(testVendorHttp);

		const output = await executor.call(fake.value, request('GET'));

		expect(fake.sent()).toBe(2);
		expect(output).toEqual([{ json: { id: 'r1' }, pairedItem: { item: 0 } }]);
	});

	it('reports it with the clear timeout message, and sends a create only once', async () => {
		const fake = context([
			() => {
				throw n8n1Timeout();
			},
		]);
		const executor = createExecutor(testVendorHttp);

		const failure = await executor
			.call(fake.value, request('POST'))
			.catch((error: unknown) => error);

		expect(fake.sent()).toBe(1);
		expect(failure).toBeInstanceOf(NodeApiError);
		expect((failure as NodeApiError).message).toBe(
			'TestVendor did not answer in time: the request timed out (see Request Options → Timeout)',
		);
		expect((failure as NodeApiError).httpCode).toBeNull();
	});
});

describe('base URL, secrets and Continue On Fail', () => {
	it("takes the base URL from the credential, and the vendor's default when it has none", async () => {
		nock('https://staging.test-vendor.example').post('/login').reply(200, { token: 't2' });
		const scope = nock('https://staging.test-vendor.example')
			.get('/records/r1')
			.reply(200, { id: 1 });
		await run(
			{ resource: 'record', operation: 'get', recordId: 'r1' },
			{
				credentials: {
					testVendorApi: {
						...CREDENTIALS.testVendorApi,
						baseUrl: 'https://staging.test-vendor.example/',
					},
				},
			},
		);
		expect(scope.isDone()).toBe(true);

		const fallback = nock(TEST_BASE).get('/records/r2').reply(200, { id: 2 });
		const { error } = await run(
			{ resource: 'record', operation: 'get', recordId: 'r2' },
			{ credentials: { testVendorApi: { ...CREDENTIALS.testVendorApi, baseUrl: '' } } },
		);
		expect(error).toBeUndefined();
		expect(fallback.isDone()).toBe(true);
	});

	it('takes every secret out of output items and errors', async () => {
		nock(TEST_BASE)
			.get('/records/r1')
			.reply(200, { echo: `key=${KEY}` });
		const ok = await run({ resource: 'record', operation: 'get', recordId: 'r1' });
		expect(JSON.stringify(ok.items)).not.toContain(KEY);

		nock(TEST_BASE)
			.get('/records/r2')
			.reply(400, { message: `bad key ${KEY}` });
		const failed = await run({ resource: 'record', operation: 'get', recordId: 'r2' });
		expect(failed.error?.message).toBe('bad key [redacted]');
		expect(JSON.stringify(failed.error)).not.toContain(KEY);
	});

	it('keeps every item under Continue On Fail, each paired with its input', async () => {
		nock(TEST_BASE)
			.get('/records/r0')
			.reply(200, { id: 'r0' })
			.get('/records/r1')
			.reply(404, { message: 'No such record' })
			.get('/records/r2')
			.reply(200, { id: 'r2' });

		const { items: output, error } = await run(
			{ resource: 'record', operation: 'get', recordId: '={{ $json.id }}' },
			{ input: items(3), continueOnFail: true },
		);

		expect(error).toBeUndefined();
		expect(output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(output[1].json).toEqual({ error: 'No such record' });
		expect(output[1].error).toMatchObject({ message: 'No such record', httpCode: '404' });
	});
});

describe('an operation that sends one item as several requests (hooks.fanOut)', () => {
	// record → tagMany's hook sends one POST /records/{id}/tag per ID (test/helpers/testVendor.ts).
	const tagMany = { resource: 'record', operation: 'tagMany' };

	it('sends only what the hook hands to sendOne, each request built by the spec and with the session', async () => {
		const seen: Array<{ path: string; body: unknown; session: unknown }> = [];
		const scope = nock(TEST_BASE)
			.post(/\/records\/r\d\/tag$/)
			.times(2)
			.reply(function (path, body) {
				seen.push({ path, body, session: this.req.headers.authorization });
				return [200, { tagged: path.split('/')[2] }];
			});

		const { items, error } = await run({ ...tagMany, recordIds: 'r1, r2', tag: 'vip' });

		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		// The spec's own path (/records/tag) never went out: the hook replaced the single request.
		expect(seen).toEqual([
			{ path: '/records/r1/tag', body: { tag: 'vip' }, session: 'Session t1' },
			{ path: '/records/r2/tag', body: { tag: 'vip' }, session: 'Session t1' },
		]);
		expect(items.map((item) => item.json)).toEqual([{ tagged: 'r1' }, { tagged: 'r2' }]);
		expect(probe.events.filter((event) => event.startsWith('fanOut'))).toEqual(['fanOut:0:r1|r2']);
	});

	it('pairs every item of an input item with it, across items', async () => {
		nock(TEST_BASE)
			.post(/\/records\/\w+\/tag$/)
			.times(3)
			.reply((path) => [200, { tagged: path.split('/')[2] }]);

		const { items, error } = await run(
			{ ...tagMany, recordIds: '={{ $json.ids }}', tag: 'vip' },
			{ input: [{ json: { ids: 'a, b' } }, { json: { ids: 'c' } }] },
		);

		expect(error).toBeUndefined();
		expect(items.map((item) => [item.json.tagged, item.pairedItem])).toEqual([
			['a', { item: 0 }],
			['b', { item: 0 }],
			['c', { item: 1 }],
		]);
	});

	it('retries each request by the executor’s rules, and takes secrets out of its output', async () => {
		const scope = nock(TEST_BASE)
			.post('/records/r1/tag')
			.reply(429, { message: 'Slow down' }, { 'Retry-After': '1' })
			.post('/records/r1/tag')
			.reply(200, { echo: `key=${KEY}` });

		const { items, error } = await run({ ...tagMany, recordIds: 'r1', tag: 'vip' });

		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(jitterless([1000])).toBe(true);
		expect(JSON.stringify(items)).not.toContain(KEY);
	});

	it('hands the hook an error item for a refused request under Continue On Fail, and stops the node without it', async () => {
		nock(TEST_BASE)
			.post('/records/r1/tag')
			.reply(200, { tagged: 'r1' })
			.post('/records/r2/tag')
			.reply(404, { message: 'No such record' });

		const kept = await run(
			{ ...tagMany, recordIds: 'r1, r2', tag: 'vip' },
			{ continueOnFail: true },
		);
		expect(kept.error).toBeUndefined();
		expect(kept.items.map((item) => item.json)).toEqual([
			{ tagged: 'r1' },
			{ error: 'No such record' },
		]);
		expect(kept.items[1].error).toMatchObject({ message: 'No such record', httpCode: '404' });
		expect(kept.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);

		nock(TEST_BASE)
			.post('/records/r1/tag')
			.reply(200, { tagged: 'r1' })
			.post('/records/r2/tag')
			.reply(404, { message: 'No such record' });
		const stopped = await run({ ...tagMany, recordIds: 'r1, r2', tag: 'vip' });
		expect(stopped.error?.message).toBe('No such record');
	});

	it('is refused with paging or batching when the node is described', () => {
		const fanOut = async () => [];
		const spec = defineOperation({
			value: 'list',
			name: 'List',
			action: 'List things',
			method: 'GET',
			path: '/things',
			paging: { pages: { start() {}, read: () => ({ items: [], more: false }) } },
			hooks: { fanOut },
		});
		expect(() =>
			buildNodeProperties(testVendorHttp, {
				resources: [
					{ value: 'thing', name: 'Thing', defaultOperation: 'list', operations: [spec] },
				],
			}),
		).toThrow('thing → list: a fan-out hook cannot be combined with paging or batching');
	});
});
