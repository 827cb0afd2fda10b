import nock from 'nock';

import { run, sendsEveryOperation } from './cases';
import { BASE, page, text } from './fixtures';

sendsEveryOperation('text');

afterEach(() => nock.cleanAll());

describe('CallFire › Text › Get Many', () => {
	it('pages with limit/offset until totalCount is reached', async () => {
		const first = Array.from({ length: 1000 }, (_, index) => text(index + 1));
		const scope = nock(BASE)
			.get('/v2/texts')
			.query({ limit: '1000', offset: '0', inbound: 'true' })
			.reply(200, page(first, 1000, 0, 1002))
			.get('/v2/texts')
			.query({ limit: '1000', offset: '1000', inbound: 'true' })
			.reply(200, page([text(1001), text(1002)], 1000, 1000, 1002));
		const { items, error } = await run({
			resource: 'text',
			operation: 'getAll',
			returnAll: true,
			options: { inbound: true },
		});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1002);
		expect(items[1001].json.id).toBe(1002);
		expect(scope.isDone()).toBe(true);
	});

	it('asks for no more than the limit', async () => {
		const scope = nock(BASE)
			.get('/v2/texts')
			.query({ limit: '2', offset: '0' })
			.reply(200, page([text(1), text(2)], 2, 0, 50));
		const { items } = await run({
			resource: 'text',
			operation: 'getAll',
			returnAll: false,
			limit: 2,
		});
		expect(items).toHaveLength(2);
		expect(scope.isDone()).toBe(true);
	});
});

describe('CallFire › Text › Send', () => {
	it('refuses JSON that does not parse and an empty list', async () => {
		const json = { resource: 'text', operation: 'send', inputMode: 'json' };
		const bad = await run({ ...json, body: '[{"phoneNumber": ' });
		expect(bad.error?.message).toContain('not valid JSON');
		const empty = await run({ ...json, body: '[]' });
		expect(empty.error?.message).toContain('empty');
	});
});
