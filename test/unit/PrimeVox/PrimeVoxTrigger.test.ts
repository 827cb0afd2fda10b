import nock from 'nock';

import { createPoller } from '../../helpers/harness';
import { AUTH_QUERY, BASE, CREDENTIALS, TEST_KEY, callListPage, callRow } from './fixtures';

function poller(parameters: Record<string, unknown> = {}) {
	return createPoller({
		type: 'primeVoxTrigger',
		parameters: {
			event: 'newCall',
			direction: 'all',
			filters: {},
			options: {},
			...parameters,
		} as never,
		credentials: CREDENTIALS,
	});
}

describe('PrimeVox Trigger', () => {
	it('emits nothing on the first poll, then each new call once across polls', async () => {
		const trigger = poller();
		expect(await trigger.poll()).toBeNull();

		nock(BASE)
			.get('/api/call_list.php')
			.query(
				(query) =>
					query.page === '1' && query.auth === TEST_KEY && typeof query.fromDate === 'string',
			)
			.reply(200, callListPage(['c1', 'c2'], 1, 1, 2));
		const first = await trigger.poll();
		expect(first?.[0].map((item) => item.json.callUuid)).toEqual(['c1', 'c2']);

		// The look-back window returns c1 and c2 again beside the new c3: only c3 is new.
		nock(BASE)
			.get('/api/call_list.php')
			.query(true)
			.reply(200, callListPage(['c1', 'c2', 'c3'], 1, 1, 3));
		const second = await trigger.poll();
		expect(second?.[0].map((item) => item.json.callUuid)).toEqual(['c3']);

		nock(BASE)
			.get('/api/call_list.php')
			.query(true)
			.reply(200, callListPage(['c2', 'c3'], 1, 1, 2));
		expect(await trigger.poll()).toBeNull();
	});

	it('sends the direction and filters, and the window in the chosen UTC offset', async () => {
		const trigger = poller({
			direction: 'inbound',
			filters: { wentToVoicemail: true, spokeToPerson: true, flagged: true },
			options: { utcOffset: -300 },
		});
		await trigger.poll();
		let query: Record<string, string> = {};
		nock(BASE)
			.get('/api/call_list.php')
			.query((received) => {
				query = received as Record<string, string>;
				return true;
			})
			.reply(200, callListPage([], 1, 1, 0));

		await trigger.poll();

		expect(query).toMatchObject({
			...AUTH_QUERY,
			showInbound: '1',
			showOutbound: '0',
			showInternal: '0',
			filterWentToVoicemail: '1',
			filterSpokeToPerson: '1',
			filterFlaggedFollowup: '1',
			utcOffset: '-300',
		});
		expect(query.fromDate).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
	});

	it('returns the newest call as a sample in manual mode', async () => {
		nock(BASE)
			.get('/api/call_list.php')
			.query(true)
			.reply(200, {
				old: callRow('old', { callDate: '2024-01-05 09:00:00' }),
				new: callRow('new', { callDate: '2024-01-05 11:00:00' }),
			});

		const sample = await poller().poll('manual');

		expect(sample?.[0]).toHaveLength(1);
		expect(sample?.[0][0].json.callUuid).toBe('new');
		expect(JSON.stringify(sample)).not.toContain(TEST_KEY);
	});
});
