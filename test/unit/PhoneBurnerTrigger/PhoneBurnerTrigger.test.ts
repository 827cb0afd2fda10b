import { callWebhook, closableAnswer } from '../../helpers/harness';
import { PB_CALLBACK_TOKEN as TOKEN, phoneBurnerCallDone } from '../../helpers/phoneBurnerCallDone';
import { callbackUrlFor } from '../../../nodes/PhoneBurner/helpers/callbacks';

// The callback bodies exactly as the PhoneBurner doc shows them.
const CALL_BEGIN = { lead_id: '12345', custom_data: '', ds_id: '12345', call_id: '12345' };
const CONTACT_DISPLAYED = {
	endpoint: 'https://YOUR_ENDPOINT_URL',
	contact_user_id: 987684528,
	lead_id: '16138032',
	external_id: '',
	external_crm: [],
};
const CALL_DONE = {
	status: 'No Answer',
	duration: 54,
	call_id: '1767709',
	connected: '1',
	contact: {
		user_id: '__OUR_UNIQUE_CONTACT_ID__',
		lead_id: 'abc123',
		phone: '9495551212',
		first_name: 'Colby',
		last_name: 'Flesher',
		phones: [{ number: '9495551212', phone_type: 'Home', phone_label: null }],
		notes: 'This is all the notes data from the dialer.',
	},
};

function deliver(parameters: Record<string, unknown>, call: Parameters<typeof callWebhook>[1]) {
	return callWebhook(
		{
			type: 'phoneBurnerTrigger',
			parameters: {
				authentication: 'token',
				secretToken: TOKEN,
				events: ['api_calldone'],
				...parameters,
			} as never,
		},
		call,
	);
}

