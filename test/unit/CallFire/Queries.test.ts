/**
 * Query filters sent as the doc writes them (arrays as repeated parameters, booleans, numbers,
 * dropdown values), and the items made of the doc's own example answers: unpaged lists one item
 * per entry, a contact's history one item over all its pages, bare `true` answers as objects.
 */
import nock from 'nock';

import { runNode } from '../../helpers/harness';
import { DOC_RESPONSES } from './docResponses';
import { BASE, BASIC_AUTH, CREDENTIALS } from './fixtures';

function run(
	parameters: Record<string, unknown>,
	input?: Array<{ json: object; binary?: object }>,
) {
	return runNode({
		type: 'callFire',
		parameters: parameters as never,
		credentials: CREDENTIALS,
		input: input as never,
	});
}

const doc = (key: string) => DOC_RESPONSES[key].body as Record<string, unknown>;

afterEach(() => nock.cleanAll());

describe('CallFire › query filters', () => {
	it('Contact › Get Many: IDs and numbers repeated (doc: id=…&id=…), the chosen contact list, properties', async () => {
		const scope = nock(BASE)
			.get('/v2/contacts')
			.basicAuth(BASIC_AUTH)
			.query({
				id: ['4103', '4104'],
				number: ['12135551124', '17885551111'],
				contactListId: '3',
				propertyName: 'custom_age',
				propertyValue: '30',
				limit: '5',
				offset: '0',
			})
			.reply(200, doc('GET /contacts'));
		const { items, error } = await run({
			resource: 'contact',
			operation: 'getAll',
			limit: 5,
			contactFilters: {
				id: '4103, 4104',
				number: '12135551124,17885551111',
				contactListId: '3',
				propertyName: 'custom_age',
				propertyValue: '30',
			},
		});
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.firstName)).toEqual(['Alice', 'Bob']);
		expect(scope.isDone()).toBe(true);
	});

	it('Do Not Contact › Get Many: prefix, source, call/text flags and repeated numbers', async () => {
		const scope = nock(BASE)
			.get('/v2/contacts/dncs')
			.query({
				prefix: '1213',
				source: 'My DNC list 1',
				call: 'true',
				text: 'false',
				number: ['12132000381', '12132000382'],
				limit: '50',
				offset: '0',
			})
			.reply(200, doc('GET /contacts/dncs'));
		const { items, error } = await run({
			resource: 'doNotContact',
			operation: 'getAll',
			doNotContactFilters: {
				prefix: '1213',
				source: 'My DNC list 1',
				call: true,
				text: false,
				number: '12132000381, 12132000382',
			},
		});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(3);
		expect(scope.isDone()).toBe(true);
	});

	it('Webhook › Get Many: resource and event dropdowns, enabled, name', async () => {
		const scope = nock(BASE)
			.get('/v2/webhooks')
			.query({
				resource: 'OutboundTextDeliveryReport',
				event: 'Received',
				enabled: 'false',
				name: 'n8n',
				limit: '50',
				offset: '0',
			})
			.reply(200, doc('GET /webhooks'));
		const { items, error } = await run({
			resource: 'webhook',
			operation: 'getAll',
			webhookFilters: {
				resource: 'OutboundTextDeliveryReport',
				event: 'Received',
				enabled: false,
				name: 'n8n',
			},
		});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(scope.isDone()).toBe(true);
	});

	it('Text › Get Many: repeated IDs, campaign, inbound=false and the time interval', async () => {
		const scope = nock(BASE)
			.get('/v2/texts')
			.query({
				id: ['13405', '13404'],
				campaignId: '13',
				inbound: 'false',
				intervalBegin: '1473781817000',
				intervalEnd: '1473781917000',
				limit: '2',
				offset: '0',
			})
			.reply(200, doc('GET /texts'));
		const { items, error } = await run({
			resource: 'text',
			operation: 'getAll',
			limit: 2,
			textFilters: {
				id: '13405,13404',
				campaignId: 13,
				inbound: false,
				intervalBegin: 1473781817000,
				intervalEnd: 1473781917000,
			},
		});
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.id)).toEqual([13405, 13404]);
		expect(scope.isDone()).toBe(true);
	});

	it('Sound › Get Many and Number Lease › Get Many: text and boolean filters', async () => {
		const scope = nock(BASE)
			.get('/v2/campaigns/sounds')
			.query({ filter: 'TTS', includeArchived: 'true', limit: '50', offset: '0' })
			.reply(200, doc('GET /campaigns/sounds'))
			.get('/v2/numbers/leases')
			.query({ state: 'CA', labelName: 'sales', limit: '50', offset: '0' })
			.reply(200, doc('GET /numbers/leases'));
		const sounds = await run({
			resource: 'sound',
			operation: 'getAll',
			soundFilters: { filter: 'TTS', includeArchived: true },
		});
		const leases = await run({
			resource: 'numberLease',
			operation: 'getAll',
			numberLeaseFilters: { state: 'CA', labelName: 'sales' },
		});
		expect(sounds.items).toHaveLength(2);
		expect(leases.items).toHaveLength(2);
		expect(scope.isDone()).toBe(true);
	});

	it('Call Broadcast › Get Many Calls: a batch ID; Call › Send: a default sound from the dropdown', async () => {
		const scope = nock(BASE)
			.get('/v2/calls/broadcasts/14/calls')
			.query({ batchId: '13', limit: '50', offset: '0' })
			.reply(200, doc('GET /calls/broadcasts/{id}/calls'))
			.post('/v2/calls', [{ phoneNumber: '12135551100' }])
			.query({ defaultLiveMessageSoundId: '64', defaultVoice: 'FEMALE1' })
			.reply(200, doc('POST /calls'));
		const calls = await run({
			resource: 'callBroadcast',
			operation: 'getCalls',
			callBroadcastId: '14',
			callBroadcastFilters: { batchId: 13 },
		});
		const sent = await run({
			resource: 'call',
			operation: 'send',
			inputMode: 'json',
			callSendBody: '[{"phoneNumber": "12135551100"}]',
			callOptions: { defaultLiveMessageSoundId: '64', defaultVoice: 'FEMALE1' },
		});
		expect(calls.items).toHaveLength(3);
		expect(sent.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	it('Keyword › Get Many: the required keywords repeated (doc line 7549), one item per keyword', async () => {
		const scope = nock(BASE)
			.get('/v2/keywords')
			.query({ keywords: ['SUN', 'MOON'] })
			.reply(200, doc('GET /keywords'));
		const { items, error } = await run({
			resource: 'keyword',
			operation: 'getAll',
			keywordGetAllKeywords: 'SUN, MOON',
		});
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json)).toEqual([
			{ shortCode: '67076', keyword: 'SUN' },
			{ shortCode: '67076', keyword: 'MOON' },
		]);
		expect(scope.isDone()).toBe(true);
	});

	it('Keyword › Get Many: refuses no keywords before any request', async () => {
		const scope = nock(BASE).get(/.*/).reply(200, {});
		const { error } = await run({
			resource: 'keyword',
			operation: 'getAll',
			keywordGetAllKeywords: '={{ $json.keywords }}',
		});
		expect(error?.message).toBe('Keywords is empty');
		expect(scope.isDone()).toBe(false);
	});

	it('leaves out an option added but left blank', async () => {
		const scope = nock(BASE)
			.get('/v2/contacts/lists')
			.query({ limit: '50', offset: '0' })
			.reply(200, doc('GET /contacts/lists'));
		const { error } = await run({
			resource: 'contactList',
			operation: 'getAll',
			contactListFilters: { name: '', fields: ' ' },
		});
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});
});

