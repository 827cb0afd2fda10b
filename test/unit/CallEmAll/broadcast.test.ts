/**
 * Broadcast › Create builds what the doc's Create Broadcast describes (issue 18): lists and
 * contacts in one request, file uploads, a draft broadcast, and the Everyone list.
 */
import nock from 'nock';

import { clearLoginCache } from '../../../nodes/CallEmAll/helpers/login';
import { sendsEveryOperation, type Case } from './cases';
import { BASE, CREDENTIALS, DOC, recordTo, signatureVerifies, type Seen } from './fixtures';
import { bodyOf, run } from './requests';

/** Answers every POST /v1/broadcasts with the doc's (cut short) answer, recording it. */
function broadcastsAt(seen: Seen[]) {
	return nock(BASE)
		.persist()
		.post('/v1/broadcasts')
		.reply(recordTo(seen, 200, DOC.broadcastCreated));
}

/**
 * call-em-all-rest-v1.txt line 471, the request of the doc's "Create a voice broadcast from an
 * existing audio from the library" example (its trailing commas removed):
 * { "BroadcastName": "Testing", "BroadcastType": "Announcement", "StartDate": "2/1/2020 1:15PM",
 *   "CheckCallingWindow": true, "Lists": [ { "ListID": 2, }, { "ListID": 14, }, ],
 *   "Contacts": [ { "FirstName": "Jack", "LastName": "Black", "PrimaryPhone": "2145551234",
 *   "Notes": "ID 123456", "IntegrationData": "A67CH829", } ], "Audio": { "AudioID": "zx1234", } }
 */
const DOC_EXAMPLE = {
	BroadcastName: 'Testing',
	BroadcastType: 'Announcement',
	StartDate: '2/1/2020 1:15PM',
	CheckCallingWindow: true,
	Lists: [{ ListID: 2 }, { ListID: 14 }],
	Contacts: [
		{
			FirstName: 'Jack',
			LastName: 'Black',
			PrimaryPhone: '2145551234',
			Notes: 'ID 123456',
			IntegrationData: 'A67CH829',
		},
	],
	Audio: { AudioID: 'zx1234' },
};
const DOC_CONTACT = DOC_EXAMPLE.Contacts[0];

const base = {
	resource: 'broadcast',
	operation: 'create',
	broadcastName: 'Testing',
	broadcastType: 'Announcement',
	audioId: 'zx1234',
};

beforeEach(() => clearLoginCache());
afterEach(() => nock.cleanAll());

describe('Broadcast › Create builds the doc example (line 471) exactly', () => {
	it.each([
		[
			'contacts written as JSON, with the lists',
			{ contactSource: 'json', contactsJson: JSON.stringify([DOC_CONTACT]) },
			[{ json: {} }],
		],
		[
			"the input item's contact, with the lists",
			{ contactSource: 'item' },
			[{ json: DOC_CONTACT }],
		],
		[
			'all input items mapped to contacts, with the lists',
			{
				contactSource: 'allItems',
				contactPhone: '={{ $json.phone }}',
				contactFirstName: '={{ $json.first }}',
				contactLastName: '={{ $json.last }}',
				contactNotes: '={{ $json.note }}',
				contactIntegrationData: '={{ $json.crmId }}',
			},
			[
				{
					json: {
						phone: '2145551234',
						first: 'Jack',
						last: 'Black',
						note: 'ID 123456',
						crmId: 'A67CH829',
					},
				},
			],
		],
	])('from %s', async (_name, source, input) => {
		const seen: Seen[] = [];
		broadcastsAt(seen);

		const { items, error } = await run(
			{
				...base,
				...source,
				listIds: ['2', '14'],
				additionalFields: { startDate: '2/1/2020 1:15PM', checkCallingWindow: true },
			},
			{ input },
		);

		expect(error).toBeUndefined();
		expect(seen).toHaveLength(1);
		expect(bodyOf(seen[0])).toEqual(DOC_EXAMPLE);
		expect(signatureVerifies('POST', seen[0].path, seen[0].authorization)).toBe(true);
		expect(items.map((item) => item.json)).toEqual([DOC.broadcastCreated]);
	});

	it('sends one broadcast to the lists and to the contacts of all input items', async () => {
		const seen: Seen[] = [];
		broadcastsAt(seen);
		const { items, error } = await run(
			{ ...base, contactSource: 'allItems', listIds: '2, 14' },
			{ input: [{ json: { Phone: '2145550001' } }, { json: { Phone: '2145550002' } }] },
		);
		expect(error).toBeUndefined();
		expect(seen).toHaveLength(1);
		expect(bodyOf(seen[0])).toMatchObject({
			Lists: [{ ListID: 2 }, { ListID: 14 }],
			Contacts: [{ PrimaryPhone: '2145550001' }, { PrimaryPhone: '2145550002' }],
		});
		expect(items).toHaveLength(1);
	});
});