describe('PhoneBurner Trigger', () => {
	it('emits an api_calldone callback with its event type', async () => {
		const { result, status } = await deliver(
			{},
			{ body: CALL_DONE, query: { token: TOKEN, event: 'api_calldone' } },
		);

		expect(status).toBeUndefined();
		expect(result.workflowData?.[0]).toEqual([{ json: { event: 'api_calldone', ...CALL_DONE } }]);
	});

	it.each([
		[CALL_BEGIN, 'api_callbegin'],
		[CONTACT_DISPLAYED, 'api_contact_displayed'],
		[CALL_DONE, 'api_calldone'],
	])(
		'recognises a callback by its body when the URL does not name it (%#)',
		async (body, event) => {
			const { result } = await deliver(
				{ events: ['api_callbegin', 'api_contact_displayed', 'api_calldone'] },
				{ body, query: { token: TOKEN } },
			);

			expect(result.workflowData?.[0][0].json).toMatchObject({ event, eventDetectedFrom: 'body' });
		},
	);

	it('does not emit events the user did not pick, but still answers', async () => {
		const { result, status } = await deliver(
			{ events: ['api_calldone'] },
			{ body: CALL_BEGIN, query: { token: TOKEN, event: 'api_callbegin' } },
		);

		expect(status).toBeUndefined();
		expect(result.workflowData).toBeUndefined();
		expect(result.webhookResponse).toEqual({ received: true, emitted: false });
	});

	it.each([
		['no token', {}],
		['a wrong token', { token: 'wrong' }],
	])('refuses a call with %s: 401 and no execution', async (_kind, query) => {
		const { result, status } = await deliver(
			{},
			{ body: CALL_DONE, query: { ...query, event: 'api_calldone' } },
		);

		expect(status).toBe(401);
		expect(result).toEqual({ noWebhookResponse: true });
	});

	it('accepts the token in the X-Webhook-Token header', async () => {
		const { result } = await deliver(
			{},
			{ body: CALL_DONE, headers: { 'X-Webhook-Token': TOKEN } },
		);

		expect(result.workflowData?.[0]).toHaveLength(1);
	});

	it('tolerates the older top-level api_calldone style and unknown extra fields', async () => {
		const { result } = await deliver(
			{},
			{
				body: {
					api_calldone: { status: 'Interested', duration: 12, call_id: '9' },
					surprise: { nested: true },
				},
				query: { token: TOKEN },
			},
		);

		expect(result.workflowData?.[0][0].json).toMatchObject({
			event: 'api_calldone',
			status: 'Interested',
			duration: 12,
			call_id: '9',
			surprise: { nested: true },
		});
	});

	it('accepts every call when authentication is None', async () => {
		const { result } = await deliver({ authentication: 'none' }, { body: CALL_DONE });

		expect(result.workflowData?.[0]).toHaveLength(1);
	});

	it('ignores the same callback for the same call delivered again (a replay)', async () => {
		const again = async (workflowId: string) =>
			await phoneBurnerCallDone(workflowId, { body: CALL_DONE });
		const first = await again('replayed-workflow');
		const second = await again('replayed-workflow');
		expect(first.result.workflowData?.[0]).toHaveLength(1);
		expect(second.result.workflowData).toBeUndefined();
		expect(second.result.webhookResponse).toEqual({ received: true, duplicate: true });
		const otherCall = await callWebhook(
			{
				type: 'phoneBurnerTrigger',
				workflowId: 'replayed-workflow',
				parameters: {
					authentication: 'token',
					secretToken: TOKEN,
					events: ['api_calldone'],
				} as never,
			},
			{
				body: { ...CALL_DONE, call_id: '1767710' },
				query: { token: TOKEN, event: 'api_calldone' },
			},
		);
		expect(otherCall.result.workflowData?.[0]).toHaveLength(1);
	});

	it('runs a callback sent again after n8n could not start its workflow (500), and only then ignores it', async () => {
		const send = (response: object, executionStarts = true) =>
			callWebhook(
				{
					type: 'phoneBurnerTrigger',
					workflowId: 'retried-workflow',
					parameters: {
						authentication: 'token',
						secretToken: TOKEN,
						events: ['api_calldone'],
					} as never,
				},
				{
					body: CALL_DONE,
					query: { token: TOKEN, event: 'api_calldone' },
					response,
					executionStarts,
				},
			);
		const answer = () => Object.assign(closableAnswer(), { writableFinished: true });
		const firstAnswer = answer();
		const first = await send(firstAnswer, false);
		expect(first.result.workflowData?.[0]).toHaveLength(1);
		firstAnswer.statusCode = 500;
		firstAnswer.closeNow();

		const retryAnswer = answer();
		const retry = await send(retryAnswer);
		expect(retry.result.workflowData?.[0]).toHaveLength(1);
		retryAnswer.closeNow();

		const again = await send(answer());
		expect(again.result.workflowData).toBeUndefined();
		expect(again.result.webhookResponse).toEqual({ received: true, duplicate: true });
	});

	it('parses the older api_calldone wrapper when it arrives as a form field holding JSON', async () => {
		const { result } = await deliver(
			{},
			{
				body: { api_calldone: JSON.stringify(CALL_DONE) },
				query: { token: TOKEN },
			},
		);

		expect(result.workflowData?.[0][0].json).toEqual({
			event: 'api_calldone',
			...CALL_DONE,
			eventDetectedFrom: 'body',
		});
	});

	it('emits a body of no known shape as event "unknown" when every event is wanted', async () => {
		const body = { something: 'new', from: 'PhoneBurner' };
		const { result } = await deliver(
			{ events: ['api_callbegin', 'api_contact_displayed', 'api_calldone'] },
			{ body, query: { token: TOKEN } },
		);

		expect(result.workflowData?.[0]).toEqual([{ json: { event: 'unknown', ...body } }]);
	});

	it('does not emit a body of no known shape when only some events are wanted', async () => {
		const { result } = await deliver(
			{ events: ['api_calldone', 'api_callbegin'] },
			{ body: { something: 'new' }, query: { token: TOKEN } },
		);

		expect(result.workflowData).toBeUndefined();
		expect(result.webhookResponse).toEqual({ received: true, emitted: false });
	});
});

describe('PhoneBurner callback URLs (Create Dial Session → Callbacks)', () => {
	it.each([
		[
			'https://n8n.example.com/webhook/abc/callback?token=s3cret',
			'api_calldone',
			'https://n8n.example.com/webhook/abc/callback?token=s3cret&event=api_calldone',
		],
		[
			'https://n8n.example.com/webhook/abc/callback',
			'api_callbegin',
			'https://n8n.example.com/webhook/abc/callback?event=api_callbegin',
		],
		[
			'https://n8n.example.com/webhook/abc/callback?token=s3cret&event=api_calldone',
			'api_callbegin',
			'https://n8n.example.com/webhook/abc/callback?token=s3cret&event=api_calldone',
		],
		[
			'https://n8n.example.com/webhook/abc/callback?token=s3cret#top',
			'api_contact_displayed',
			'https://n8n.example.com/webhook/abc/callback?token=s3cret&event=api_contact_displayed#top',
		],
	])('%s for %s → %s', (url, type, expected) => {
		expect(callbackUrlFor(url, type)).toBe(expected);
	});

	it('the URL it builds is recognised by the trigger', async () => {
		const url = new URL(
			callbackUrlFor('https://n8n.example.com/x?token=' + TOKEN, 'api_callbegin'),
		);
		const { result } = await deliver(
			{ events: ['api_callbegin'] },
			{ body: CALL_BEGIN, query: Object.fromEntries(url.searchParams) },
		);

		expect(result.workflowData?.[0]).toEqual([{ json: { event: 'api_callbegin', ...CALL_BEGIN } }]);
	});
});
