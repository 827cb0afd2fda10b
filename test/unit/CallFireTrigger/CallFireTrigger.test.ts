import nock from 'nock';

import { callWebhook, webhookLifecycle } from '../../helpers/harness';
import {
	callFireSignature,
	signatureMatches,
} from '../../../nodes/CallFire/helpers/webhookSignature';

const SECRET = ['webhook', 'secret', 'for', 'tests'].join('-');

// A delivery shaped as the vendor README describes it.
const DELIVERY = {
	timestamp: 1700000000000,
	webhookId: 42,
	webhookName: 'n8n',
	resourceType: 'OutboundCall',
	events: [
		{
			timestamp: 1700000000001,
			webhookId: 42,
			resourceType: 'OutboundCall',
			eventType: 'Finished',
			resource: { id: 1, toNumber: '12135551100', finalCallResult: 'LA' },
		},
		{
			timestamp: 1700000000002,
			webhookId: 42,
			resourceType: 'OutboundCall',
			eventType: 'Finished',
			resource: { id: 2, toNumber: '12135551101', finalCallResult: 'AM' },
		},
	],
};

/** A webhook as CallFire keeps it (fields from the vendor README). */
function webhook(id: number, callback: string, extra: Record<string, unknown> = {}) {
	return {
		id,
		name: 'n8n lifecycle-workflow Node',
		resource: 'InboundText',
		events: ['Finished'],
		callback,
		enabled: true,
		singleUse: false,
		nonStrictSsl: false,
		...extra,
	};
}

/** CallFire's error body (vendor README: {httpStatusCode, internalCode, message, developerMessage}). */
function callFireError(httpStatusCode: number, message: string) {
	return {
		httpStatusCode,
		internalCode: 0,
		message,
		developerMessage: 'https://developers.callfire.com/docs.html#errors',
	};
}

describe('CallFire webhook signature', () => {
	it('matches the known test vector', () => {
		const body = '{"name":"test webhook", "callback":"sms:callfire"}';
		expect(callFireSignature('mysecrets', body)).toBe('v14pF7d5C1+CHNIEWlg+sw9v0Xg=');
		expect(signatureMatches('mysecrets', Buffer.from(body), 'v14pF7d5C1+CHNIEWlg+sw9v0Xg=')).toBe(
			true,
		);
		expect(
			signatureMatches('mysecrets', Buffer.from(`${body} `), 'v14pF7d5C1+CHNIEWlg+sw9v0Xg='),
		).toBe(false);
		expect(signatureMatches('', Buffer.from(body), 'v14pF7d5C1+CHNIEWlg+sw9v0Xg=')).toBe(false);
	});
});

describe('CallFire Trigger', () => {
	const raw = Buffer.from(JSON.stringify(DELIVERY));
	const deliver = (headers: Record<string, string>, workflowId?: string) =>
		callWebhook(
			{
				type: 'callFireTrigger',
				workflowId,
				parameters: { resource: 'OutboundCall', events: ['Finished'] } as never,
			},
			{
				body: DELIVERY,
				rawBody: raw,
				headers,
				nodeStaticData: { webhookId: '42', secret: SECRET },
			},
		);

	it('emits one item per entry in events[] when the signature is right', async () => {
		const { result, status } = await deliver({
			'X-CallFire-Signature': callFireSignature(SECRET, raw),
		});

		expect(status).toBeUndefined();
		expect(result.workflowData?.[0]).toHaveLength(2);
		expect(result.workflowData?.[0][1].json).toMatchObject({
			eventType: 'Finished',
			resource: { id: 2 },
			delivery: { webhookId: 42 },
		});
	});

	it.each([
		['missing', {}],
		['wrong', { 'X-CallFire-Signature': callFireSignature('another-secret', raw) }],
	])('refuses a delivery whose signature is %s: 401 and no execution', async (_kind, headers) => {
		const { result, status } = await deliver(headers);

		expect(status).toBe(401);
		expect(result).toEqual({ noWebhookResponse: true });
	});
});