describe('CallFire › answers as items', () => {
	it('Contact › Get History: one item with the calls and texts of every page (Return All)', async () => {
		const history = doc('GET /contacts/{id}/history');
		const call = (history.calls as object[])[0];
		const text = (history.texts as object[])[0];
		const scope = nock(BASE)
			.get('/v2/contacts/3089/history')
			.query({ limit: '1000', offset: '0' })
			.reply(200, { ...history, calls: Array.from({ length: 1000 }, () => call), texts: [text] })
			.get('/v2/contacts/3089/history')
			.query({ limit: '1000', offset: '1000' })
			.reply(200, { id: 3089, calls: [call], texts: [] });
		const { items, error } = await run({
			resource: 'contact',
			operation: 'getHistory',
			contactId: '3089',
			returnAll: true,
		});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(items[0].json.id).toBe(3089);
		expect(items[0].json.calls).toHaveLength(1001);
		expect(items[0].json.texts).toEqual([text]);
		expect(scope.isDone()).toBe(true);
	});

	it('Contact › Get History: Limit asks for that many calls and texts, in one request', async () => {
		const scope = nock(BASE)
			.get('/v2/contacts/3089/history')
			.query({ limit: '2', offset: '0' })
			.reply(200, doc('GET /contacts/{id}/history'));
		const { items } = await run({
			resource: 'contact',
			operation: 'getHistory',
			contactId: '3089',
			limit: 2,
		});
		expect(items.map((item) => item.json)).toEqual([doc('GET /contacts/{id}/history')]);
		expect(scope.isDone()).toBe(true);
	});

	it.each([
		[
			'Account › Get Caller IDs',
			'GET /me/callerids',
			'/v2/me/callerids',
			{ resource: 'account', operation: 'getCallerIds' },
		],
		[
			'Call Recording › Get Many for Call',
			'GET /calls/{id}/recordings',
			'/v2/calls/101/recordings',
			{ resource: 'callRecording', operation: 'getForCall', callRecordingId: '101' },
		],
		[
			'Do Not Contact › Get Universal',
			'GET /contacts/dncs/universals/{toNumber}',
			'/v2/contacts/dncs/universals/12132212381',
			{ resource: 'doNotContact', operation: 'getUniversal', doNotContactToNumber: '12132212381' },
		],
		[
			'Number › Find Local',
			'GET /numbers/local',
			'/v2/numbers/local',
			{ resource: 'number', operation: 'getLocal' },
		],
		[
			'Number › Find Toll-Free',
			'GET /numbers/tollfree',
			'/v2/numbers/tollfree',
			{ resource: 'number', operation: 'getTollFree' },
		],
	])('%s: one item per entry of the answer', async (_title, key, path, parameters) => {
		const answer = DOC_RESPONSES[key].body as unknown;
		nock(BASE)
			.get(path)
			.reply(200, answer as object);
		const { items, error } = await run(parameters);
		expect(error).toBeUndefined();
		const entries = Array.isArray(answer) ? answer : (answer as { items: unknown[] }).items;
		expect(items.map((item) => item.json)).toEqual(entries);
	});

	it('Keyword › Check Availability and Account › Verify Caller ID: `true` as an object', async () => {
		nock(BASE)
			.get('/v2/keywords/SUN/available')
			.reply(200, 'true', { 'Content-Type': 'application/json' })
			.post('/v2/me/callerids/12132000384/verification-code', { verificationCode: '1234' })
			.reply(200, 'true', { 'Content-Type': 'application/json' });
		const available = await run({
			resource: 'keyword',
			operation: 'checkAvailability',
			keywordKeyword: 'SUN',
		});
		const verified = await run({
			resource: 'account',
			operation: 'verifyCallerId',
			accountCallerid: '12132000384',
			accountVerifyCallerIdVerificationCode: '1234',
		});
		expect(available.items.map((item) => item.json)).toEqual([{ available: true }]);
		expect(verified.items.map((item) => item.json)).toEqual([{ verified: true }]);
	});

	it('an answer with no body (200 or 204) gives {success: true}', async () => {
		nock(BASE).post('/v2/calls/broadcasts/11646003/start').reply(200, '');
		nock(BASE).delete('/v2/contacts/11646003').reply(204);
		const started = await run({
			resource: 'callBroadcast',
			operation: 'start',
			callBroadcastId: '11646003',
		});
		const deleted = await run({ resource: 'contact', operation: 'delete', contactId: '11646003' });
		expect(started.items.map((item) => item.json)).toEqual([{ success: true }]);
		expect(deleted.items.map((item) => item.json)).toEqual([{ success: true }]);
	});
});

