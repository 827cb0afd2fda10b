import nock from 'nock';

import { run, sendsEveryOperation } from './cases';
import { ACCOUNT, BASE, BASIC_AUTH, ERROR_BODY } from './fixtures';

sendsEveryOperation('account');

afterEach(() => nock.cleanAll());

describe('CallFire › Account', () => {
	it('reads the account with HTTP Basic auth and the fields option', async () => {
		const scope = nock(BASE)
			.get('/v2/me/account')
			.basicAuth(BASIC_AUTH)
			.query({ fields: 'id,email' })
			.reply(200, ACCOUNT);
		const { items, error } = await run({
			resource: 'account',
			operation: 'get',
			options: { fields: 'id,email' },
		});
		expect(error).toBeUndefined();
		expect(items[0].json).toEqual(ACCOUNT);
		expect(scope.isDone()).toBe(true);
	});

	it("shows CallFire's own error message", async () => {
		nock(BASE)
			.get('/v2/me/account')
			.reply(401, { ...ERROR_BODY, httpStatusCode: 401, message: 'Unauthorized' });
		const { error } = await run({ resource: 'account', operation: 'get' });
		expect(error?.message).toBe('Unauthorized');
		expect(String(JSON.stringify(error))).not.toContain(BASIC_AUTH.pass);
	});
});