describe('CallFire Trigger › the README test vector through webhook()', () => {
	// Exactly as the vendor gives it, with a space after the comma: re-serialising the parsed
	// body would drop it and change the signature.
	const VECTOR_BODY = '{"name":"test webhook", "callback":"sms:callfire"}';
	const VECTOR_SIGNATURE = 'v14pF7d5C1+CHNIEWlg+sw9v0Xg=';
	const deliver = (headers: Record<string, string>) =>
		callWebhook(
			{
				type: 'callFireTrigger',
				parameters: { resource: 'OutboundText', events: ['Finished'] } as never,
			},
			{
				body: JSON.parse(VECTOR_BODY),
				rawBody: Buffer.from(VECTOR_BODY),
				headers,
				nodeStaticData: { webhookId: '42', secret: 'mysecrets' },
			},
		);

	it('accepts the raw body signed with the known signature', async () => {
		expect(JSON.stringify(JSON.parse(VECTOR_BODY))).not.toBe(VECTOR_BODY);
		const { result, status } = await deliver({ 'X-CallFire-Signature': VECTOR_SIGNATURE });
		expect(status).toBeUndefined();
		// The vector carries no events[]: accepted, nothing to emit.
		expect(result).toEqual({ webhookResponse: { received: true, emitted: 0 } });
	});

	it('refuses a signature made over the re-serialised body', async () => {
		const reserialised = callFireSignature('mysecrets', JSON.stringify(JSON.parse(VECTOR_BODY)));
		expect(reserialised).not.toBe(VECTOR_SIGNATURE);
		const { result, status } = await deliver({ 'X-CallFire-Signature': reserialised });
		expect(status).toBe(401);
		expect(result).toEqual({ noWebhookResponse: true });
	});
});

describe('CallFire Trigger › replays', () => {
	it('runs a signed delivery once: the same delivery again starts no execution', async () => {
		const raw = Buffer.from(JSON.stringify(DELIVERY));
		const headers = { 'X-CallFire-Signature': callFireSignature(SECRET, raw) };
		const send = () =>
			callWebhook(
				{
					type: 'callFireTrigger',
					workflowId: 'callfire-replay',
					parameters: { resource: 'OutboundCall', events: ['Finished'] } as never,
				},
				{
					body: DELIVERY,
					rawBody: raw,
					headers,
					nodeStaticData: { webhookId: '42', secret: SECRET },
				},
			);
		expect((await send()).result.workflowData?.[0]).toHaveLength(2);
		const replay = await send();
		expect(replay.result.workflowData).toBeUndefined();
		expect(replay.result.webhookResponse).toEqual({ received: true, duplicate: true });
	});
});

