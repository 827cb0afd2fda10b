import nock from 'nock';

import { run } from './cases';
import { BASE } from './fixtures';

afterEach(() => nock.cleanAll());

describe('CallFire › broken answers', () => {
	it.each([
		[
			'an empty body where JSON was promised',
			'',
			'CallFire answered with an empty body where JSON was promised',
		],
		['malformed JSON', '{"items": [', 'CallFire answered with malformed JSON'],
	])('turns %s into a clear error', async (_name, body, message) => {
		nock(BASE).get('/v2/me/account').reply(200, body, { 'Content-Type': 'application/json' });
		const { error } = await run({ resource: 'account', operation: 'get' });
		expect(error?.message).toBe(message);
	});
});