describe('Broadcast › Create: the other ways of giving contacts', () => {
	// Lines 437-439: "ArrayList FileUploads | Include all contacts from the File Uploads listed
	// to the broadcast." No entry is shown; like Lists' [{ListID}] they go as [{FileUploadID}].
	it('sends FileUploads, alone or with lists', async () => {
		const seen: Seen[] = [];
		broadcastsAt(seen);
		const { error } = await run({
			...base,
			contactSource: 'lists',
			listIds: ['2'],
			additionalFields: { fileUploadIds: '12, 13' },
		});
		expect(error).toBeUndefined();
		expect(bodyOf(seen[0])).toEqual({
			BroadcastName: 'Testing',
			BroadcastType: 'Announcement',
			Lists: [{ ListID: 2 }],
			FileUploads: [{ FileUploadID: 12 }, { FileUploadID: 13 }],
			Audio: { AudioID: 'zx1234' },
		});

		const only = await run({
			...base,
			contactSource: 'lists',
			additionalFields: { fileUploadIds: '12' },
		});
		expect(only.error).toBeUndefined();
		expect(bodyOf(seen[1])).toMatchObject({ FileUploads: [{ FileUploadID: 12 }] });
		expect(bodyOf(seen[1])).not.toHaveProperty('Lists');
	});

	it('lets Extra Fields (JSON) send FileUploads in another shape', async () => {
		const seen: Seen[] = [];
		broadcastsAt(seen);
		const { error } = await run({
			...base,
			contactSource: 'lists',
			listIds: ['2'],
			additionalFields: { json: '{"FileUploads": [{"FileID": 7}], "RetryTimes": 3}' },
		});
		expect(error).toBeUndefined();
		expect(bodyOf(seen[0])).toMatchObject({ FileUploads: [{ FileID: 7 }], RetryTimes: 3 });
	});

	// Lines 425-427: "Integer DraftBroadcastID | Create the broadcast using this draft broadcast
	// previously assembled." The draft has its contacts: none are asked for.
	it('creates a broadcast from a draft without contacts of its own', async () => {
		const seen: Seen[] = [];
		broadcastsAt(seen);
		const { items, error } = await run({
			...base,
			contactSource: 'lists',
			additionalFields: { draftBroadcastId: 39609 },
		});
		expect(error).toBeUndefined();
		expect(bodyOf(seen[0])).toEqual({
			BroadcastName: 'Testing',
			BroadcastType: 'Announcement',
			DraftBroadcastID: 39609,
			Audio: { AudioID: 'zx1234' },
		});
		expect(items).toHaveLength(1);
	});

	it("does not send the fields' default 0 as a draft or text number", async () => {
		const seen: Seen[] = [];
		broadcastsAt(seen);
		const { error } = await run({
			...base,
			contactSource: 'lists',
			listIds: ['2'],
			additionalFields: { draftBroadcastId: 0, textNumberId: 0 },
		});
		expect(error).toBeUndefined();
		expect(bodyOf(seen[0])).not.toHaveProperty('DraftBroadcastID');
		expect(bodyOf(seen[0])).not.toHaveProperty('TextNumberID');
	});

	// The list feed (line 1592) shows Everyone as `"ListID": 0` and Unfiled as -1; Create
	// Broadcast's "ArrayList Lists | Include all contacts from the Contact Groups listed" (line
	// 430) forbids neither.
	it.each([
		['the Everyone list (0)', ['0'], [{ ListID: 0 }]],
		['the Unfiled list (-1) and a list of yours', '-1, 36', [{ ListID: -1 }, { ListID: 36 }]],
	])('sends a broadcast to %s', async (_name, listIds, lists) => {
		const seen: Seen[] = [];
		broadcastsAt(seen);
		const { error } = await run({ ...base, contactSource: 'lists', listIds });
		expect(error).toBeUndefined();
		expect((bodyOf(seen[0]) as { Lists: unknown }).Lists).toEqual(lists);
	});

	it.each([
		['no lists, contacts, file uploads or draft', {}, 'The broadcast has no contacts'],
		[
			'a file upload ID that is not one',
			{ additionalFields: { fileUploadIds: '12, x' } },
			'File Upload IDs: "x" is not a file upload ID',
		],
		[
			'a draft ID that is not one',
			{ additionalFields: { draftBroadcastId: -4 } },
			'Draft Broadcast ID "-4" is not a broadcast ID',
		],
		[
			'an excluded contact ID that is not one (the contact would be called)',
			{ listIds: ['2'], additionalFields: { excludedContactIds: '4947403, 49474O8' } },
			'Excluded Contact IDs: "49474O8" is not a contact ID',
		],
		[
			'Extra Fields (JSON) that are not an object',
			{ listIds: ['2'], additionalFields: { json: '[1]' } },
			'Extra Fields (JSON) must be an object',
		],
	])('refuses %s before any request', async (_name, change, message) => {
		const seen: Seen[] = [];
		broadcastsAt(seen);
		const { error } = await run({ ...base, contactSource: 'lists', ...change });
		expect(error?.message).toBe(message);
		expect(seen).toEqual([]);
	});

	it('refuses a JSON contact without a phone number rather than leaving it out', async () => {
		const seen: Seen[] = [];
		broadcastsAt(seen);
		const { error } = await run({
			...base,
			contactSource: 'json',
			contactsJson: '[{"PrimaryPhone": "2145551234"}, {"FirstName": "No phone"}]',
		});
		expect(error?.message).toBe('Contacts (JSON): entry 2 has no phone number');
		expect(seen).toEqual([]);
	});

	it('sends the excluded contacts as [{PersonID}]', async () => {
		const seen: Seen[] = [];
		broadcastsAt(seen);
		const { error } = await run({
			...base,
			contactSource: 'lists',
			listIds: ['0'],
			additionalFields: { excludedContactIds: '4947403, 4947408' },
		});
		expect(error).toBeUndefined();
		expect(bodyOf(seen[0])).toMatchObject({
			Lists: [{ ListID: 0 }],
			ExcludedContacts: [{ PersonID: 4947403 }, { PersonID: 4947408 }],
		});
	});
});

