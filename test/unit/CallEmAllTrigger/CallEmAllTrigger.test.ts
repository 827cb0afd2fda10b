import nock from 'nock';

import { clearLoginCache } from '../../../nodes/CallEmAll/helpers/login';
import { SEEN_OPT_OUTS_KEPT } from '../../../nodes/CallEmAll/CallEmAllPollTrigger.node';
import { callWebhook, createPoller } from '../../helpers/harness';
import {
	BASE,
	CREDENTIALS,
	LOGIN_CREDENTIALS,
	PIN,
	SECRET_KEY,
	AUTH_TOKEN,
	ZERO,
	errorBody,
	loginAnswer,
	parseAuthorization,
	signatureVerifies,
} from '../CallEmAll/fixtures';

// ---------------------------------------------------------------- webhook (Call-Em-All Trigger)

const USER = 'cea-hook';
const PASSWORD = ['hook', 'pass', 'word', '31'].join('-');

function basic(user: string, password: string): string {
	return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

let eventIds = 0;
function notification(eventType: string, payload: object = {}, extra: object = {}) {
	eventIds += 1;
	return {
		notification: {
			eventId: `evt-${eventIds}`,
			eventType,
			createdAt: '2024-05-01T12:00:00Z',
			version: '1.0',
		},
		payload,
		...extra,
	};
}

const STATUS_CHANGE_PAYLOAD = { broadcastID: 39609, broadcastStatus: 'Complete' };

function deliver(
	parameters: Record<string, unknown>,
	call: Parameters<typeof callWebhook>[1],
	workflowId?: string,
) {
	return callWebhook(
		{
			type: 'callEmAllTrigger',
			parameters: {
				events: ['*'],
				authentication: 'basicAuth',
				username: USER,
				password: PASSWORD,
				...parameters,
			} as never,
			workflowId,
		},
		call,
	);
}

describe('Call-Em-All Trigger (webhook)', () => {
	it('answers 200 at once and emits the notification, payload and eventType', async () => {
		const body = notification('broadcast-status-change', STATUS_CHANGE_PAYLOAD);
		const { status, result } = await deliver(
			{},
			{ body, headers: { Authorization: basic(USER, PASSWORD) } },
		);

		expect(status).toBeUndefined();
		expect(result.noWebhookResponse).toBeUndefined();
		expect(result.workflowData?.[0]).toEqual([
			{ json: { eventType: 'broadcast-status-change', ...body } },
		]);
	});

	it.each([
		['no Authorization header', undefined],
		['a wrong password', basic(USER, 'wrong')],
		['a wrong user name', basic('someone', PASSWORD)],
		['a Bearer token', `Bearer ${PASSWORD}`],
		['a header without a colon', `Basic ${Buffer.from(USER + PASSWORD).toString('base64')}`],
	])('refuses a call with %s: 401 and no execution', async (_kind, authorization) => {
		const { status, responseBody, result } = await deliver(
			{},
			{
				body: notification('broadcast-status-change', STATUS_CHANGE_PAYLOAD),
				headers: authorization ? { Authorization: authorization } : {},
			},
		);

		expect(status).toBe(401);
		expect(result).toEqual({ noWebhookResponse: true });
		expect(JSON.stringify(responseBody)).not.toContain(PASSWORD);
	});

	it('answers a refused call with the Basic challenge and one fixed message', async () => {
		const { status, responseBody, headers } = await deliver(
			{},
			{
				body: notification('broadcast-status-change', STATUS_CHANGE_PAYLOAD),
				headers: { Authorization: basic(USER, 'wrong') },
			},
		);

		expect(status).toBe(401);
		expect(responseBody).toEqual({ error: 'Missing or wrong user name or password' });
		expect(headers).toEqual({ 'WWW-Authenticate': 'Basic realm="Webhook"' });
	});

	it('refuses every call while the user name or password is empty', async () => {
		const { status, result } = await deliver(
			{ password: '' },
			{
				body: notification('broadcast-status-change'),
				headers: { Authorization: basic(USER, '') },
			},
		);

		expect(status).toBe(401);
		expect(result.workflowData).toBeUndefined();
	});

	it('checks the credentials before it reads the body', async () => {
		const { status } = await deliver(
			{},
			{ body: 'not json {', rawBody: Buffer.from('not json {') },
		);
		expect(status).toBe(401);
	});

	it('accepts any call when Authentication is None', async () => {
		const { status, result } = await deliver(
			{ authentication: 'none' },
			{ body: notification('broadcast-status-change', STATUS_CHANGE_PAYLOAD) },
		);

		expect(status).toBeUndefined();
		expect(result.workflowData?.[0]).toHaveLength(1);
	});

	it.each([
		['malformed JSON', 'not json {'],
		['a JSON array', '[1, 2]'],
	])('answers 400 to %s, with no execution', async (_kind, text) => {
		const { status, result } = await deliver(
			{},
			{ body: text, rawBody: Buffer.from(text), headers: { Authorization: basic(USER, PASSWORD) } },
		);

		expect(status).toBe(400);
		expect(result).toEqual({ noWebhookResponse: true });
	});

	it('answers 400 to a JSON object that is not a notification', async () => {
		const { status, result } = await deliver(
			{},
			{ body: { hello: 'world' }, headers: { Authorization: basic(USER, PASSWORD) } },
		);

		expect(status).toBe(400);
		expect(result.workflowData).toBeUndefined();
	});

	it('reads a JSON body n8n left unparsed (raw bytes only)', async () => {
		const body = notification('broadcast-status-change', STATUS_CHANGE_PAYLOAD);
		const { result } = await deliver(
			{},
			{
				body: {},
				rawBody: Buffer.from(JSON.stringify(body)),
				headers: { Authorization: basic(USER, PASSWORD) },
			},
		);

		expect(result.workflowData?.[0][0].json).toEqual({
			eventType: 'broadcast-status-change',
			...body,
		});
	});

	it('tolerates unknown extra fields and passes them on', async () => {
		const body = notification(
			'broadcast-status-change',
			{ ...STATUS_CHANGE_PAYLOAD, brandNew: { nested: [1, 2] } },
			{ surprise: true },
		);
		(body.notification as Record<string, unknown>).traceId = 'abc';
		const { result } = await deliver(
			{},
			{ body, headers: { Authorization: basic(USER, PASSWORD) } },
		);

		expect(result.workflowData?.[0][0].json).toMatchObject({
			eventType: 'broadcast-status-change',
			surprise: true,
			notification: { traceId: 'abc' },
			payload: { broadcastID: 39609, brandNew: { nested: [1, 2] } },
		});
	});

	describe('event filter', () => {
		const auth = { Authorization: basic(USER, PASSWORD) };

		it('lets a broadcast status change through when it is selected', async () => {
			const { result } = await deliver(
				{ events: ['broadcast-status-change'] },
				{ body: notification('broadcast-status-change', STATUS_CHANGE_PAYLOAD), headers: auth },
			);
			expect(result.workflowData?.[0]).toHaveLength(1);
		});

		it('matches the event type however it is spelled (BroadcastStatusChange)', async () => {
			const { result } = await deliver(
				{ events: ['broadcast-status-change'] },
				{ body: notification('BroadcastStatusChange', STATUS_CHANGE_PAYLOAD), headers: auth },
			);
			expect(result.workflowData?.[0][0].json.eventType).toBe('BroadcastStatusChange');
		});

		it('answers 200 but does not run for other event types when they are not selected', async () => {
			const { status, result } = await deliver(
				{ events: ['broadcast-status-change'] },
				{ body: notification('inbound-text', { message: 'STOP' }), headers: auth },
			);
			expect(status).toBeUndefined();
			expect(result.workflowData).toBeUndefined();
			expect(result.webhookResponse).toEqual({ received: true, emitted: false });
		});

		it('passes other event types through unchanged with "Other Events"', async () => {
			const body = notification('opt-out', { phoneNumber: '2145551234' });
			const { result } = await deliver({ events: ['other'] }, { body, headers: auth });
			expect(result.workflowData?.[0]).toEqual([{ json: { eventType: 'opt-out', ...body } }]);
		});

		it('"Other Events" alone does not let a broadcast status change through', async () => {
			const { result } = await deliver(
				{ events: ['other'] },
				{ body: notification('broadcast-status-change'), headers: auth },
			);
			expect(result.webhookResponse).toEqual({ received: true, emitted: false });
		});

		it.each(['broadcast-status-change', 'inbound-text', 'opt-in', 'something-new'])(
			'"All Events" lets %s through',
			async (eventType) => {
				const { result } = await deliver(
					{ events: ['*'] },
					{ body: notification(eventType), headers: auth },
				);
				expect(result.workflowData?.[0][0].json.eventType).toBe(eventType);
			},
		);
	});

	it('runs once for a notification delivered twice (same eventId)', async () => {
		const body = notification('broadcast-status-change', STATUS_CHANGE_PAYLOAD);
		const call = { body, headers: { Authorization: basic(USER, PASSWORD) } };

		const first = await deliver({}, call, 'replay-workflow');
		const second = await deliver({}, call, 'replay-workflow');

		expect(first.result.workflowData?.[0]).toHaveLength(1);
		expect(second.status).toBeUndefined();
		expect(second.result.workflowData).toBeUndefined();
		expect(second.result.webhookResponse).toEqual({ received: true, duplicate: true });
	});

	it('has nothing to register with Call-Em-All (webhooks are set up by email)', async () => {
		const { CallEmAllTrigger } = await import('../../../nodes/CallEmAll/CallEmAllTrigger.node');
		const methods = new CallEmAllTrigger().webhookMethods.default;
		const context = {} as never;
		expect(await methods.checkExists.call(context)).toBe(true);
		expect(await methods.create.call(context)).toBe(true);
		expect(await methods.delete.call(context)).toBe(true);
	});
});

// ----------------------------------------------------------- polling (Call-Em-All Poll Trigger)

/** A time as the API writes it: "2024-05-01 10:11:12-0000". */
function apiDate(ms: number): string {
	return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')}-0000`;
}

const NOW = Date.now();

function optOut(phone: string, minutesAgo: number, extra: object = {}) {
	return {
		FirstName: '',
		LastName: '',
		PhoneNumber: phone,
		Notes: '',
		OptOutDate: apiDate(NOW - minutesAgo * 60_000),
		DoNotCall: true,
		DoNotText: false,
		GlobalOptOut: false,
		...extra,
	};
}

function broadcast(id: number, status: string) {
	return {
		Uri: `/v1/broadcasts/${id}`,
		UriBroadcastDetails: `/v1/broadcasts/${id}/details`,
		BroadcastID: id,
		BroadcastName: `Broadcast ${id}`,
		BroadcastType: 'Announcement',
		BroadcastStatus: status,
		CreatedDate: '2024-05-01 09:00:00-0500',
	};
}

const feed = (items: object[], next: string | null = null) => ({
	Size: items.length,
	Items: items,
	Previous: null,
	Next: next,
});

interface Request {
	path: string;
	authorization: string;
}

/** Answers GET `path` (any query) once with `body`, recording what was asked. */
function answer(path: string, body: object, seen: Request[] = []) {
	nock(BASE)
		.get(path)
		.query(true)
		.reply(function reply(uri) {
			seen.push({ path: uri, authorization: String(this.req.headers.authorization ?? '') });
			return [200, body];
		});
	return seen;
}

function poller(parameters: Record<string, unknown>, credentials: object = CREDENTIALS) {
	return createPoller({
		type: 'callEmAllPollTrigger',
		parameters: { options: {}, ...parameters } as never,
		credentials: credentials as never,
	});
}

function stateOf(trigger: ReturnType<typeof poller>): Record<string, unknown> {
	return (
		(trigger.workflow.staticData as Record<string, Record<string, unknown>>)['node:Node'] ?? {}
	);
}

describe('Call-Em-All Poll Trigger', () => {
	beforeEach(() => clearLoginCache());

	describe('new opt-outs', () => {
		it('learns the existing opt-outs on the first poll, then emits each new one once', async () => {
			const trigger = poller({ watch: ['optOut'] });
			const a = optOut('2145550001', 30);
			const b = optOut('2145550002', 5);
			const c = optOut('2145550003', 1, { DoNotCall: false, DoNotText: true });

			const seen = answer('/v1/optouts', feed([a]));
			expect(await trigger.poll()).toBeNull();

			answer('/v1/optouts', feed([a, b]), seen);
			const second = await trigger.poll();
			expect(second?.[0].map((item) => item.json)).toEqual([{ event: 'optOut', ...b }]);

			answer('/v1/optouts', feed([c, a, b]), seen);
			const third = await trigger.poll();
			expect(third?.[0].map((item) => item.json.PhoneNumber)).toEqual(['2145550003']);

			answer('/v1/optouts', feed([a, b, c]), seen);
			expect(await trigger.poll()).toBeNull();

			// Every request is OAuth-signed and asks from a day (with a day of overlap).
			expect(seen).toHaveLength(4);
			for (const request of seen) {
				const url = new URL(request.path, BASE);
				expect(url.pathname).toBe('/v1/optouts');
				expect(url.searchParams.get('date-from')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
				expect(parseAuthorization(request.authorization).oauth_token).toBe(AUTH_TOKEN);
				expect(signatureVerifies('GET', request.path, request.authorization, SECRET_KEY)).toBe(
					true,
				);
			}
			const dateFrom = new URL(seen[1].path, BASE).searchParams.get('date-from');
			expect(dateFrom).toBe(new Date(NOW - 24 * 60 * 60_000).toISOString().slice(0, 10));
		});

		it('emits the same number again when it opts out of something else later', async () => {
			const trigger = poller({ watch: ['optOut'] });
			const calls = optOut('2145550009', 10);
			answer('/v1/optouts', feed([calls]));
			await trigger.poll();

			const texts = optOut('2145550009', 1, { DoNotText: true });
			answer('/v1/optouts', feed([calls, texts]));
			const result = await trigger.poll();
			expect(result?.[0].map((item) => item.json)).toEqual([{ event: 'optOut', ...texts }]);
		});

		it('follows the feed to its last page, oldest opt-out first', async () => {
			const trigger = poller({ watch: ['optOut'] });
			answer('/v1/optouts', feed([]));
			await trigger.poll();

			const newer = optOut('2145550011', 2);
			const older = optOut('2145550012', 20);
			const seen = answer(
				'/v1/optouts',
				feed([newer], '/optouts?date-from=2024-05-01&pagesize=100&page=2'),
			);
			answer('/v1/optouts', feed([older]), seen);
			const result = await trigger.poll();

			expect(seen.map((request) => new URL(request.path, BASE).searchParams.get('page'))).toEqual([
				null,
				'2',
			]);
			expect(result?.[0].map((item) => item.json.PhoneNumber)).toEqual([
				'2145550012',
				'2145550011',
			]);
		});

		it('keeps its memory bounded and never re-emits opt-outs older than the window', async () => {
			const trigger = poller({ watch: ['optOut'] });
			answer('/v1/optouts', feed([]));
			await trigger.poll();

			// The API ignored date-from and sent a years-old opt-out the trigger never saw.
			const ancient = optOut('2145550099', 3 * 365 * 24 * 60);
			const fresh = optOut('2145550100', 1);
			answer('/v1/optouts', feed([ancient, fresh]));
			const result = await trigger.poll();
			expect(result?.[0].map((item) => item.json.PhoneNumber)).toEqual(['2145550100']);

			const state = stateOf(trigger).optOuts as { seen: string[] };
			expect(state.seen.length).toBeLessThanOrEqual(SEEN_OPT_OUTS_KEPT);
		});

		it('logs in with the user name and PIN when the credential has no Auth Token', async () => {
			const issued = ['issued', 'poll', 'token'].join('-');
			const credentials = {
				callEmAllApi: {
					...CREDENTIALS.callEmAllApi,
					authToken: '',
					username: 'apitest@cea',
					pinCode: ['p', 'i', 'n', '7'].join(''),
				},
			};
			nock(BASE).post('/v1/user/login').reply(200, { UserID: 1, AuthToken: issued });
			const seen = answer('/v1/optouts', feed([]));

			await poller({ watch: ['optOut'] }, credentials).poll();

			expect(parseAuthorization(seen[0].authorization).oauth_token).toBe(issued);
		});

		it('reports a Call-Em-All error without leaking the keys', async () => {
			nock(BASE)
				.get('/v1/optouts')
				.query(true)
				.reply(401, { ErrorCode: 1, ErrorName: 'Unauthorized', Message: 'Invalid token' });

			const error = await poller({ watch: ['optOut'] })
				.poll()
				.catch((caught: Error) => caught);

			expect((error as Error).message).toContain('Invalid token');
			expect(JSON.stringify(error)).not.toContain(SECRET_KEY);
			expect(JSON.stringify(error)).not.toContain(AUTH_TOKEN);
		});
	});

	describe('broadcast status changes', () => {
		it('remembers each broadcast status and emits only the changes', async () => {
			const trigger = poller({ watch: ['broadcastStatus'] });

			const seen = answer(
				'/v1/broadcasts',
				feed([broadcast(2, 'Complete'), broadcast(1, 'Pending')]),
			);
			expect(await trigger.poll()).toBeNull();
			expect(new URL(seen[0].path, BASE).searchParams.get('sortby')).toBe('-CreatedDate');

			answer(
				'/v1/broadcasts',
				feed([broadcast(3, 'Pending'), broadcast(2, 'Complete'), broadcast(1, 'In Progress')]),
			);
			const second = await trigger.poll();
			expect(second?.[0].map((item) => item.json)).toEqual([
				{
					event: 'broadcastStatusChange',
					...broadcast(1, 'In Progress'),
					previousStatus: 'Pending',
				},
				{ event: 'broadcastStatusChange', ...broadcast(3, 'Pending'), previousStatus: null },
			]);

			answer(
				'/v1/broadcasts',
				feed([broadcast(3, 'Pending'), broadcast(2, 'Complete'), broadcast(1, 'In Progress')]),
			);
			expect(await trigger.poll()).toBeNull();

			answer(
				'/v1/broadcasts',
				feed([broadcast(3, 'Pending'), broadcast(2, 'Complete'), broadcast(1, 'Complete')]),
			);
			const fourth = await trigger.poll();
			expect(fourth?.[0].map((item) => [item.json.BroadcastID, item.json.previousStatus])).toEqual([
				[1, 'In Progress'],
			]);
		});

		it('can leave out broadcasts created since the last poll', async () => {
			const trigger = poller({
				watch: ['broadcastStatus'],
				options: { includeNewBroadcasts: false },
			});
			answer('/v1/broadcasts', feed([broadcast(1, 'Pending')]));
			await trigger.poll();

			answer('/v1/broadcasts', feed([broadcast(2, 'Pending'), broadcast(1, 'Complete')]));
			const result = await trigger.poll();
			expect(result?.[0].map((item) => item.json.BroadcastID)).toEqual([1]);
		});

		it('takes the ID from the Uri when the list leaves BroadcastID out', async () => {
			const trigger = poller({ watch: ['broadcastStatus'] });
			const withoutId = (status: string) => {
				const { BroadcastID: _id, ...rest } = broadcast(23718, status);
				void _id;
				return rest;
			};
			answer('/v1/broadcasts', feed([withoutId('Pending')]));
			await trigger.poll();

			answer('/v1/broadcasts', feed([withoutId('Complete')]));
			const result = await trigger.poll();
			expect(result?.[0][0].json).toMatchObject({
				BroadcastID: '23718',
				BroadcastStatus: 'Complete',
				previousStatus: 'Pending',
			});
		});

		it('stops at Broadcasts to Check', async () => {
			const trigger = poller({ watch: ['broadcastStatus'], options: { maxBroadcasts: 2 } });
			const seen = answer(
				'/v1/broadcasts',
				feed([broadcast(3, 'Pending'), broadcast(2, 'Pending')], '/broadcasts?page=2'),
			);
			await trigger.poll();
			expect(seen).toHaveLength(1);
			const statuses = (stateOf(trigger).broadcasts as { statuses: unknown[] }).statuses;
			expect(statuses).toEqual([
				['3', 'Pending'],
				['2', 'Pending'],
			]);
		});
	});

	it('watches both at once, each item saying which it is', async () => {
		const trigger = poller({ watch: ['optOut', 'broadcastStatus'] });
		answer('/v1/optouts', feed([]));
		answer('/v1/broadcasts', feed([broadcast(1, 'Pending')]));
		expect(await trigger.poll()).toBeNull();

		answer('/v1/optouts', feed([optOut('2145550200', 1)]));
		answer('/v1/broadcasts', feed([broadcast(1, 'Complete')]));
		const result = await trigger.poll();
		expect(result?.[0].map((item) => item.json.event)).toEqual(['optOut', 'broadcastStatusChange']);
	});

	it('remembers nothing of a poll that failed half-way: the opt-out comes with the next poll', async () => {
		const trigger = poller({ watch: ['optOut', 'broadcastStatus'] });
		answer('/v1/optouts', feed([]));
		answer('/v1/broadcasts', feed([broadcast(1, 'Pending')]));
		expect(await trigger.poll()).toBeNull();
		const before = JSON.parse(JSON.stringify(stateOf(trigger)));

		const fresh = optOut('2145550300', 1);
		answer('/v1/optouts', feed([fresh]));
		nock(BASE)
			.get('/v1/broadcasts')
			.query(true)
			.reply(400, errorBody('Bad request.', 400, 'BadRequest'));
		await expect(trigger.poll()).rejects.toThrow('Bad request.');
		expect(stateOf(trigger)).toEqual(before);

		answer('/v1/optouts', feed([fresh]));
		answer('/v1/broadcasts', feed([broadcast(1, 'Pending')]));
		const result = await trigger.poll();
		expect(result?.[0].map((item) => item.json)).toEqual([{ event: 'optOut', ...fresh }]);
	});

	it('replaces a refused login token once, then carries on', async () => {
		const first = ['first', 'poll', 'token'].join('-');
		const second = ['second', 'poll', 'token'].join('-');
		const tokens: string[] = [];
		nock(BASE)
			.post('/v1/user/login')
			.reply(function reply() {
				tokens.push(parseAuthorization(String(this.req.headers.authorization)).oauth_token);
				return [200, loginAnswer(first)];
			})
			.get('/v1/optouts')
			.query(true)
			.reply(function reply() {
				tokens.push(parseAuthorization(String(this.req.headers.authorization)).oauth_token);
				return [401, errorBody('Invalid token.')];
			})
			.post('/v1/user/login')
			.reply(function reply() {
				tokens.push(parseAuthorization(String(this.req.headers.authorization)).oauth_token);
				return [200, loginAnswer(second)];
			});
		const seen = answer('/v1/optouts', feed([]));

		await poller({ watch: ['optOut'] }, LOGIN_CREDENTIALS).poll();

		expect(tokens).toEqual([ZERO, first, ZERO]);
		expect(parseAuthorization(seen[0].authorization).oauth_token).toBe(second);
		expect(signatureVerifies('GET', seen[0].path, seen[0].authorization, SECRET_KEY)).toBe(true);
		expect(nock.pendingMocks()).toHaveLength(0);
	});

	it('reports the likely cause when the new token is refused too', async () => {
		nock(BASE)
			.post('/v1/user/login')
			.times(2)
			.reply(200, loginAnswer(['poll', 'token', '9'].join('-')))
			.get('/v1/optouts')
			.query(true)
			.times(2)
			.reply(401, errorBody('Invalid token.'));
		await expect(poller({ watch: ['optOut'] }, LOGIN_CREDENTIALS).poll()).rejects.toThrow(
			'Invalid token. (Call-Em-All refused the Auth Token it had just issued for this user name and PIN',
		);
		expect(nock.pendingMocks()).toHaveLength(0);
	});

	it('keeps phone numbers whole when the PIN is part of them', async () => {
		nock(BASE).post('/v1/user/login').reply(200, loginAnswer('pin-session-token'));
		const trigger = poller({ watch: ['optOut'] }, LOGIN_CREDENTIALS);
		answer('/v1/optouts', feed([]));
		await trigger.poll();

		const number = `214${PIN}055`;
		const fresh = optOut(number, 1);
		answer('/v1/optouts', feed([fresh]));
		const result = await trigger.poll();
		expect(result?.[0][0].json.PhoneNumber).toBe(number);
		const remembered = (stateOf(trigger).optOuts as { seen: string[] }).seen;
		expect(remembered.some((key) => key.startsWith(`${number}|`))).toBe(true);
	});

	describe('manual mode (Fetch Test Event)', () => {
		it('returns the latest items without touching what the trigger remembers', async () => {
			const trigger = poller({ watch: ['optOut', 'broadcastStatus'] });
			const optOuts = [1, 2, 3, 4, 5, 6, 7].map((n) => optOut(`21455503${n}0`, n * 60 * 24));
			const seen = answer('/v1/optouts', feed([...optOuts].reverse()));
			answer('/v1/broadcasts', feed([broadcast(9, 'Complete'), broadcast(8, 'Pending')]), seen);

			const sample = await trigger.poll('manual');

			const items = sample?.[0].map((item) => item.json) ?? [];
			expect(
				items.filter((item) => item.event === 'optOut').map((item) => item.PhoneNumber),
			).toEqual(['2145550310', '2145550320', '2145550330', '2145550340', '2145550350']);
			expect(
				items
					.filter((item) => item.event === 'broadcastStatusChange')
					.map((item) => [item.BroadcastID, item.previousStatus]),
			).toEqual([
				[9, null],
				[8, null],
			]);
			expect(stateOf(trigger)).toEqual({});
			expect(new URL(seen[0].path, BASE).searchParams.get('date-from')).toMatch(
				/^\d{4}-\d{2}-\d{2}$/,
			);

			// The first real poll still only learns what is there: the sample did not count.
			answer('/v1/optouts', feed(optOuts));
			answer('/v1/broadcasts', feed([broadcast(9, 'Complete')]));
			expect(await trigger.poll()).toBeNull();
		});

		it('returns nothing when there is nothing yet', async () => {
			answer('/v1/optouts', feed([]));
			expect(await poller({ watch: ['optOut'] }).poll('manual')).toBeNull();
		});
	});

	it('asks the user to choose what to watch', async () => {
		await expect(poller({ watch: [] }).poll()).rejects.toThrow('Choose what to watch for');
	});
});
