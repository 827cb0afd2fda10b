/**
 * The login session: logging in with user name and PIN, a refused login token replaced once,
 * and the PIN kept out of errors and output.
 */
import nock from 'nock';

import { clearLoginCache } from '../../../nodes/CallEmAll/helpers/login';
import { forgetPacing, pacerState } from '../../../nodes/shared/pacer';
import {
	BASE,
	CREDENTIALS,
	DOC,
	LOGIN_CREDENTIALS,
	PIN,
	SECRET_KEY,
	ZERO,
	errorBody,
	loginAnswer,
	parseAuthorization,
	recordTo,
	signatureVerifies,
	type Seen,
} from './fixtures';
import { bodyOf, run } from './requests';

beforeEach(() => clearLoginCache());
afterEach(() => nock.cleanAll());

describe('Call-Em-All › log in with user name and PIN', () => {
	const loginCredentials = {
		callEmAllApi: {
			...CREDENTIALS.callEmAllApi,
			authToken: '',
			username: 'apitest@cea',
			pinCode: ['p', 'i', 'n', '9'].join(''),
		},
	};
	const ZERO = '00000000-0000-0000-0000-000000000000';
	const issued = ['issued', 'token', '77'].join('-');

	it('logs in once with the all-zero token, then signs with the token it got', async () => {
		const seen: Seen[] = [];
		nock(BASE)
			.post('/v1/user/login')
			.reply(recordTo(seen, 200, { UserID: 73312, AuthToken: issued }))
			.get('/v1/lists/everyone')
			.times(2)
			.reply(recordTo(seen, 200, { ListID: 1 }));

		const first = await run(
			{ resource: 'contactList', operation: 'getEveryone' },
			{ credentials: loginCredentials },
		);
		const second = await run(
			{ resource: 'contactList', operation: 'getEveryone' },
			{ credentials: loginCredentials },
		);

		expect(first.error).toBeUndefined();
		expect(second.error).toBeUndefined();
		expect(seen.map((s) => s.path)).toEqual([
			'/v1/user/login',
			'/v1/lists/everyone',
			'/v1/lists/everyone',
		]);
		expect(bodyOf(seen[0])).toEqual({
			UserName: 'apitest@cea',
			PinCode: loginCredentials.callEmAllApi.pinCode,
		});
		expect(parseAuthorization(seen[0].authorization).oauth_token).toBe(ZERO);
		expect(parseAuthorization(seen[1].authorization).oauth_token).toBe(issued);
		for (const request of seen) {
			expect(signatureVerifies(request.method, request.path, request.authorization)).toBe(true);
		}
	});

	it('offers Log In as an operation, signed with the all-zero token', async () => {
		const seen: Seen[] = [];
		nock(BASE)
			.post('/v1/user/login')
			.reply(recordTo(seen, 200, { UserID: 5, AuthToken: issued }));
		const { items, error } = await run({
			resource: 'user',
			operation: 'logIn',
			userName: 'other',
			pinCode: 'x1',
		});
		expect(error).toBeUndefined();
		expect(items[0].json).toEqual({ UserID: 5, AuthToken: issued });
		expect(bodyOf(seen[0])).toEqual({ UserName: 'other', PinCode: 'x1' });
		expect(parseAuthorization(seen[0].authorization).oauth_token).toBe(ZERO);
		expect(signatureVerifies('POST', seen[0].path, seen[0].authorization)).toBe(true);
	});

	it('refuses a credential with neither an Auth Token nor a user name and PIN', async () => {
		const { error } = await run(
			{ resource: 'contactList', operation: 'getEveryone' },
			{ credentials: { callEmAllApi: { ...CREDENTIALS.callEmAllApi, authToken: '' } } },
		);
		expect(error?.message).toBe(
			'The Call-Em-All credential needs an Auth Token, or a user name and PIN to log in with',
		);
	});
});

