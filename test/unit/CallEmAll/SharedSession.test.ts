/**
 * A user-name-and-PIN credential used by several n8n processes (queue mode: workers, webhook
 * processes, the main process for the editor's dropdowns). The login token is kept where every
 * process reads its credentials: the credential's hidden Session Token field in n8n's database.
 * `database` below is that database, shared by the runs; `clearLoginCache()` between two runs
 * stands for "the next run happens in another process" (or after a restart).
 */
import nock from 'nock';
import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { clearLoginCache } from '../../../nodes/CallEmAll/helpers/login';
import { runNode } from '../../helpers/harness';
import {
	BASE,
	DOC,
	LOGIN_CREDENTIALS,
	ZERO,
	errorBody,
	loginAnswer,
	parseAuthorization,
	signatureVerifies,
} from './fixtures';

const first = ['first', 'shared', 'token', '01'].join('-');
const second = ['second', 'shared', 'token', '02'].join('-');

function sharedDatabase(sessionToken = ''): Record<string, ICredentialDataDecryptedObject> {
	return { callEmAllApi: { ...LOGIN_CREDENTIALS.callEmAllApi, sessionToken } };
}

/** One run of "Get Everyone" in a process with the given database; the tokens it signed with. */
async function getEveryone(database: Record<string, ICredentialDataDecryptedObject>) {
	return await runNode({
		type: 'callEmAll',
		parameters: { resource: 'contactList', operation: 'getEveryone' },
		credentials: database,
		database,
	});
}

/** Records which token each request was signed with (the all-zero one is the login). */
function tokensSeen() {
	const tokens: string[] = [];
	return {
		tokens,
		record(this: nock.ReplyFnContext) {
			const authorization = String(this.req.headers.authorization);
			const path = new URL(this.req.path, BASE).pathname;
			expect(signatureVerifies(this.req.method, this.req.path, authorization)).toBe(true);
			tokens.push(`${path} ${parseAuthorization(authorization).oauth_token}`);
		},
	};
}

beforeEach(() => clearLoginCache());

describe('Call-Em-All › one login for every n8n process', () => {
	it('the token of the first login is saved in the credential, and another process signs with it without logging in', async () => {
		const seen = tokensSeen();
		nock(BASE)
			.post('/v1/user/login')
			.reply(function reply() {
				seen.record.call(this);
				return [200, loginAnswer(first)];
			})
			.get('/v1/lists/everyone')
			.times(2)
			.reply(function reply() {
				seen.record.call(this);
				return [200, DOC.everyone];
			});
		const database = sharedDatabase();

		expect((await getEveryone(database)).error).toBeUndefined();
		expect(database.callEmAllApi.sessionToken).toBe(first);

		clearLoginCache();
		expect((await getEveryone(database)).error).toBeUndefined();

		expect(seen.tokens).toEqual([
			`/v1/user/login ${ZERO}`,
			`/v1/lists/everyone ${first}`,
			`/v1/lists/everyone ${first}`,
		]);
		expect(nock.pendingMocks()).toHaveLength(0);
	});

	it('a refused token is renewed through n8n: one login, the new token saved for every process, the refused one not sent again', async () => {
		const seen = tokensSeen();
		nock(BASE)
			.get('/v1/lists/everyone')
			.reply(function reply() {
				seen.record.call(this);
				return [401, errorBody('Invalid token.')];
			})
			.post('/v1/user/login')
			.reply(function reply() {
				seen.record.call(this);
				return [200, loginAnswer(second)];
			})
			.get('/v1/lists/everyone')
			.times(2)
			.reply(function reply() {
				seen.record.call(this);
				return [200, DOC.everyone];
			});
		const database = sharedDatabase(first);

		const { items, error } = await getEveryone(database);
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json)).toEqual([DOC.everyone]);
		expect(database.callEmAllApi.sessionToken).toBe(second);

		clearLoginCache();
		expect((await getEveryone(database)).error).toBeUndefined();

		expect(seen.tokens).toEqual([
			`/v1/lists/everyone ${first}`,
			`/v1/user/login ${ZERO}`,
			`/v1/lists/everyone ${second}`,
			`/v1/lists/everyone ${second}`,
		]);
		expect(nock.pendingMocks()).toHaveLength(0);
	});

	it('a token another process renewed meanwhile is used for the resend, without a login of its own', async () => {
		const seen = tokensSeen();
		const database = sharedDatabase(first);
		nock(BASE)
			.get('/v1/lists/everyone')
			.reply(function reply() {
				seen.record.call(this);
				// While this request was under way, another process renewed the token and n8n saved it.
				database.callEmAllApi.sessionToken = second;
				return [401, errorBody('Invalid token.')];
			})
			.get('/v1/lists/everyone')
			.reply(function reply() {
				seen.record.call(this);
				return [200, DOC.everyone];
			});

		const { error } = await getEveryone(database);

		expect(error).toBeUndefined();
		expect(seen.tokens).toEqual([`/v1/lists/everyone ${first}`, `/v1/lists/everyone ${second}`]);
		expect(nock.pendingMocks()).toHaveLength(0);
	});

	it('many items that saw the saved token refused share one renewal', async () => {
		let logins = 0;
		nock(BASE)
			.post('/v1/user/login')
			.reply(() => {
				logins += 1;
				return [200, loginAnswer(second)];
			})
			.get(/\/v1\/contacts\/\d+/)
			.times(10)
			.reply(function reply() {
				const token = parseAuthorization(String(this.req.headers.authorization)).oauth_token;
				return token === first ? [401, errorBody('Invalid token.')] : [200, DOC.contact];
			});
		const database = sharedDatabase(first);

		const { items, error } = await runNode({
			type: 'callEmAll',
			parameters: { resource: 'contact', operation: 'get', contactId: '={{ $json.id }}' },
			credentials: database,
			database,
			input: [1, 2, 3, 4, 5].map((id) => ({ json: { id } })),
		});

		expect(error).toBeUndefined();
		expect(items).toHaveLength(5);
		expect(logins).toBe(1);
		expect(database.callEmAllApi.sessionToken).toBe(second);
	});

	it('a renewal whose login is refused says the user name or PIN is wrong, without the PIN', async () => {
		nock(BASE)
			.get('/v1/lists/everyone')
			.reply(401, errorBody('Invalid token.'))
			.post('/v1/user/login')
			.reply(
				401,
				errorBody(`Invalid user name or PIN code ${LOGIN_CREDENTIALS.callEmAllApi.pinCode}.`),
			);

		const { error } = await getEveryone(sharedDatabase(first));

		expect(error?.message).toBe(
			'Invalid user name or PIN code [redacted]. (the user name or PIN is wrong, or the App Key and Secret Key do not belong to an integration of this account)',
		);
		expect(nock.pendingMocks()).toHaveLength(0);
	});
});
