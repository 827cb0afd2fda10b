import nock from 'nock';

import { run, sendsEveryOperation } from './cases';
import { BASE, BASIC_AUTH, page } from './fixtures';

sendsEveryOperation('call');

afterEach(() => nock.cleanAll());

describe('CallFire › Call › Get Many', () => {
	it('sends the chosen states and results as comma-separated lists', async () => {
		const scope = nock(BASE)
			.get('/v2/calls')
			.query({ limit: '10', offset: '0', states: 'FINISHED,READY', results: 'AM,LA' })
			.reply(200, page([{ id: 1 }], 10, 0, 1));
		const { items, error } = await run({
			resource: 'call',
			operation: 'getAll',
			returnAll: false,
			limit: 10,
			options: { states: ['FINISHED', 'READY'], results: ['AM', 'LA'] },
		});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(scope.isDone()).toBe(true);
	});
});

describe('CallFire › Call › Send', () => {
	it('posts the recipients array and the query options', async () => {
		const recipients = [{ phoneNumber: '12135551100', liveMessage: 'Hello' }];
		const scope = nock(BASE)
			.post('/v2/calls', recipients)
			.query({ defaultVoice: 'FEMALE1' })
			.basicAuth(BASIC_AUTH)
			.reply(200, { items: [{ id: 13395 }] });
		const { items, error } = await run({
			resource: 'call',
			operation: 'send',
			inputMode: 'json',
			body: JSON.stringify(recipients),
			options: { defaultVoice: 'FEMALE1' },
		});
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json)).toEqual([{ id: 13395 }]);
		expect(scope.isDone()).toBe(true);
	});

	it('refuses a malformed phone number before any request', async () => {
		const { error } = await run({
			resource: 'call',
			operation: 'send',
			inputMode: 'json',
			body: '[{"phoneNumber": "call me"}]',
		});
		expect(error?.message).toContain('is not a phone number');
	});
});