describe('Call-Em-All › a refused login token is replaced once', () => {
	const first = ['first', 'login', 'token', '0001'].join('-');
	const second = ['second', 'login', 'token', '0002'].join('-');

	it('logs in once more, and the retried request succeeds with the new token', async () => {
		const seen: Seen[] = [];
		nock(BASE)
			.post('/v1/user/login')
			.reply(recordTo(seen, 200, loginAnswer(first)))
			.get('/v1/lists/everyone')
			.reply(recordTo(seen, 401, errorBody('Invalid token.')))
			.post('/v1/user/login')
			.reply(recordTo(seen, 200, loginAnswer(second)))
			.get('/v1/lists/everyone')
			.reply(recordTo(seen, 200, DOC.everyone));

		const { items, error } = await run(
			{ resource: 'contactList', operation: 'getEveryone' },
			{ credentials: LOGIN_CREDENTIALS },
		);

		expect(error).toBeUndefined();
		expect(items.map((item) => item.json)).toEqual([DOC.everyone]);
		expect(seen.map((request) => `${request.method} ${request.path}`)).toEqual([
			'POST /v1/user/login',
			'GET /v1/lists/everyone',
			'POST /v1/user/login',
			'GET /v1/lists/everyone',
		]);
		expect(seen.map((request) => parseAuthorization(request.authorization).oauth_token)).toEqual([
			ZERO,
			first,
			ZERO,
			second,
		]);
		for (const request of seen) {
			expect(signatureVerifies(request.method, request.path, request.authorization)).toBe(true);
		}
		expect(nock.pendingMocks()).toHaveLength(0);
	});

	it('then keeps using the new token: no login for the next run', async () => {
		const tokens: string[] = [];
		const record = (status: number, answer: unknown) =>
			function reply(this: nock.ReplyFnContext) {
				tokens.push(parseAuthorization(String(this.req.headers.authorization)).oauth_token);
				return [status, answer] as [number, unknown];
			};
		nock(BASE)
			.post('/v1/user/login')
			.reply(200, loginAnswer(first))
			.get('/v1/lists/34')
			.reply(record(401, errorBody('Invalid token.')))
			.post('/v1/user/login')
			.reply(200, loginAnswer(second))
			.get('/v1/lists/34')
			.times(2)
			.reply(record(200, DOC.list));

		for (let runs = 0; runs < 2; runs++) {
			const { error } = await run(
				{ resource: 'contactList', operation: 'get', listId: '34' },
				{ credentials: LOGIN_CREDENTIALS },
			);
			expect(error).toBeUndefined();
		}
		expect(tokens).toEqual([first, second, second]);
		expect(nock.pendingMocks()).toHaveLength(0);
	});

	it('renews once for many items that saw the same token refused', async () => {
		let logins = 0;
		nock(BASE)
			.post('/v1/user/login')
			.times(2)
			.reply(() => {
				logins += 1;
				return [200, loginAnswer(logins === 1 ? first : second)];
			})
			.get(/\/v1\/contacts\/\d+/)
			.times(4)
			.reply(function reply() {
				const token = parseAuthorization(String(this.req.headers.authorization)).oauth_token;
				return token === first ? [401, errorBody('Invalid token.')] : [200, DOC.contact];
			});

		const { items, error } = await run(
			{ resource: 'contact', operation: 'get', contactId: '={{ $json.id }}' },
			{ credentials: LOGIN_CREDENTIALS, input: [{ json: { id: 1 } }, { json: { id: 2 } }] },
		);

		expect(error).toBeUndefined();
		expect(items).toHaveLength(2);
		expect(logins).toBe(2);
	});

	it('reports the likely cause when the new token is refused as well, without looping', async () => {
		const seen: Seen[] = [];
		nock(BASE)
			.post('/v1/user/login')
			.reply(recordTo(seen, 200, loginAnswer(first)))
			.get('/v1/lists/everyone')
			.reply(recordTo(seen, 401, errorBody('Invalid token.')))
			.post('/v1/user/login')
			.reply(recordTo(seen, 200, loginAnswer(second)))
			.get('/v1/lists/everyone')
			.reply(recordTo(seen, 401, errorBody('Invalid token.')));

		const { error } = await run(
			{ resource: 'contactList', operation: 'getEveryone' },
			{ credentials: LOGIN_CREDENTIALS },
		);

		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toBe(
			'Invalid token. (Call-Em-All refused the Auth Token it had just issued for this user name and PIN: check that the App Key and Secret Key belong to the same account as the user, and that the user may use the API)',
		);
		expect(seen).toHaveLength(4);
		expect(nock.pendingMocks()).toHaveLength(0);
		const text = JSON.stringify(error);
		for (const secret of [SECRET_KEY, first, second]) expect(text).not.toContain(secret);
	});

	it('does not log in for a refused Auth Token of the credential (nothing to renew)', async () => {
		nock(BASE).get('/v1/lists/everyone').reply(401, errorBody('Invalid token.'));
		const { error } = await run({ resource: 'contactList', operation: 'getEveryone' });
		expect(error?.message).toBe(
			'Invalid token. (check the App Key and Secret Key, or the Auth Token may have expired)',
		);
	});
});