const CASES: Case[] = [
	{
		name: 'Broadcast › Get',
		parameters: { resource: 'broadcast', operation: 'get', broadcastId: '39609' },
		method: 'GET',
		path: '/v1/broadcasts/39609',
		answer: DOC.broadcast,
	},
	{
		name: 'Broadcast › Get Many (status, type, dates, sort)',
		parameters: {
			resource: 'broadcast',
			operation: 'getAll',
			returnAll: false,
			limit: 1,
			options: {
				broadcastStatus: 'Completed',
				broadcastType: 'Announcement',
				startDateFrom: '2014-01-01T00:00:00',
				startDateTo: '2014-01-02T00:00:00',
				sortBy: '-StartDate,CreatedDate',
			},
		},
		method: 'GET',
		path: '/v1/broadcasts?StartDate~gte~2014-01-01&StartDate~lte~2014-01-02&sortby=-StartDate%2CCreatedDate&BroadcastStatus=Completed&BroadcastType=Announcement&pagesize=1',
		answer: DOC.broadcastFeed,
	},
	{
		name: 'Broadcast › Get Results',
		parameters: {
			resource: 'broadcast',
			operation: 'getDetails',
			broadcastId: '39609',
			returnAll: false,
			limit: 5,
		},
		method: 'GET',
		path: '/v1/broadcasts/39609/details?pagesize=5',
		answer: DOC.broadcastDetails,
	},
	{
		name: 'Broadcast › Create (voice message to lists, start date converted)',
		parameters: {
			resource: 'broadcast',
			operation: 'create',
			broadcastName: 'Testing',
			broadcastType: 'Announcement',
			contactSource: 'lists',
			// As the dropdown gives them (an expression may give "2, 14" instead).
			listIds: ['2', '14'],
			audioId: 'zx1234',
			additionalFields: {
				startDate: '2020-02-01T13:15:00',
				checkCallingWindow: true,
				callerId: '9725551212',
				retryTimes: 2,
				callThrottle: 10,
			},
		},
		method: 'POST',
		path: '/v1/broadcasts',
		body: {
			BroadcastName: 'Testing',
			BroadcastType: 'Announcement',
			Lists: [{ ListID: 2 }, { ListID: 14 }],
			Audio: { AudioID: 'zx1234' },
			StartDate: '2/1/2020 1:15PM',
			CheckCallingWindow: true,
			CallerID: '9725551212',
			RetryTimes: 2,
			CallThrottle: 10,
		},
		answer: DOC.broadcastCreated,
	},
];

