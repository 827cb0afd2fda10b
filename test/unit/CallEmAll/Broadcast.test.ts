/**
 * Broadcast › Create builds what the doc's Create Broadcast describes (issue 18): lists and
 * contacts in one request, file uploads, a draft broadcast, and the Everyone list.
 */
import nock from 'nock';

import { clearLoginCache } from '../../../nodes/CallEmAll/GenericFunctions';
import { runNode } from '../../helpers/harness';
import { BASE, CREDENTIALS, DOC, recordTo, signatureVerifies, type Seen } from './fixtures';

type Params = Record<string, unknown>;

function run(parameters: Params, extra: { input?: Array<{ json: object }> } = {}) {
	return runNode({
		type: 'callEmAll',
		parameters: parameters as never,
		credentials: CREDENTIALS as never,
		input: extra.input as never,
	});
}

function bodyOf(seen: Seen): unknown {
	return typeof seen.body === 'string' && seen.body !== '' ? JSON.parse(seen.body) : seen.body;
}

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
