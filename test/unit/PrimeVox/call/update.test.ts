/** PrimeVox Call → Update (`POST call_notes.php`, urlencoded). */
import nock from 'nock';

import { runNode } from '../../../helpers/harness';
import { AUTH_QUERY, BASE, CREDENTIALS } from '../fixtures';
import { run, SECRET } from '../run';

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
