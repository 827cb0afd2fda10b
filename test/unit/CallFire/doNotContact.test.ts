import nock from 'nock';

import { run, sendsEveryOperation } from './cases';
import { BASE } from './fixtures';

sendsEveryOperation('doNotContact');

afterEach(() => nock.cleanAll());

describe('CallFire › paths with parameters', () => {
	it('updates a DNC number with PUT and the body built from its fields', async () => {
		const scope = nock(BASE)
			.put('/v2/contacts/dncs/12135551100', { call: true, text: false })
			.reply(200, '');
		const { items, error } = await run({
			resource: 'doNotContact',
			operation: 'update',
			number: '12135551100',
			doNotContactUpdateDoNotCall: true,
			doNotContactUpdateDoNotText: false,
		});
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json)).toEqual([{ success: true }]);
		expect(scope.isDone()).toBe(true);
	});
});
