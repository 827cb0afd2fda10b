import nock from 'nock';

import * as DOC from './docExamples';
import { BASE } from './fixtures';
import { AUTH, run } from './requests';
import { list, pageQuery, sendsEveryOperation, type Case } from './cases';

afterEach(() => nock.cleanAll());

/**
 * Every Voicemail operation: its exact request as the doc documents it, answered with the doc's own
 * example (or 204 where the doc says so), and the clean items it outputs.
 */
const CASES: Case[] = [
	// Voicemail
	{
		title: 'voicemail get many',
		parameters: { resource: 'voicemail', operation: 'getAll', ...list() },
		method: 'GET',
		path: '/voicemails',
		query: pageQuery(),
		reply: DOC.voicemails,
		output: DOC.voicemails.voicemails.voicemails,
	},
];

sendsEveryOperation('voicemail', CASES);

describe('PhoneBurner › Voicemail', () => {
	it('retries after a 429 and keeps going', async () => {
		const scope = nock(BASE, AUTH)
			.get('/rest/1/voicemails')
			.query(true)
			.reply(
				429,
				{
					http_status: 429,
					status: 'error',
					debug_codes: [{ code: 'rate', reason: 'Too many requests' }],
				},
				{ 'Retry-After': '0' },
			)
			.get('/rest/1/voicemails')
			.query(true)
			.reply(200, DOC.voicemails);
		const { items, error } = await run({
			resource: 'voicemail',
			operation: 'getAll',
			returnAll: true,
		});
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items[0].json.recording_id).toBe('170999');
	});
});