sendsEveryOperation('broadcast', CASES);

// Bad input is refused in a preSend hook (a NodeOperationError); the shared transport hands
// it on as a NodeApiError with the same message, so the tests check the message and that no
// request went out (nock would fail on an unexpected one).
describe('Call-Em-All › Broadcast › Create', () => {
	it('sends a text message broadcast to contacts written as JSON', async () => {
		const seen: Seen[] = [];
		nock(BASE)
			.post('/v1/broadcasts')
			.reply(recordTo(seen, 200, { BroadcastID: 1 }));
		const { error } = await run({
			resource: 'broadcast',
			operation: 'create',
			broadcastName: 'Text',
			broadcastType: 'SMS',
			contactSource: 'json',
			contactsJson: '[{"phone": "2145551234", "FirstName": "Jack"}]',
			textMessage: 'Hello',
		});
		expect(error).toBeUndefined();
		expect(bodyOf(seen[0])).toEqual({
			BroadcastName: 'Text',
			BroadcastType: 'SMS',
			Contacts: [{ PrimaryPhone: '2145551234', FirstName: 'Jack' }],
			TextMessage: 'Hello',
		});
	});

	it("uses the current item's fields as the contact of a combined broadcast", async () => {
		const seen: Seen[] = [];
		nock(BASE)
			.post('/v1/broadcasts')
			.reply(recordTo(seen, 200, { BroadcastID: 1 }));
		const { error } = await run(
			{
				resource: 'broadcast',
				operation: 'create',
				broadcastName: 'Combo',
				broadcastType: 'SMSAndAnnouncement',
				contactSource: 'item',
				audioId: 'a1',
				textMessage: 'Hi',
			},
			{ input: [{ json: { PhoneNumber: '2145550000', LastName: 'Doe' } }] },
		);
		expect(error).toBeUndefined();
		expect(bodyOf(seen[0])).toMatchObject({
			Contacts: [{ PrimaryPhone: '2145550000', LastName: 'Doe' }],
			Audio: { AudioID: 'a1' },
			TextMessage: 'Hi',
		});
	});

	it('sends one broadcast to all input items, with mapped fields, and outputs it once', async () => {
		const seen: Seen[] = [];
		const scope = nock(BASE)
			.post('/v1/broadcasts')
			.reply(recordTo(seen, 200, { BroadcastID: 77, BroadcastStatus: 'Pending' }));
		const people = [
			{ mobile: '2145550001', name: 'Ann' },
			{ mobile: '2145550002', name: 'Bob' },
			{ mobile: '2145550003', name: 'Cy' },
		];
		const { items, error } = await run(
			{
				resource: 'broadcast',
				operation: 'create',
				broadcastName: 'Everyone',
				broadcastType: 'SMS',
				contactSource: 'allItems',
				contactPhone: '={{ $json.mobile }}',
				contactFirstName: '={{ $json.name }}',
				textMessage: 'Hi',
			},
			{ input: people.map((json) => ({ json })) },
		);
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(seen).toHaveLength(1);
		expect(bodyOf(seen[0])).toMatchObject({
			BroadcastName: 'Everyone',
			BroadcastType: 'SMS',
			TextMessage: 'Hi',
			Contacts: people.map((p) => ({ PrimaryPhone: p.mobile, FirstName: p.name })),
		});
		expect(items).toHaveLength(1);
		expect(items[0].json.BroadcastID).toBe(77);
		expect(items[0].pairedItem).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});

	it('refuses an input item without a phone number, before any request', async () => {
		const { error } = await run(
			{
				resource: 'broadcast',
				operation: 'create',
				broadcastName: 'Everyone',
				broadcastType: 'SMS',
				contactSource: 'allItems',
				textMessage: 'Hi',
			},
			{ input: [{ json: { Phone: '2145550001' } }, { json: { FirstName: 'No phone' } }] },
		);
		expect(error?.message).toBe('Item 2 has no phone number');
	});

	it.each([
		['an empty contact set', { listIds: '' }, 'The broadcast has no contacts'],
		['an empty choice of lists', { listIds: [] }, 'The broadcast has no contacts'],
		['a list ID that is not one', { listIds: '2, abc' }, 'Contact Lists: "abc" is not a list ID'],
		[
			'the Deleted folder (-2)',
			{ listIds: ['-2'] },
			'Contact Lists: "-2" is the Deleted folder, which a broadcast does not go to',
		],
		[
			'a start date that does not parse',
			{ additionalFields: { startDate: 'next tuesday-ish' } },
			'The start date "next tuesday-ish" is not a date',
		],
		['an unknown broadcast type', { broadcastType: 'Fax' }, 'Unknown broadcast type "Fax"'],
	])('refuses %s before any request', async (_name, change, message) => {
		const { error } = await run({
			resource: 'broadcast',
			operation: 'create',
			broadcastName: 'Bad',
			broadcastType: 'Announcement',
			contactSource: 'lists',
			listIds: '2',
			audioId: 'a1',
			...change,
		});
		expect(error?.message).toBe(message);
		expect(nock.pendingMocks()).toHaveLength(0);
	});

	it('refuses a credential without an App Key before any request', async () => {
		const { error } = await run(
			{ resource: 'contactList', operation: 'getEveryone' },
			{ credentials: { callEmAllApi: { ...CREDENTIALS.callEmAllApi, appKey: '' } } },
		);
		expect(error?.message).toBe('The Call-Em-All credential has no App Key');
	});
});

