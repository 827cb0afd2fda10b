/**
 * The VendorHttp hooks (`nodes/shared/vendor.ts`) a vendor's own steps hang on, through the
 * real engine with a made-up vendor that logs in (test/helpers/testVendor.ts): `authorize`
 * adds the session token, `onUnauthorized` renews a refused one once, `cleanError` and
 * `outputSecrets` keep a PIN out of errors and output. They are what a login session (such as
 * Call-Em-All's) needs, without another wrapper around the executor.
 */
import nock from 'nock';
import type { IAllExecuteFunctions, IHttpRequestOptions, INode } from 'n8n-workflow';

import * as retry from '../../../nodes/shared/retry';
import { vendorRequest } from '../../../nodes/shared/transport';
import { runNode } from '../../helpers/harness';
import { probe, TEST_BASE, testVendorHttp, TEST_CREDENTIALS } from '../../helpers/testVendor';

const CREDENTIALS = TEST_CREDENTIALS;

const run = (parameters: Record<string, unknown>, input?: Array<{ json: object }>) =>
	runNode({
		type: 'testVendor',
		parameters: parameters as never,
		credentials: CREDENTIALS as never,
		input: input as never,
	});

let pauses: jest.SpyInstance;

beforeEach(() => {
	probe.reset();
	pauses = jest.spyOn(retry, 'pauseBeforeRetry').mockResolvedValue();
});

afterEach(() => pauses.mockRestore());

describe('authorize', () => {
	it('completes every request (one login for all items of the run)', async () => {
		const tokens: string[] = [];
		nock(TEST_BASE).post('/login').once().reply(200, { token: 't1' });
		nock(TEST_BASE)
			.get(/\/records\/r\d/)
			.times(3)
			.reply(function () {
				tokens.push(String(this.req.headers.authorization));
				return [200, { ok: true }];
			});

		const { error } = await run(
			{ resource: 'record', operation: 'get', recordId: '={{ $json.id }}' },
			[{ json: { id: 'r1' } }, { json: { id: 'r2' } }, { json: { id: 'r3' } }],
		);

		expect(error).toBeUndefined();
		expect(tokens).toEqual(['Session t1', 'Session t1', 'Session t1']);
		expect(probe.logins).toBe(1);
	});
});

describe('onUnauthorized', () => {
	it('renews a refused session once and sends the request again with the new token', async () => {
		nock(TEST_BASE)
			.post('/login')
			.reply(200, { token: 'old' })
			.post('/login')
			.reply(200, { token: 'new' });
		const scope = nock(TEST_BASE)
			.get('/records/r1')
			.matchHeader('authorization', 'Session old')
			.reply(401, { message: 'Session expired' })
			.get('/records/r1')
			.matchHeader('authorization', 'Session new')
			.reply(200, { id: 'r1' });

		const { items, error } = await run({ resource: 'record', operation: 'get', recordId: 'r1' });

		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items[0].json).toEqual({ id: 'r1' });
		expect(probe.logins).toBe(2);
	});

	it('sends nothing a third time when the new session is refused too, and says so', async () => {
		nock(TEST_BASE)
			.post('/login')
			.reply(200, { token: 'old' })
			.post('/login')
			.reply(200, { token: 'new' });
		const scope = nock(TEST_BASE)
			.get('/records/r1')
			.times(2)
			.reply(401, { message: 'Unauthorized' });

		const { error } = await run({ resource: 'record', operation: 'get', recordId: 'r1' });

		expect(scope.isDone()).toBe(true);
		expect(probe.logins).toBe(2);
		expect(error?.message).toBe('Unauthorized (the new session was refused too)');
		expect(error?.httpCode).toBe('401');
	});
});

describe('cleanError and outputSecrets', () => {
	it('takes the PIN out of an error before it is reported', async () => {
		nock(TEST_BASE).post('/login').reply(200, { token: 't1' });
		nock(TEST_BASE).post('/records').reply(400, { message: 'PIN 2468 is not allowed in a name' });

		const { error } = await run({ resource: 'record', operation: 'create', name: 'x' });

		expect(error?.message).toBe('PIN [pin] is not allowed in a name');
	});

	it('hides the PIN where an answer gives it as a secret field, and leaves phone numbers whole', async () => {
		nock(TEST_BASE).post('/login').reply(200, { token: 't1' });
		nock(TEST_BASE).get('/records/r1').reply(200, { pinCode: '2468', phone: '2135552468' });

		const { items } = await run({ resource: 'record', operation: 'get', recordId: 'r1' });

		expect(items[0].json).toEqual({ pinCode: '[redacted]', phone: '2135552468' });
	});
});

describe('the same hooks around vendorRequest (triggers, pickers, operation hooks)', () => {
	const node: INode = {
		id: 'n',
		name: 'Node',
		type: 'test',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};

	it('authorizes, and renews a refused session once', async () => {
		nock(TEST_BASE)
			.post('/login')
			.reply(200, { token: 'old' })
			.post('/login')
			.reply(200, { token: 'new' });
		const sent: string[] = [];
		const context = {
			getNode: () => node,
			getCredentials: async () => CREDENTIALS.testVendorApi,
			helpers: {
				httpRequest: async (options: IHttpRequestOptions) => {
					const answer = await fetch(options.url, {
						method: options.method,
						headers: { 'content-type': 'application/json' },
						body: JSON.stringify(options.body),
					});
					return (await answer.json()) as unknown;
				},
				httpRequestWithAuthentication: async (_type: string, options: IHttpRequestOptions) => {
					const token = String((options.headers as Record<string, string>)['x-test-session']);
					sent.push(token);
					return token === 'new'
						? { statusCode: 200, headers: {}, body: { id: 'r1' } }
						: { statusCode: 401, headers: {}, body: { message: 'Session expired' } };
				},
			},
		} as unknown as IAllExecuteFunctions;

		const body = await vendorRequest(context, testVendorHttp, 'testVendorApi', {
			method: 'GET',
			url: `${TEST_BASE}/records/r1`,
		});

		expect(body).toEqual({ id: 'r1' });
		expect(sent).toEqual(['old', 'new']);
		expect(probe.events).toEqual(['authorize:plain']);
	});
});
