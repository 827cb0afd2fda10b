/** The feeds of every list operation: paging by `Next`, Return All and Limit, filters. */
import nock from 'nock';

import { clearLoginCache } from '../../../nodes/CallEmAll/helpers/login';
import { BASE, DOC, recordTo, signatureVerifies, type Seen } from './fixtures';
import { run } from './requests';

beforeEach(() => clearLoginCache());
afterEach(() => nock.cleanAll());

describe('Call-Em-All › feeds', () => {
	it('follows Next (relative, with or without /v1) until it is empty', async () => {
		const seen: Seen[] = [];
		const [docItem] = DOC.broadcastFeed.Items;
		nock(BASE)
			.get('/v1/broadcasts')
			.query({ pagesize: '1000' })
			// The doc's own feed page, whose Next has a space before a parameter name.
			.reply(recordTo(seen, 200, DOC.broadcastFeed))
			.get('/v1/broadcasts')
			.query({
				'StartDate~gte~2014-01-01': '',
				'StartDate~lte~2014-01-02': '',
				BroadcastStatus: 'Completed',
				pagesize: '10',
				page: '2',
			})
			.reply(
				recordTo(seen, 200, {
					...DOC.broadcastFeed,
					Items: [{ ...docItem, Uri: '/v1/broadcasts/23719' }],
					Previous: '/v1/broadcasts?page=1',
					Next: '/v1/broadcasts?BroadcastName=Test Broadcast&pagesize=10&page=3',
				}),
			)
			.get('/v1/broadcasts')
			.query({ BroadcastName: 'Test Broadcast', pagesize: '10', page: '3' })
			.reply(
				recordTo(seen, 200, {
					...DOC.broadcastFeed,
					Items: [{ ...docItem, Uri: '/v1/broadcasts/23720' }],
					Previous: '/v1/broadcasts?page=2',
					Next: null,
				}),
			);

		const { items, error } = await run({
			resource: 'broadcast',
			operation: 'getAll',
			returnAll: true,
		});

		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.Uri)).toEqual([
			'/v1/broadcasts/23718',
			'/v1/broadcasts/23719',
			'/v1/broadcasts/23720',
		]);
		expect(seen).toHaveLength(3);
		// A space inside a value is kept (sent encoded), not squeezed out.
		expect(seen[2].path).toContain('BroadcastName=Test%20Broadcast');
		for (const request of seen) {
			expect(signatureVerifies('GET', request.path, request.authorization)).toBe(true);
		}
	});

	it('stops at the Limit', async () => {
		nock(BASE).get('/v1/contacts').query({ pagesize: '2' }).reply(200, DOC.contactFeed);
		const { items, error } = await run({
			resource: 'contact',
			operation: 'getAll',
			returnAll: false,
			limit: 2,
		});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(2);
		expect(nock.pendingMocks()).toHaveLength(0);
	});

	it('refuses a date filter that is not a real date, before any request', async () => {
		const { error } = await run({
			resource: 'broadcast',
			operation: 'getAll',
			returnAll: true,
			options: { startDateFrom: '2024-02-31T00:00:00' },
		});
		expect(error?.message).toBe('Starts From "2024-02-31T00:00:00" is not a date');
	});
});