describe('Call-Em-All › Broadcast › Create, every type', () => {
	const base = {
		resource: 'broadcast',
		operation: 'create',
		broadcastName: 'Testing',
		contactSource: 'lists',
		listIds: '2, 14',
	};

	it.each([
		[
			'Survey',
			{ audioId: 'zx1234', additionalFields: { voicemailAudioId: 'vm77' } },
			{ Audio: { AudioID: 'zx1234' }, AudioVM: { AudioID: 'vm77' } },
		],
		[
			'SMSAndSurvey',
			{ audioId: 'zx1234', textMessage: 'Press 1 to confirm' },
			{ Audio: { AudioID: 'zx1234' }, TextMessage: 'Press 1 to confirm' },
		],
		[
			'TransferAndConnect',
			{
				audioId: 'zx1234',
				transferSettings: '{"TransferNumber": "9725551212", "TransferDigit": 1}',
				additionalFields: { voicemailAudioId: 'vm77' },
			},
			{
				Audio: { AudioID: 'zx1234' },
				AudioVM: { AudioID: 'vm77' },
				TransferAndConnect: { TransferNumber: '9725551212', TransferDigit: 1 },
			},
		],
	])('sends a %s broadcast', async (type, parameters, expected) => {
		const seen: Seen[] = [];
		nock(BASE)
			.post('/v1/broadcasts')
			.reply(recordTo(seen, 200, DOC.broadcastCreated));

		const { items, error } = await run({ ...base, broadcastType: type, ...parameters });

		expect(error).toBeUndefined();
		expect(bodyOf(seen[0])).toEqual({
			BroadcastName: 'Testing',
			BroadcastType: type,
			Lists: [{ ListID: 2 }, { ListID: 14 }],
			...expected,
		});
		expect(signatureVerifies('POST', seen[0].path, seen[0].authorization)).toBe(true);
		expect(items[0].json).toEqual(DOC.broadcastCreated);
	});

	it('refuses unparseable Transfer Settings before any request', async () => {
		const { error } = await run({
			...base,
			broadcastType: 'TransferAndConnect',
			audioId: 'zx1234',
			transferSettings: '{not json',
		});
		expect(error?.message).toBe('Transfer Settings is not valid JSON');
	});
});