describe('CallFire Trigger › webhook lifecycle', () => {
	const PASSWORD = ['api', 'password', 'for', 'tests'].join('-');
	const credentials = {
		callFireApi: {
			username: 'api-login',
			password: PASSWORD,
			baseUrl: 'https://api.callfire.com/v2',
		},
	};
	const basic = `Basic ${Buffer.from(`api-login:${PASSWORD}`).toString('base64')}`;

	it('creates a webhook with a generated secret on activation, finds it again, and deletes it on deactivation', async () => {
		const lifecycle = webhookLifecycle({
			type: 'callFireTrigger',
			parameters: { resource: 'InboundText', events: ['Finished'] } as never,
			credentials,
		});
		const url = String(lifecycle.webhookUrl());
		let created: Record<string, unknown> = {};

		nock('https://api.callfire.com')
			.get('/v2/webhooks')
			.query({ callback: url, limit: '1000', offset: '0' })
			.matchHeader('authorization', basic)
			.reply(200, { items: [], limit: 1000, offset: 0, totalCount: 0 });
		expect(await lifecycle.checkExists()).toBe(false);

		nock('https://api.callfire.com')
			.post('/v2/webhooks', (body) => {
				created = body;
				return true;
			})
			.matchHeader('authorization', basic)
			.reply(200, { id: 4321 });
		expect(await lifecycle.create()).toBe(true);
		expect(created).toMatchObject({
			resource: 'InboundText',
			events: ['Finished'],
			callback: url,
			enabled: true,
		});
		expect(String(created.secret)).toMatch(/^[0-9a-f]{48}$/);
		expect(lifecycle.staticData()).toMatchObject({ webhookId: '4321', secret: created.secret });

		nock('https://api.callfire.com')
			.get('/v2/webhooks/4321')
			.reply(200, webhook(4321, url, { resource: 'InboundText', events: ['Finished'] }));
		expect(await lifecycle.checkExists()).toBe(true);

		nock('https://api.callfire.com').delete('/v2/webhooks/4321').reply(204);
		expect(await lifecycle.delete()).toBe(true);
		expect(lifecycle.staticData()).toEqual({});
	});

	const API = 'https://api.callfire.com';
	const listing = (url: string, offset = 0) =>
		nock(API)
			.get('/v2/webhooks')
			.query({ callback: url, limit: '1000', offset: String(offset) });

	it('finds its webhook by callback URL when the stored one is gone, and takes it back with its secret', async () => {
		const lifecycle = webhookLifecycle({
			type: 'callFireTrigger',
			parameters: { resource: 'InboundText', events: ['Finished'] } as never,
			credentials,
		});
		const url = String(lifecycle.webhookUrl());
		Object.assign(lifecycle.staticData(), { webhookId: '4321', secret: 'old-secret' });

		nock(API).get('/v2/webhooks/4321').reply(404, callFireError(404, 'webhook not found'));
		listing(url).reply(200, {
			items: [webhook(5555, url, { secret: 'kept-secret' })],
			limit: 1000,
			offset: 0,
			totalCount: 1,
		});
		expect(await lifecycle.checkExists()).toBe(true);
		expect(lifecycle.staticData()).toEqual({ webhookId: '5555', secret: 'kept-secret' });
		expect(nock.pendingMocks()).toEqual([]);
	});

	it('after lost static data, pages through the webhooks, and replaces one whose secret the listing does not give', async () => {
		const lifecycle = webhookLifecycle({
			type: 'callFireTrigger',
			parameters: { resource: 'InboundText', events: ['Finished'] } as never,
			credentials,
		});
		const url = String(lifecycle.webhookUrl());
		// An API that ignores the callback filter and pages: only the exact URL counts.
		listing(url, 0).reply(200, {
			items: [webhook(1, 'https://elsewhere.example.com/hook', { secret: 'not-ours' })],
			limit: 1000,
			offset: 0,
			totalCount: 2,
		});
		listing(url, 1).reply(200, {
			items: [webhook(2, url)],
			limit: 1000,
			offset: 1,
			totalCount: 2,
		});
		const removed = nock(API)
			.delete('/v2/webhooks/2')
			.basicAuth({ user: 'api-login', pass: PASSWORD })
			.reply(204);
		expect(await lifecycle.checkExists()).toBe(false);
		expect(removed.isDone()).toBe(true);
		expect(lifecycle.staticData()).toEqual({});

		// n8n then creates a new one, with a secret of its own.
		nock(API).post('/v2/webhooks').reply(200, { id: 3 });
		expect(await lifecycle.create()).toBe(true);
		expect(lifecycle.staticData()).toMatchObject({ webhookId: '3' });
	});

	it('replaces a stored webhook that no longer delivers the chosen events', async () => {
		const lifecycle = webhookLifecycle({
			type: 'callFireTrigger',
			parameters: { resource: 'CallBroadcast', events: ['Started', 'Finished'] } as never,
			credentials,
		});
		const url = String(lifecycle.webhookUrl());
		Object.assign(lifecycle.staticData(), { webhookId: '4321', secret: 'a-secret' });
		nock(API)
			.get('/v2/webhooks/4321')
			.reply(200, webhook(4321, url, { resource: 'CallBroadcast', events: ['Finished'] }));
		const removed = nock(API).delete('/v2/webhooks/4321').reply(204);
		listing(url).reply(200, { items: [], limit: 1000, offset: 0, totalCount: 0 });
		expect(await lifecycle.checkExists()).toBe(false);
		expect(removed.isDone()).toBe(true);
		expect(lifecycle.staticData()).toEqual({});
	});

	it("stops the activation with CallFire's message when the stored webhook cannot be read", async () => {
		const lifecycle = webhookLifecycle({
			type: 'callFireTrigger',
			parameters: { resource: 'InboundText', events: ['Finished'] } as never,
			credentials,
		});
		Object.assign(lifecycle.staticData(), { webhookId: '4321', secret: 'a-secret' });
		nock(API).get('/v2/webhooks/4321').reply(401, callFireError(401, 'Unauthorized'));
		await expect(lifecycle.checkExists()).rejects.toThrow('Unauthorized');
		expect(lifecycle.staticData()).toEqual({ webhookId: '4321', secret: 'a-secret' });
	});

	it('treats a 404 on deactivation as already deleted and forgets the webhook', async () => {
		const lifecycle = webhookLifecycle({
			type: 'callFireTrigger',
			parameters: { resource: 'InboundText', events: ['Finished'] } as never,
			credentials,
		});
		Object.assign(lifecycle.staticData(), { webhookId: '4321', secret: 'a-secret' });
		const gone = nock(API)
			.delete('/v2/webhooks/4321')
			.reply(404, callFireError(404, 'webhook not found'));
		expect(await lifecycle.delete()).toBe(true);
		expect(gone.isDone()).toBe(true);
		expect(lifecycle.staticData()).toEqual({});
	});
});

