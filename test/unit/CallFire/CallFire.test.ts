import nock from 'nock';

import { runNode } from '../../helpers/harness';
import { named } from './names';
import { ACCOUNT, BASE, BASIC_AUTH, CREDENTIALS, ERROR_BODY, page, text } from './fixtures';

function run(
	parameters: Record<string, unknown>,
	extra: { input?: Array<{ json: object; binary?: object }>; continueOnFail?: boolean } = {},
) {
	return runNode({
		type: 'callFire',
		parameters: named(parameters) as never,
		credentials: CREDENTIALS,
		input: extra.input as never,
		continueOnFail: extra.continueOnFail,
	});
}

afterEach(() => {
	nock.cleanAll();
});

describe('CallFire › Account', () => {
	it('reads the account with HTTP Basic auth and the fields option', async () => {
		const scope = nock(BASE)
			.get('/v2/me/account')
			.basicAuth(BASIC_AUTH)
			.query({ fields: 'id,email' })
			.reply(200, ACCOUNT);
		const { items, error } = await run({
			resource: 'account',
			operation: 'get',
			options: { fields: 'id,email' },
		});
		expect(error).toBeUndefined();
		expect(items[0].json).toEqual(ACCOUNT);
		expect(scope.isDone()).toBe(true);
	});

	it("shows CallFire's own error message", async () => {
		nock(BASE)
			.get('/v2/me/account')
			.reply(401, { ...ERROR_BODY, httpStatusCode: 401, message: 'Unauthorized' });
		const { error } = await run({ resource: 'account', operation: 'get' });
		expect(error?.message).toBe('Unauthorized');
		expect(String(JSON.stringify(error))).not.toContain(BASIC_AUTH.pass);
	});
});

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

describe('CallFire › broken answers', () => {
	it.each([
		[
			'an empty body where JSON was promised',
			'',
			'CallFire answered with an empty body where JSON was promised',
		],
		['malformed JSON', '{"items": [', 'CallFire answered with malformed JSON'],
	])('turns %s into a clear error', async (_name, body, message) => {
		nock(BASE).get('/v2/me/account').reply(200, body, { 'Content-Type': 'application/json' });
		const { error } = await run({ resource: 'account', operation: 'get' });
		expect(error?.message).toBe(message);
	});
});

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

	it('refuses JSON that does not parse and an empty list', async () => {
		const json = { resource: 'text', operation: 'send', inputMode: 'json' };
		const bad = await run({ ...json, body: '[{"phoneNumber": ' });
		expect(bad.error?.message).toContain('not valid JSON');
		const empty = await run({ ...json, body: '[]' });
		expect(empty.error?.message).toContain('empty');
	});
});

describe('CallFire › paths with parameters', () => {
	it('deletes contacts from a list with contactId repeated in the query, as the doc sends it', async () => {
		// Doc line 6841: ...items?contactId=22277003&contactId=23377003
		const scope = nock(BASE)
			.delete('/v2/contacts/lists/77/items')
			.query({ contactId: ['1', '2'] })
			.reply(200, '');
		const { error } = await run({
			resource: 'contactList',
			operation: 'removeItems',
			id: '77',
			contactListRemoveItemsContactId: '1,2',
		});
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	it('updates a DNC number with PUT and the body built from its fields', async () => {
		const scope = nock(BASE)
			.put('/v2/contacts/dncs/12135551100', { call: true, text: false })
			.reply(200, '');
		const { items, error } = await run({
			resource: 'doNotContact',
			operation: 'update',
			number: '12135551100',
			doNotContactUpdateDoNotCall: true,
			doNotContactUpdateDoNotText: false,
		});
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json)).toEqual([{ success: true }]);
		expect(scope.isDone()).toBe(true);
	});
});

describe('CallFire › binary', () => {
	it('downloads a call recording as MP3', async () => {
		const audio = Buffer.from('ID3fake-mp3-bytes');
		nock(BASE)
			.get('/v2/calls/recordings/55.mp3')
			.reply(200, audio, { 'Content-Type': 'audio/mpeg' });
		const { items, error } = await run({
			resource: 'callRecording',
			operation: 'download',
			id: '55',
			binaryPropertyName: 'data',
		});
		expect(error).toBeUndefined();
		const binary = items[0].binary?.data;
		expect(binary).toMatchObject({ fileName: '55.mp3', mimeType: 'audio/mpeg' });
		expect(Buffer.from(binary!.data, 'base64')).toEqual(audio);
	});

	it('uploads a sound file as multipart/form-data', async () => {
		const audio = Buffer.from('RIFFfake-wav');
		let received = '';
		let contentType = '';
		const scope = nock(BASE)
			.post('/v2/campaigns/sounds/files', (body: string) => {
				received = typeof body === 'string' ? body : JSON.stringify(body);
				return true;
			})
			.reply(function reply() {
				contentType = String(this.req.headers['content-type']);
				return [200, { id: 9 }];
			});
		const { items, error } = await run(
			{
				resource: 'sound',
				operation: 'upload',
				binaryPropertyName: 'data',
				name: 'Greeting',
			},
			{
				input: [
					{
						json: {},
						binary: {
							data: {
								data: audio.toString('base64'),
								mimeType: 'audio/wav',
								fileName: 'greeting.wav',
							},
						},
					},
				],
			},
		);
		expect(error).toBeUndefined();
		expect(items[0].json).toEqual({ id: 9 });
		expect(contentType).toMatch(/^multipart\/form-data; boundary=/);
		expect(received).toContain('name="name"');
		expect(received).toContain('Greeting');
		expect(received).toContain('filename="greeting.wav"');
		expect(received).toContain('RIFFfake-wav');
		expect(scope.isDone()).toBe(true);
	});

	it('refuses an upload without the binary property', async () => {
		const { error } = await run({
			resource: 'media',
			operation: 'upload',
			binaryPropertyName: 'missing',
		});
		expect(error).toBeDefined();
	});
});