describe('Call-Em-All › start date', () => {
	async function sentStartDate(startDate: unknown): Promise<unknown> {
		const seen: Seen[] = [];
		nock(BASE)
			.post('/v1/broadcasts')
			.reply(recordTo(seen, 200, DOC.broadcastCreated));
		const { error } = await run({
			resource: 'broadcast',
			operation: 'create',
			broadcastName: 'Testing',
			broadcastType: 'SMS',
			contactSource: 'lists',
			listIds: '2',
			textMessage: 'Hi',
			additionalFields: { startDate },
		});
		expect(error).toBeUndefined();
		return (bodyOf(seen[0]) as { StartDate?: unknown }).StartDate;
	}

	// The unit engine runs workflows in n8n's default time zone, America/New_York.
	it.each([
		['the API form as written', '2/1/2020 1:15PM', '2/1/2020 1:15PM'],
		['the API form in lower case with a space', '2/1/2020 1:15 pm', '2/1/2020 1:15PM'],
		['an ISO time without a zone, as written', '2024-02-01T13:15', '2/1/2024 1:15PM'],
		['an ISO time with seconds and milliseconds', '2024-02-01T00:05:09.123', '2/1/2024 12:05AM'],
		['an ISO time in UTC, in the workflow time zone', '2024-02-01T18:15:00Z', '2/1/2024 1:15PM'],
		[
			'an ISO time with an offset (Luxon, $now)',
			'2024-07-01T13:15:00.000-07:00',
			'7/1/2024 4:15PM',
		],
		['epoch milliseconds', String(Date.UTC(2024, 1, 1, 18, 15)), '2/1/2024 1:15PM'],
		['a leap day', '2024-02-29T09:00:00', '2/29/2024 9:00AM'],
	])('accepts %s', async (_name, input, expected) => {
		expect(await sentStartDate(input)).toBe(expected);
	});

	it.each([
		['an impossible ISO day', '2024-02-31T10:00'],
		['an impossible API day', '2/30/2024 1:15PM'],
		['February 29th of a common year', '2023-02-29T10:00'],
		['hour 13 in the 12-hour form', '2/1/2024 13:15PM'],
		['hour 24', '2024-02-01T24:00'],
		['words', 'next tuesday-ish'],
	])('refuses %s before any request', async (_name, input) => {
		const { error } = await run({
			resource: 'broadcast',
			operation: 'create',
			broadcastName: 'Testing',
			broadcastType: 'SMS',
			contactSource: 'lists',
			listIds: '2',
			textMessage: 'Hi',
			additionalFields: { startDate: input },
		});
		expect(error?.message).toBe(`The start date "${input}" is not a date`);
		expect(nock.pendingMocks()).toHaveLength(0);
	});
});
