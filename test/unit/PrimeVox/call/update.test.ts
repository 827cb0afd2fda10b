/** PrimeVox Call → Update (`POST call_notes.php`, urlencoded). */
import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';

import { runNode } from '../../../helpers/harness';
import { AUTH_QUERY, BASE, CREDENTIALS, callDetailsOf } from '../fixtures';
import { run, SECRET } from '../run';

/** Call Details for every call asked about (Update reads the values it does not change). */
function callDetails(overrides: IDataObject = {}) {
	return nock(BASE)
		.get('/api/call_details.php')
		.query(true)
		.times(10)
		.reply((uri) => {
			const id = new URL(uri, BASE).searchParams.get('callUUID') ?? '';
			return [200, callDetailsOf(id, overrides)];
		});
}

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
		callDetails();
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
		callDetails();
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
		callDetails();
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

describe('PrimeVox › Call › Update keeps what the user does not change (issue 18)', () => {
	const callUuid = { __rl: true, mode: 'id', value: '1704449700.101' };
	/** primevox-pbx-cdr-api.txt, lines 110-113: the notes call's fields, none marked "Optional". */
	const DOC = [
		'callUuid is the UniqueID of a phone call to attach the information to.',
		'callFlagged is either 1 or 0. 1 = The call should be flagged for follow-up.',
		'callSeverity is 0 through 5.',
		'callNotes is a short string of text',
	];

	it(`sends all four fields (${DOC.length} lines of the doc, no "Optional"): setting only the notes keeps the flag and severity Call Details gives`, async () => {
		const details = nock(BASE)
			.get('/api/call_details.php')
			.query({ ...AUTH_QUERY, callUUID: '1704449700.101', page: '1' })
			.reply(
				200,
				callDetailsOf('1704449700.101', {
					callNotes: 'Old notes',
					callFlagged: 1,
					callSeverity: 3,
				}),
			);
		let sent: Record<string, string> = {};
		const notes = nock(BASE)
			.post('/api/call_notes.php', (body) => {
				sent = body;
				return true;
			})
			.reply(200, { success: 'Your call notes have been submitted.' });

		const { items, error } = await run({
			operation: 'update',
			callUuid,
			updateFields: { callNotes: 'Called back' },
		});

		expect(error).toBeUndefined();
		expect(details.isDone()).toBe(true);
		expect(notes.isDone()).toBe(true);
		// Every field the doc lists for the call goes out.
		expect(Object.keys(sent)).toEqual(
			expect.arrayContaining(DOC.map((line) => line.split(' ')[0])),
		);
		expect(sent).toEqual({
			...AUTH_QUERY,
			callUuid: '1704449700.101',
			callNotes: 'Called back',
			callFlagged: '1',
			callSeverity: '3',
		});
		expect(items[0].json).toEqual({
			callUuid: '1704449700.101',
			success: true,
			message: 'Your call notes have been submitted.',
		});
	});

	it('keeps the notes when only the flag changes, and sends cleared notes when the user clears them', async () => {
		callDetails({ callNotes: 'Keep me', callFlagged: 1, callSeverity: 2 });
		const bodies: Array<Record<string, string>> = [];
		nock(BASE)
			.post('/api/call_notes.php', (body) => {
				bodies.push(body);
				return true;
			})
			.times(2)
			.reply(200, { success: 'Your call notes have been submitted.' });

		await run({ operation: 'update', callUuid, updateFields: { callFlagged: false } });
		await run({ operation: 'update', callUuid, updateFields: { callNotes: '' } });

		expect(bodies[0]).toMatchObject({ callNotes: 'Keep me', callFlagged: '0', callSeverity: '2' });
		expect(bodies[1]).toMatchObject({ callNotes: '', callFlagged: '1', callSeverity: '2' });
	});

	it('reads nothing when all three are set', async () => {
		const scope = nock(BASE)
			.post('/api/call_notes.php')
			.reply(200, { success: 'Your call notes have been submitted.' });

		const { error } = await run({
			operation: 'update',
			callUuid,
			updateFields: { callNotes: 'n', callFlagged: true, callSeverity: 1 },
		});

		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(nock.pendingMocks()).toEqual([]);
	});

	it('sends nothing when Call Details does not give a value the user left out', async () => {
		nock(BASE).get('/api/call_details.php').query(true).reply(200, {
			currentPage: 1,
			maxPages: 1,
			callUuid: '1704449700.101',
			callNotes: 'x',
			callFlagged: 0,
		});
		const notes = nock(BASE).post('/api/call_notes.php').reply(200, { success: 'x' });

		const { error } = await run({
			operation: 'update',
			callUuid,
			updateFields: { callNotes: 'New' },
		});

		expect(error?.message).toBe(
			"PrimeVox did not give this call's current Severity, so the update could clear it",
		);
		expect(notes.isDone()).toBe(false);
	});

	it('sends nothing when reading Call Details fails, with the doc error and no key', async () => {
		nock(BASE)
			.get('/api/call_details.php')
			.query(true)
			.reply(200, { error: 'Your API Auth Key is invalid.' });
		const notes = nock(BASE).post('/api/call_notes.php').reply(200, { success: 'x' });

		const { error } = await run({
			operation: 'update',
			callUuid,
			updateFields: { callSeverity: 5 },
		});

		expect(error?.message).toBe('Your API Auth Key is invalid.');
		expect(error?.description).toContain('Nothing was updated');
		expect(notes.isDone()).toBe(false);
		expect(JSON.stringify(error)).not.toContain(SECRET);
	});
});