describe('CallFire Trigger › a credential without a Base URL', () => {
	// The doc's "API Endpoint https://api.callfire.com/v2" (callfire-api-v2.txt, lines 10-12).
	it.each([
		['no Base URL', {}],
		['an empty Base URL', { baseUrl: '' }],
	])('looks for its webhook in production with %s', async (_case, extra) => {
		const lifecycle = webhookLifecycle({
			type: 'callFireTrigger',
			parameters: { resource: 'InboundText', events: ['Finished'] } as never,
			credentials: { callFireApi: { username: 'api-login', password: 'api-password', ...extra } },
		});
		const scope = nock('https://api.callfire.com')
			.get('/v2/webhooks')
			.query(true)
			.reply(200, { items: [], limit: 1000, offset: 0, totalCount: 0 });
		expect(await lifecycle.checkExists()).toBe(false);
		expect(scope.isDone()).toBe(true);
	});
});

describe("CallFire Trigger › the credential's own Base URL", () => {
	it('registers and removes its webhook at the Base URL the credential names', async () => {
		const lifecycle = webhookLifecycle({
			type: 'callFireTrigger',
			parameters: { resource: 'InboundText', events: ['Finished'] } as never,
			credentials: {
				callFireApi: {
					username: 'api-login',
					password: 'api-password',
					baseUrl: 'https://callfire-stand-in.example.test/v2/',
				},
			},
		});
		const standIn = nock('https://callfire-stand-in.example.test')
			.get('/v2/webhooks')
			.query(true)
			.reply(200, { items: [], limit: 1000, offset: 0, totalCount: 0 })
			.post('/v2/webhooks')
			.reply(200, { id: 77 })
			.delete('/v2/webhooks/77')
			.reply(204);

		expect(await lifecycle.checkExists()).toBe(false);
		expect(await lifecycle.create()).toBe(true);
		expect(await lifecycle.delete()).toBe(true);
		expect(standIn.isDone()).toBe(true);
	});
});