describe('Call-Em-All › the login call and the PIN', () => {
	it('says the user name or PIN is wrong when the login itself is refused', async () => {
		nock(BASE).post('/v1/user/login').reply(401, errorBody('Invalid user name or PIN code.'));
		const { error } = await run(
			{ resource: 'contactList', operation: 'getEveryone' },
			{ credentials: LOGIN_CREDENTIALS },
		);
		expect(error?.message).toBe(
			'Invalid user name or PIN code. (the user name or PIN is wrong, or the App Key and Secret Key do not belong to an integration of this account)',
		);
	});

	it('says the same for the Log In operation', async () => {
		nock(BASE).post('/v1/user/login').reply(401, errorBody('Invalid user name or PIN code.'));
		const { error } = await run({
			resource: 'user',
			operation: 'logIn',
			userName: 'apitest@cea',
			pinCode: 'x1y2',
		});
		expect(error?.message).toContain('(the user name or PIN is wrong');
	});

	it('keeps a short PIN out of a login error, wherever it appears', async () => {
		nock(BASE)
			.post('/v1/user/login')
			.reply(400, errorBody(`PinCode ${PIN} is locked for apitest@cea`, 400, 'BadRequest'));
		const { error } = await run(
			{ resource: 'contactList', operation: 'getEveryone' },
			{ credentials: LOGIN_CREDENTIALS },
		);
		expect(error?.message).toBe('PinCode [redacted] is locked for apitest@cea');
		expect(JSON.stringify(error)).not.toContain(PIN);
	});

	it('keeps the PIN out of a Log In error, with Continue On Fail too', async () => {
		const pin = ['8', '1', '2', '7'].join('');
		nock(BASE)
			.post('/v1/user/login')
			.reply(400, errorBody(`PinCode ${pin} is locked`, 400, 'BadRequest'));
		const { items, error } = await run(
			{ resource: 'user', operation: 'logIn', userName: 'apitest@cea', pinCode: pin },
			{ continueOnFail: true },
		);
		expect(error).toBeUndefined();
		expect(items[0].json.error).toBe('PinCode [redacted] is locked');
		expect(JSON.stringify(items)).not.toContain(pin);
	});

	it('never alters vendor data that happens to contain a short PIN', async () => {
		nock(BASE)
			.post('/v1/user/login')
			.reply(200, loginAnswer(['session', 'token', '5'].join('-')))
			.post('/v1/contacts')
			.reply(200, DOC.contactCreated)
			.get('/v1/contacts/9')
			.reply(404, errorBody('Contact 2145555055 not found.', 404, 'NotFound'));

		const created = await run(
			{ resource: 'contact', operation: 'create', primaryPhone: '2145555055' },
			{ credentials: LOGIN_CREDENTIALS },
		);
		expect(created.error).toBeUndefined();
		// PIN 5555 inside 2145555055: the number comes out whole.
		expect(created.items[0].json).toEqual(DOC.contactCreated);

		// Nor in an error of a request that never carried the PIN.
		const missing = await run(
			{ resource: 'contact', operation: 'get', contactId: '9' },
			{ credentials: LOGIN_CREDENTIALS },
		);
		expect(missing.error?.message).toBe('Contact 2145555055 not found.');
	});

	it('hides a PIN field of an answer that equals the credential PIN', async () => {
		nock(BASE)
			.put('/v1/account/users/208867')
			.reply(200, { ...DOC.user, PinCode: PIN });
		const { items, error } = await run(
			{ resource: 'user', operation: 'update', userId: '208867', userFields: { PinCode: PIN } },
			{ credentials: { callEmAllApi: { ...CREDENTIALS.callEmAllApi, pinCode: PIN } } },
		);
		expect(error).toBeUndefined();
		expect(items[0].json).toEqual({ ...DOC.user, PinCode: '[redacted]' });
	});
});

describe('Call-Em-All › the login takes its turn in the credential’s pacer', () => {
	const loginCredentials = {
		callEmAllApi: {
			...CREDENTIALS.callEmAllApi,
			authToken: '',
			username: 'apitest@cea',
			pinCode: ['p', 'i', 'n', '7'].join(''),
		},
	};
	const issued = ['issued', 'token', '78'].join('-');

	it('counts a 429 on the login against the credential: its limits are lowered for the requests after it', async () => {
		forgetPacing();
		// The credential's pacer, as the harness names the saved credential.
		const key = 'callEmAllApi\u0000callEmAllApi-id';
		const seen: Seen[] = [];
		try {
			nock(BASE)
				.post('/v1/user/login')
				.reply(recordTo(seen, 429, errorBody('Too many requests.', 429, 'TooManyRequests')))
				.post('/v1/user/login')
				.reply(recordTo(seen, 200, { UserID: 73312, AuthToken: issued }))
				.get('/v1/lists/everyone')
				.reply(recordTo(seen, 200, { ListID: 1 }));

			const { error } = await run(
				{ resource: 'contactList', operation: 'getEveryone' },
				{ credentials: loginCredentials },
			);

			expect(error).toBeUndefined();
			expect(seen.map((s) => s.path)).toEqual([
				'/v1/user/login',
				'/v1/user/login',
				'/v1/lists/everyone',
			]);
			// The login and the read went through one pacer, the credential's: 3 sent, one 429.
			const state = pacerState(key);
			expect(state?.limited).toBe(1);
			expect(state?.sent).toBe(3);
			expect(state?.adaptiveRate).toBeLessThan(Infinity);
		} finally {
			forgetPacing();
		}
	});
});
