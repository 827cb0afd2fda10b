/** PrimeVox Call → Get (`GET call_details.php`, the Call Details API). */
import nock from 'nock';

import { AUTH_QUERY, BASE, SAMPLE_EVENTS, callDetailsPage } from '../fixtures';
import { run } from '../run';

describe('PrimeVox › Call › Get', () => {
	it('asks for the call by callUUID and decodes every event across pages', async () => {
		const scope = nock(BASE)
			.get('/api/call_details.php')
			.query({ ...AUTH_QUERY, callUUID: '1704449700.101', page: '1', utcOffset: '60' })
			.reply(200, callDetailsPage(1, 2, SAMPLE_EVENTS.slice(0, 2)))
			.get('/api/call_details.php')
			.query({ ...AUTH_QUERY, callUUID: '1704449700.101', page: '2', utcOffset: '60' })
			.reply(200, callDetailsPage(2, 2, SAMPLE_EVENTS.slice(2)));

		const { items, error } = await run({
			operation: 'get',
			callUuid: { __rl: true, mode: 'id', value: '1704449700.101' },
			options: { utcOffset: 60 },
		});

		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items).toHaveLength(1);
		const call = items[0].json;
		expect(call).toMatchObject({
			callUuid: '1704449700.101',
			cidName: 'JANE DOE',
			callDirectionName: 'inbound',
		});
		expect(call.events).toEqual([
			expect.objectContaining({
				eventType: 1,
				eventName: 'Call in to DID',
				eventDetails: { 'DID Number': '8005550199' },
			}),
			expect.objectContaining({
				eventType: 4,
				eventName: 'Extension Answer',
				eventDetails: { EndpointID: 'ep-7', 'Ext Num': '101', 'Ext Name': 'Front desk' },
			}),
			expect.objectContaining({
				eventType: 5,
				eventName: 'Hangup (Normal)',
				eventDetails: { 'Total Jitter': '0.2', 'Total pLoss': '0.01' },
			}),
		]);
	});

	it('refuses an empty call id before any request', async () => {
		const { error } = await run({
			operation: 'get',
			callUuid: { __rl: true, mode: 'id', value: '  ' },
		});

		expect(error?.message).toBe('Call ID is required');
	});
});

describe('PrimeVox › Call › Get: the doc lists no page parameter for Call Details', () => {
	// primevox-pbx-cdr-api.txt lines 60-66 name auth, containerID, tenantID, callUUID and
	// utcOffset only, though the answer carries currentPage and maxPages (lines 68-71).
	it('ends the list when a PBX that ignores `page` answers page 1 again: each event once', async () => {
		const scope = nock(BASE)
			.get('/api/call_details.php')
			.query(true)
			.times(2)
			.reply(200, callDetailsPage(1, 3, SAMPLE_EVENTS));

		const { items, error } = await run({
			operation: 'get',
			callUuid: { __rl: true, mode: 'id', value: '1704449700.101' },
		});

		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items).toHaveLength(1);
		expect((items[0].json.events as unknown[]).length).toBe(SAMPLE_EVENTS.length);
	});
});