describe('CallFire › uploads and downloads', () => {
	it('Contact List › Create From CSV File sends Use Custom Fields as true/false (doc line 5985)', async () => {
		let received = '';
		const scope = nock(BASE)
			.post('/v2/contacts/lists/upload', (body: string) => {
				received = String(body);
				return true;
			})
			.reply(200, doc('POST /contacts/lists/upload'));
		const { items, error } = await run(
			{
				resource: 'contactList',
				operation: 'upload',
				binaryPropertyName: 'data',
				name: 'My Contact List',
				useCustomFields: true,
			},
			[
				{
					json: {},
					binary: {
						data: {
							data: Buffer.from('firstName,homePhone\nAlice,12135551126\n').toString('base64'),
							mimeType: 'text/csv',
							fileName: 'contacts.csv',
						},
					},
				},
			],
		);
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json)).toEqual([{ id: 4 }]);
		expect(received).toContain('name="useCustomFields"\r\n\r\ntrue\r\n');
		expect(received).toContain('name="name"\r\n\r\nMy Contact List\r\n');
		expect(received).toContain('name="file"; filename="contacts.csv"');
		expect(scope.isDone()).toBe(true);
	});

	it.each([
		['bmp', 'image/bmp'],
		['m4a', 'audio/mp4'],
	])(
		'Media › Download as Type: %s, typed %s when CallFire names no type (doc line 9445)',
		async (extension, mimeType) => {
			const bytes = Buffer.from(`fake ${extension}`);
			nock(BASE).get(`/v2/media/1234.${extension}`).reply(200, bytes);
			const { items, error } = await run({
				resource: 'media',
				operation: 'downloadAs',
				mediaId: '1234',
				extension,
				binaryPropertyName: 'data',
			});
			expect(error).toBeUndefined();
			expect(items[0].binary?.data).toMatchObject({ fileName: `1234.${extension}`, mimeType });
			expect(Buffer.from(items[0].binary!.data.data, 'base64')).toEqual(bytes);
		},
	);
});
