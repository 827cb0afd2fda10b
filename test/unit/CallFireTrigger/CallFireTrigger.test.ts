import nock from 'nock';

import { callWebhook, webhookLifecycle } from '../../helpers/harness';
import { callFireSignature, signatureMatches } from '../../../nodes/CallFire/WebhookSignature';

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
		const url = lifecycle.webhookUrl();
		let created: Record<string, unknown> = {};

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
			.reply(200, { id: 4321, callback: url, enabled: true });
		expect(await lifecycle.checkExists()).toBe(true);

		nock('https://api.callfire.com').delete('/v2/webhooks/4321').reply(204);
		expect(await lifecycle.delete()).toBe(true);
		expect(lifecycle.staticData()).toEqual({});
	});
});
