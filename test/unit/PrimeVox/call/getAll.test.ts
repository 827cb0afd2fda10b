/** PrimeVox Call → Get Many (`GET call_list.php`, the Call Summary API). */
import nock from 'nock';

import { runNode } from '../../../helpers/harness';
import { AUTH_QUERY, BASE, CREDENTIALS, callListPage, callRow } from '../fixtures';
import { ids, run, SECRET } from '../run';

describe('PrimeVox › Call › Get Many', () => {
	it('sends the auth values, converted dates, direction toggles and filters as the doc names them', async () => {
		const scope = nock(BASE)
			.get('/api/call_list.php')
			.query({
				...AUTH_QUERY,
				page: '1',
				fromDate: '2024-01-05 00:00:00',
				toDate: '2024-01-05 17:30:00',
				utcOffset: '-300',
				showInbound: '1',
				showOutbound: '0',
				filterInboundDid: '8005550199',
				filterCallSeverity: '3',
				filterInternalApp: '2',
				filterIvrPushed: '*',
				filterWentToVoicemail: '1',
				filterFlaggedFollowup: '1',
			})
			.reply(200, callListPage(['1704449700.101'], 1, 1, 1));

		const { items, error } = await run({
			operation: 'getAll',
			returnAll: false,
			limit: 10,
			directions: { inbound: true, outbound: false },
			filters: {
				filterInboundDid: '8005550199',
				filterCallSeverity: 3,
				filterInternalApp: 2,
				filterIvrPushed: '*',
				filterWentToVoicemail: true,
				filterFlaggedFollowup: true,
				filterSpokeToPerson: false,
			},
			options: {
				fromDate: '2024-01-05T00:00:00',
				// An instant with a zone is shown in the chosen offset: 22:30Z is 17:30 at -300.
				toDate: '2024-01-05T22:30:00.000Z',
				utcOffset: -300,
			},
		});

		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({
			callUuid: '1704449700.101',
			callDirectionName: 'inbound',
		});
		expect(items[0].pairedItem).toEqual({ item: 0 });
	});

	it('pages through every 500-row page with Return All and outputs one item per call', async () => {
		const scope = nock(BASE)
			.get('/api/call_list.php')
			.query({ ...AUTH_QUERY, page: '1' })
			.reply(200, callListPage(ids('p1', 500), 1, 3, 1100))
			.get('/api/call_list.php')
			.query({ ...AUTH_QUERY, page: '2' })
			.reply(200, callListPage(ids('p2', 500), 2, 3, 1100))
			.get('/api/call_list.php')
			.query({ ...AUTH_QUERY, page: '3' })
			.reply(200, callListPage(ids('p3', 100), 3, 3, 1100));

		const { items, error } = await run({ operation: 'getAll', returnAll: true });

		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items).toHaveLength(1100);
		expect(new Set(items.map((item) => item.json.callUuid)).size).toBe(1100);
	});

	it('stops at the limit without asking for further pages', async () => {
		const scope = nock(BASE)
			.get('/api/call_list.php')
			.query({ ...AUTH_QUERY, page: '1' })
			.reply(200, callListPage(ids('p1', 500), 1, 3, 1100));

		const { items } = await run({ operation: 'getAll', returnAll: false, limit: 20 });

		expect(scope.isDone()).toBe(true);
		expect(items).toHaveLength(20);
	});

	it('accepts the calls wrapped in `data`, with or without paging numbers', async () => {
		nock(BASE)
			.get('/api/call_list.php')
			.query(true)
			.reply(200, { data: { a1: callRow('a1'), a2: callRow('a2', { callDirection: 2 }) } });

		const { items } = await run({ operation: 'getAll', returnAll: true });

		expect(items.map((item) => item.json.callUuid)).toEqual(['a1', 'a2']);
		expect(items[1].json.callDirectionName).toBe('outbound');
	});

	it('never lets the auth key reach an output item, even inside recordingUrl', async () => {
		nock(BASE)
			.get('/api/call_list.php')
			.query(true)
			.reply(200, callListPage(['x1'], 1, 1, 1));

		const { items } = await run({ operation: 'getAll', returnAll: true });

		expect(JSON.stringify(items)).not.toContain(SECRET);
		expect(items[0].json.recordingUrl).toContain('fileName=x1.wav');
	});

	it('refuses a date that does not parse, before any request', async () => {
		const { error } = await run({
			operation: 'getAll',
			returnAll: true,
			options: { fromDate: 'next tuesday-ish' },
		});

		expect(error?.message).toBe('From Date is not a date: "next tuesday-ish"');
		expect(nock.pendingMocks()).toHaveLength(0);
	});

	it('turns the doc error "Your API Auth Key is invalid." (HTTP 200) into an API error without the key', async () => {
		nock(BASE)
			.get('/api/call_list.php')
			.query(true)
			.reply(200, { error: 'Your API Auth Key is invalid.' });

		const { error } = await run({ operation: 'getAll', returnAll: true });

		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toBe('Your API Auth Key is invalid.');
		expect(JSON.stringify(error)).not.toContain(SECRET);
	});

	it('waits out a 429 with Retry-After and then succeeds', async () => {
		const scope = nock(BASE)
			.get('/api/call_list.php')
			.query(true)
			.reply(429, { error: 'Too many requests' }, { 'Retry-After': '0' })
			.get('/api/call_list.php')
			.query(true)
			.reply(200, callListPage(['r1'], 1, 1, 1));

		const { items, error } = await run({ operation: 'getAll', returnAll: true });

		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items).toHaveLength(1);
	});

	it('gives up after a bounded number of 429s with the vendor message and status', async () => {
		const scope = nock(BASE)
			.get('/api/call_list.php')
			.query(true)
			.times(4)
			.reply(429, { error: 'Slow down' }, { 'Retry-After': '0' });

		const { error } = await run({ operation: 'getAll', returnAll: true });

		expect(scope.isDone()).toBe(true);
		expect(error?.message).toBe('Slow down');
		expect(error?.httpCode).toBe('429');
	});

	it('retries a read on 5xx', async () => {
		const scope = nock(BASE)
			.get('/api/call_list.php')
			.query(true)
			.reply(503, 'Service Unavailable')
			.get('/api/call_list.php')
			.query(true)
			.reply(200, callListPage(['s1'], 1, 1, 1));

		const { items } = await run({ operation: 'getAll', returnAll: true });

		expect(scope.isDone()).toBe(true);
		expect(items).toHaveLength(1);
	});
});

