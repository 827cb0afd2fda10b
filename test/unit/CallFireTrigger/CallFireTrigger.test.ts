import { callWebhook } from '../../helpers/harness';
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
	const deliver = (headers: Record<string, string>) =>
		callWebhook(
			{
				type: 'callFireTrigger',
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
		[{}, 'missing'],
		[{ 'X-CallFire-Signature': callFireSignature('another-secret', raw) }, 'wrong'],
	])('refuses a delivery whose signature is %#: 401 and no execution', async (headers) => {
		const { result, status } = await deliver(headers);

		expect(status).toBe(401);
		expect(result).toEqual({ noWebhookResponse: true });
	});
});
