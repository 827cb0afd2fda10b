/**
 * The webhook-trigger kit (`nodes/shared/webhook.ts`), through n8n-core's WebhookContext and
 * HookContext with a made-up trigger built of it (test/helpers/testVendor.ts).
 */
import { callWebhook, webhookLifecycle } from '../../helpers/harness';
import { secretsMatch } from '../../../nodes/shared/webhook';

const trigger = { type: 'testVendorTrigger', parameters: { token: 'a-long-random-token' } };

describe('secretsMatch', () => {
	it('matches only the expected secret', () => {
		expect(secretsMatch('a-long-random-token', 'a-long-random-token')).toBe(true);
		expect(secretsMatch('a-long-random-token', 'a-long-random-tokeN')).toBe(false);
		expect(secretsMatch('a-long-random-token', 'a-long')).toBe(false);
		expect(secretsMatch('a-long-random-token', `a-long-random-token${'x'.repeat(1000)}`)).toBe(
			false,
		);
	});

	it('never matches an empty expected secret, or a value that is not text', () => {
		expect(secretsMatch('', '')).toBe(false);
		expect(secretsMatch('token', undefined)).toBe(false);
		expect(secretsMatch('123', 123)).toBe(false);
		expect(secretsMatch('token', ['token'])).toBe(false);
	});

	it('compares signatures as the CallFire doc computes them (its test vector)', () => {
		// callfire-api-v2 doc, README: secret "mysecrets", this body signs to v14pF7d5C1+CHNIEWlg+sw9v0Xg=
		expect(secretsMatch('v14pF7d5C1+CHNIEWlg+sw9v0Xg=', 'v14pF7d5C1+CHNIEWlg+sw9v0Xg=')).toBe(true);
	});
});

describe('rejectUnauthorized', () => {
	it('answers 401 with the error and the headers asked for, and starts no workflow', async () => {
		const outcome = await callWebhook(trigger, {
			body: { event: 'x' },
			headers: { 'x-token': 'wrong' },
		});

		expect(outcome.status).toBe(401);
		expect(outcome.responseBody).toEqual({ error: 'Missing or wrong token' });
		expect(outcome.result).toEqual({ noWebhookResponse: true });
		expect(outcome.headers).toEqual({ 'WWW-Authenticate': 'Token' });
	});

	it('lets the right secret through', async () => {
		const outcome = await callWebhook(trigger, {
			body: { event: 'x' },
			headers: { 'x-token': 'a-long-random-token' },
		});

		expect(outcome.status).toBeUndefined();
		expect(outcome.result).toEqual({ workflowData: [[{ json: { event: 'x' } }]] });
	});
});

describe('registrationFreeWebhookMethods', () => {
	it('has nothing to create or delete: activation and deactivation succeed without a request', async () => {
		const lifecycle = webhookLifecycle(trigger);
		await expect(lifecycle.checkExists()).resolves.toBe(true);
		await expect(lifecycle.create()).resolves.toBe(true);
		await expect(lifecycle.delete()).resolves.toBe(true);
		expect(lifecycle.staticData()).toEqual({});
	});
});