describe('PrimeVox › Call › Get Many: an empty value never means "all" (issue 18)', () => {
	it.each([
		['Inbound DID', 'filterInboundDid'],
		['Inbound Caller Number', 'filterInboundCallerNumber'],
		['Outbound Number Dialed', 'filterOutboundNumberDialed'],
		['IVR Menu ID', 'filterIvrId'],
	])(
		'refuses the %s filter added but left empty (or resolving to nothing), before any request',
		async (label, name) => {
			for (const value of ['', '  ', '={{ $json.nothing }}']) {
				const { error } = await run({
					operation: 'getAll',
					returnAll: true,
					filters: { [name]: value },
				});
				expect(error?.message).toBe(`${label} is empty`);
			}
			expect(nock.pendingMocks()).toEqual([]);
		},
	);

	it('sends a filter that has a value, trimmed', async () => {
		const scope = nock(BASE)
			.get('/api/call_list.php')
			.query({ ...AUTH_QUERY, page: '1', filterInboundDid: '8005550199' })
			.reply(200, callListPage(['d1'], 1, 1, 1));

		const { items } = await run({
			operation: 'getAll',
			returnAll: true,
			filters: { filterInboundDid: ' 8005550199 ' },
		});

		expect(scope.isDone()).toBe(true);
		expect(items).toHaveLength(1);
	});
});

describe('PrimeVox › Call › Get Many: a credential without a Base URL', () => {
	it('asks the production PBX, as the credential test does', async () => {
		const scope = nock(BASE)
			.get('/api/call_list.php')
			.query(true)
			.reply(200, callListPage(['b1'], 1, 1, 1));

		const { items, error } = await runNode({
			type: 'primeVox',
			parameters: { resource: 'call', operation: 'getAll', returnAll: true },
			credentials: { primeVoxApi: { ...CREDENTIALS.primeVoxApi, baseUrl: '' } },
		});

		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items).toHaveLength(1);
	});
});
