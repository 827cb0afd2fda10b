import nock from 'nock';

import { runNode } from '../../helpers/harness';
import {
	AUTH_QUERY,
	BASE,
	CREDENTIALS,
	SAMPLE_EVENTS,
	callDetailsPage,
	callListPage,
	callRow,
} from './fixtures';

const SECRET = CREDENTIALS.primeVoxApi.authKey;

function run(
	parameters: Record<string, unknown>,
	extra: { input?: Array<{ json: object }>; continueOnFail?: boolean } = {},
) {
	return runNode({
		type: 'primeVox',
		parameters: { resource: 'call', ...parameters } as never,
		credentials: CREDENTIALS,
		input: extra.input as never,
		continueOnFail: extra.continueOnFail,
	});
}

function ids(prefix: string, count: number): string[] {
	return Array.from({ length: count }, (_, index) => `${prefix}.${index + 1}`);
}

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

describe('PrimeVox › Call › Download Recording', () => {
	it('takes the file name from recordingUrl and outputs the audio as binary', async () => {
		const audio = Buffer.from('RIFF....WAVEfmt fake wav bytes');
		const scope = nock(BASE)
			.get('/api/call_recording.php')
			.query({ ...AUTH_QUERY, fileName: '1704449700.101.wav' })
			.reply(200, audio, { 'Content-Type': 'application/octet-stream' });

		const { items, error } = await run({
			operation: 'downloadRecording',
			recordingSource: 'url',
			recordingUrl:
				'https://pbx.primevox.net/api/call_recording.php?auth=[redacted]&containerID=123456&fileName=1704449700.101.wav',
			binaryPropertyName: 'recording',
		});

		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		const binary = items[0].binary?.recording;
		expect(binary).toMatchObject({
			fileName: '1704449700.101.wav',
			mimeType: 'audio/wav',
			fileExtension: 'wav',
		});
		expect(Buffer.from(binary!.data, 'base64')).toEqual(audio);
		expect(items[0].json).toEqual({
			fileName: '1704449700.101.wav',
			mimeType: 'audio/wav',
			fileSize: audio.length,
		});
	});

	it('downloads by file name, with the server-given audio type', async () => {
		nock(BASE)
			.get('/api/call_recording.php')
			.query({ ...AUTH_QUERY, fileName: 'vm-22.mp3' })
			.reply(200, Buffer.from('ID3 mp3'), { 'Content-Type': 'audio/mpeg' });

		const { items } = await run({
			operation: 'downloadRecording',
			recordingSource: 'fileName',
			fileName: 'vm-22.mp3',
			binaryPropertyName: 'data',
		});

		expect(items[0].binary?.data).toMatchObject({ fileName: 'vm-22.mp3', mimeType: 'audio/mpeg' });
	});

	it('reports a JSON error answer instead of saving it as audio', async () => {
		nock(BASE)
			.get('/api/call_recording.php')
			.query(true)
			.reply(
				200,
				{ error: 'Your Container ID is invalid.' },
				{ 'Content-Type': 'application/json' },
			);

		const { error } = await run({
			operation: 'downloadRecording',
			recordingSource: 'fileName',
			fileName: 'x.wav',
			binaryPropertyName: 'data',
		});

		expect(error?.message).toBe('Your Container ID is invalid.');
	});

	it('refuses a recording URL that is not one, before any request', async () => {
		const { error } = await run({
			operation: 'downloadRecording',
			recordingSource: 'url',
			recordingUrl: 'not a url',
			binaryPropertyName: 'data',
		});

		expect(error?.message).toBe('Recording URL is not a URL: "not a url"');
	});
});

describe('PrimeVox › Call › Update', () => {
	const callUuid = { __rl: true, mode: 'id', value: '1704449700.101' };

	it('POSTs notes, flag and severity urlencoded, with the auth values in the body', async () => {
		let contentType = '';
		const scope = nock(BASE)
			.post('/api/call_notes.php', (body) => {
				expect(body).toEqual({
					...AUTH_QUERY,
					callUuid: '1704449700.101',
					callNotes: 'Called back & sorted',
					callFlagged: '1',
					callSeverity: '4',
				});
				return true;
			})
			.reply(function () {
				contentType = String(this.req.headers['content-type']);
				return [200, { success: 'Your call notes have been submitted.' }];
			});

		const { items, error } = await run({
			operation: 'update',
			callUuid,
			updateFields: { callNotes: 'Called back & sorted', callFlagged: true, callSeverity: 4 },
		});

		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(contentType).toContain('application/x-www-form-urlencoded');
		expect(items[0].json).toEqual({
			callUuid: '1704449700.101',
			success: true,
			message: 'Your call notes have been submitted.',
		});
	});

	it.each([
		['Your API Auth Key is invalid.'],
		['Your Container ID is invalid.'],
		['Your CallUUID is missing.'],
		['Error connecting to the database. Try again later.'],
	])('turns the doc error "%s" into an API error', async (message) => {
		nock(BASE).post('/api/call_notes.php').reply(200, { error: message });

		const { error } = await run({
			operation: 'update',
			callUuid,
			updateFields: { callFlagged: false },
		});

		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toBe(message);
		expect(JSON.stringify(error)).not.toContain(SECRET);
	});

	it('never sends a create or update twice on a 5xx', async () => {
		const scope = nock(BASE)
			.post('/api/call_notes.php')
			.once()
			.reply(500, { error: 'Internal failure' });

		const { error } = await run({
			operation: 'update',
			callUuid,
			updateFields: { callFlagged: true },
		});

		expect(scope.isDone()).toBe(true);
		expect(error?.message).toBe('Internal failure');
		expect(error?.httpCode).toBe('500');
	});

	it.each([
		[{ callNotes: 'x'.repeat(256) }, 'Notes must be at most 255 characters, not 256'],
		[{}, 'Nothing to update'],
	])('refuses bad input %#, before any request', async (updateFields, message) => {
		const { error } = await run({ operation: 'update', callUuid, updateFields });

		expect(error?.message).toBe(message);
	});

	it('gives one error item per failed input under Continue On Fail, and keeps every other item paired', async () => {
		nock(BASE)
			.post('/api/call_notes.php', (body) => body.callUuid === 'ok-1')
			.reply(200, { success: 'Your call notes have been submitted.' })
			.post('/api/call_notes.php', (body) => body.callUuid === 'bad-2')
			.reply(200, { error: 'Your CallUUID is missing.' })
			.post('/api/call_notes.php', (body) => body.callUuid === 'ok-3')
			.reply(200, { success: 'Your call notes have been submitted.' });

		const { items, error } = await runNode({
			type: 'primeVox',
			parameters: {
				resource: 'call',
				operation: 'update',
				callUuid: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
				updateFields: { callFlagged: true },
			},
			credentials: CREDENTIALS,
			input: [{ json: { id: 'ok-1' } }, { json: { id: 'bad-2' } }, { json: { id: 'ok-3' } }],
			continueOnFail: true,
		});

		expect(error).toBeUndefined();
		expect(items).toHaveLength(3);
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(items[0].json.success).toBe(true);
		expect(items[1].json.error).toBe('Your CallUUID is missing.');
		expect(items[1].error?.message).toBe('Your CallUUID is missing.');
		expect(items[2].json.callUuid).toBe('ok-3');
	});
});
