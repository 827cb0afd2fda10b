/**
 * Recipients named by an existing contact in item mode (issue 18): Call → Send, Text → Send and
 * both broadcasts' Add Recipients. Written from the doc (callfire-api-v2.txt):
 *
 * - line 139: "CallRecipient represents a single recipient identified by phone number or
 *   contact id in CallFire system. You can attach user-defined attributes to a Call action via
 *   CallRecipient.attributes property, attributes are available in Call action response"
 * - lines 183-189 (POST /calls body): "attributes object Map of user-defined string attributes
 *   associated with recipient", "contactId integer An id of existing contact used as recipient"
 * - lines 1943 and 1967-1971 (POST /calls/broadcasts/{id}/recipients): "Recipients may be added
 *   as a list of contact ids, or list of numbers", "contactId integer An id of existing contact
 *   used as recipient"
 * - lines 11438-11442 (POST /texts body): "attributes object", "contactId integer An id of
 *   existing contact in account"
 */
import nock from 'nock';

import { runNode } from '../../helpers/harness';
import { named } from './names';
import { BASE, BASIC_AUTH, CREDENTIALS } from './fixtures';

function run(parameters: Record<string, unknown>, input: object[], continueOnFail = false) {
	return runNode({
		type: 'callFire',
		parameters: named(parameters) as never,
		credentials: CREDENTIALS,
		input: input.map((json) => ({ json })) as never,
		continueOnFail,
	});
}

/** Doc line 11611, the body of "Send texts" (curl example), as sent. */
const DOC_TEXTS_BODY = [
	{ phoneNumber: '12135551122', message: 'Hello World!' },
	{ contactId: 122460000043 },
	{
		phoneNumber: '12135558090',
		attributes: { custom_external_id: 30005044, custom_name: 'Alice' },
		message: 'Hello, ${custom_name}!',
	},
];

/** Doc line 2094, the body of "Add recipients to a call broadcast" (curl example). */
const DOC_RECIPIENTS_BODY = [
	{ phoneNumber: '12135551122' },
	{ contactId: 122460000043 },
	{
		phoneNumber: '12135558090',
		attributes: { custom_external_id: 30005044, custom_property_1: 'value1' },
	},
];

/** One item per recipient, each naming it by number or by contact, mapped with expressions. */
const byNumberOrContact = {
	entryRecipient: "={{ $json.contactId ? 'contactId' : 'phoneNumber' }}",
	entryPhoneNumber: '={{ $json.phoneNumber }}',
	entryContactId: '={{ $json.contactId }}',
	entryAttributes: '={{ $json.attributes }}',
};

/** A text as `POST /texts` answers it (doc line 11617), for the given number and contact. */
function sentText(id: number, toNumber: string, contactId: number) {
	return {
		id,
		fromNumber: '67076',
		toNumber,
		state: 'READY',
		campaignId: 20,
		batchId: 14,
		contact: { id: contactId, homePhone: toNumber },
		inbound: false,
		created: 1443403042000,
		modified: 1443403042000,
		message: 'Hello World!',
	};
}

/** A call as `POST /calls` answers it (doc line 413). */
function sentCall(id: number, toNumber: string, contactId: number) {
	return {
		id,
		fromNumber: '12135551189',
		toNumber,
		state: 'READY',
		campaignId: 10,
		batchId: 6,
		contact: { id: contactId, homePhone: toNumber },
		inbound: false,
		created: 1443373382000,
		modified: 1443373382000,
		agentCall: false,
	};
}

afterEach(() => nock.cleanAll());

describe('CallFire › recipients by contact ID, in item mode', () => {
	it("Text → Send: three items build exactly the doc's request (line 11611)", async () => {
		const scope = nock(BASE)
			.post('/v2/texts', DOC_TEXTS_BODY)
			.query({ campaignId: '4050600003', defaultMessage: 'Hello!' })
			.basicAuth(BASIC_AUTH)
			.reply(200, {
				items: [
					sentText(13413, '12135551122', 4096),
					sentText(13414, '12135551124', 122460000043),
					sentText(13415, '12135558090', 4097),
				],
			});
		const { items, error } = await run(
			{
				resource: 'text',
				operation: 'send',
				...byNumberOrContact,
				entryMessage: '={{ $json.message }}',
				options: { campaignId: 4050600003, defaultMessage: 'Hello!' },
			},
			[
				{ phoneNumber: '12135551122', message: 'Hello World!' },
				{ contactId: 122460000043 },
				{
					phoneNumber: '12135558090',
					attributes: { custom_external_id: 30005044, custom_name: 'Alice' },
					message: 'Hello, ${custom_name}!',
				},
			],
		);
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items.map((item) => [item.json.id, item.pairedItem])).toEqual([
			[13413, { item: 0 }],
			[13414, { item: 1 }],
			[13415, { item: 2 }],
		]);
	});

	it('Text → Send: attributes can be typed as JSON text', async () => {
		const scope = nock(BASE)
			.post('/v2/texts', [DOC_TEXTS_BODY[2]])
			.reply(200, { items: [sentText(13415, '12135558090', 4097)] });
		const { error } = await run(
			{
				resource: 'text',
				operation: 'send',
				entryPhoneNumber: '12135558090',
				entryAttributes: '{"custom_external_id": 30005044, "custom_name": "Alice"}',
				entryMessage: 'Hello, ${custom_name}!',
			},
			[{}],
		);
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	it('Call → Send: a contact ID is sent as a number (line 187: "contactId integer")', async () => {
		const scope = nock(BASE)
			.post('/v2/calls', [
				{ contactId: 122460000043, liveMessage: 'Hello, Alice, this is message for live answer' },
				{ phoneNumber: '12135551101', liveMessage: 'Hello, Bob, this is message for live answer' },
			])
			.basicAuth(BASIC_AUTH)
			.reply(200, {
				items: [sentCall(13394, '12135551100', 122460000043), sentCall(13395, '12135551101', 4097)],
			});
		const { items, error } = await run(
			{
				resource: 'call',
				operation: 'send',
				...byNumberOrContact,
				entryLiveMessage: '={{ $json.live }}',
			},
			[
				{ contactId: '122460000043', live: 'Hello, Alice, this is message for live answer' },
				{ phoneNumber: '+1 213 555 1101', live: 'Hello, Bob, this is message for live answer' },
			],
		);
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items.map((item) => item.json.id)).toEqual([13394, 13395]);
	});

	it('Call → Send: contact and number items are batched together, 10 per request (line 143)', async () => {
		const bodies: unknown[][] = [];
		nock(BASE)
			.post('/v2/calls', (body: unknown[]) => {
				bodies.push(body);
				return true;
			})
			.times(2)
			.reply(200, (_uri, body) => ({
				items: (body as Array<{ phoneNumber?: string; contactId?: number }>).map((entry, i) =>
					sentCall(i, entry.phoneNumber ?? '12135551124', entry.contactId ?? 4096),
				),
			}));
		const input = Array.from({ length: 12 }, (_, i) =>
			i % 2 ? { contactId: 800000000000 + i } : { phoneNumber: String(12135551100 + i) },
		);
		const { items, error } = await run(
			{ resource: 'call', operation: 'send', ...byNumberOrContact, entryLiveMessage: 'Hi' },
			input,
		);
		expect(error).toBeUndefined();
		expect(bodies.map((body) => body.length)).toEqual([10, 2]);
		expect(bodies[0][1]).toEqual({ contactId: 800000000001, liveMessage: 'Hi' });
		expect(bodies[1]).toEqual([
			{ phoneNumber: '12135551110', liveMessage: 'Hi' },
			{ contactId: 800000000011, liveMessage: 'Hi' },
		]);
		expect(items).toHaveLength(12);
	});

	it("Call Broadcast → Add Recipients: three items build exactly the doc's request (line 2094)", async () => {
		const scope = nock(BASE)
			.post('/v2/calls/broadcasts/11646003/recipients', DOC_RECIPIENTS_BODY)
			.basicAuth(BASIC_AUTH)
			.reply(200, {
				items: [
					sentCall(13410, '12135551122', 4096),
					sentCall(13411, '12135551124', 122460000043),
					sentCall(13412, '12135558090', 4097),
				],
			});
		const { items, error } = await run(
			{
				resource: 'callBroadcast',
				operation: 'addRecipients',
				id: '11646003',
				...byNumberOrContact,
			},
			DOC_RECIPIENTS_BODY,
		);
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items.map((item) => item.json.id)).toEqual([13410, 13411, 13412]);
	});

	it('Text Broadcast → Add Recipients: a contact ID with its own message', async () => {
		const scope = nock(BASE)
			.post('/v2/texts/broadcasts/11646003/recipients', [
				{ contactId: 122460000043, message: 'Hello World!' },
			])
			.reply(200, { items: [sentText(13413, '12135551124', 122460000043)] });
		const { items, error } = await run(
			{
				resource: 'textBroadcast',
				operation: 'addRecipients',
				id: '11646003',
				entryRecipient: 'contactId',
				entryContactId: '122460000043',
				entryMessage: 'Hello World!',
			},
			[{}],
		);
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items[0].json.id).toBe(13413);
	});

	it('the phone number field is not read when the recipient is a contact', async () => {
		const scope = nock(BASE)
			.post('/v2/texts', [{ contactId: 122460000043, message: 'Hi' }])
			.reply(200, { items: [sentText(1, '12135551124', 122460000043)] });
		const { error } = await run(
			{
				resource: 'text',
				operation: 'send',
				entryRecipient: 'contactId',
				entryPhoneNumber: 'left over from before',
				entryContactId: '122460000043',
				entryMessage: 'Hi',
			},
			[{}],
		);
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});
});

describe('CallFire › recipients by contact ID › results paired with their entries', () => {
	it("pairs a contact's text by its contact ID when CallFire skipped a number", async () => {
		nock(BASE)
			.post('/v2/texts', DOC_TEXTS_BODY)
			// The first number was skipped as invalid; the contact's text names its number and ID.
			.reply(200, {
				items: [sentText(13414, '12135551124', 122460000043), sentText(13415, '12135558090', 4097)],
			});
		const { items, error } = await run(
			{
				resource: 'text',
				operation: 'send',
				...byNumberOrContact,
				entryMessage: '={{ $json.message }}',
			},
			DOC_TEXTS_BODY,
			true,
		);
		expect(error).toBeUndefined();
		expect(items.map((item) => [item.json.id ?? item.json.error, item.pairedItem])).toEqual([
			[
				'CallFire did not create a text for this number (12135551122): it skipped it as invalid',
				{ item: 0 },
			],
			[13414, { item: 1 }],
			[13415, { item: 2 }],
		]);
	});

	it('makes a skipped contact an error item that names the contact, never a success', async () => {
		nock(BASE)
			.post('/v2/calls/broadcasts/11646003/recipients', DOC_RECIPIENTS_BODY)
			.reply(200, {
				items: [sentCall(13410, '12135551122', 4096), sentCall(13412, '12135558090', 4097)],
			});
		const { items, error } = await run(
			{
				resource: 'callBroadcast',
				operation: 'addRecipients',
				id: '11646003',
				...byNumberOrContact,
			},
			DOC_RECIPIENTS_BODY,
			true,
		);
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.id ?? item.json.error)).toEqual([
			13410,
			'CallFire did not create a call for this contact (ID 122460000043): it skipped it as invalid',
			13412,
		]);
		expect(items[1].pairedItem).toEqual({ item: 1 });
	});
});

describe('CallFire › recipients by contact ID › refused before any request', () => {
	it.each([
		['not a number', 'Alice', 'Contact ID "Alice" is not an ID'],
		['zero', '0', 'Contact ID "0" is not an ID'],
		// A required field left empty is refused by n8n itself; an expression can still give nothing.
		['empty', '={{ $json.id }}', 'Contact ID is empty'],
	])('a contact ID that is %s', async (_case, contactId, message) => {
		const { error } = await run(
			{
				resource: 'call',
				operation: 'send',
				entryRecipient: 'contactId',
				entryContactId: contactId,
				entryLiveMessage: 'Hi',
			},
			[{ id: '' }],
		);
		expect(error?.message).toBe(message);
		expect(nock.pendingMocks()).toEqual([]);
	});

	it('a Recipient expression that gives neither choice', async () => {
		const { error } = await run(
			{
				resource: 'text',
				operation: 'send',
				entryRecipient: '={{ $json.kind }}',
				// With an expression for Recipient, n8n shows (and requires) both fields.
				entryPhoneNumber: '12135551100',
				entryContactId: '122460000043',
			},
			[{ kind: 'email' }],
		);
		expect(error?.message).toBe('Recipient "email" is not one of phoneNumber, contactId');
	});

	it.each([
		['[1, 2]', 'Attributes must be a JSON object'],
		['{"custom_name": ', 'Attributes is not valid JSON'],
	])('attributes that are not a JSON object: %s', async (attributes, message) => {
		const { error } = await run(
			{
				resource: 'text',
				operation: 'send',
				entryPhoneNumber: '12135551100',
				entryAttributes: attributes,
			},
			[{}],
		);
		expect(error?.message).toBe(message);
	});

	it.each([
		[[{ message: 'Hi' }], 'Entry 1: it names no recipient: give "phoneNumber" or "contactId"'],
		[[{ contactId: 'Alice' }], 'Entry 1: contactId "Alice" is not an ID'],
	])('JSON mode: %j', async (body, message) => {
		const { error } = await run(
			{ resource: 'text', operation: 'send', inputMode: 'json', body: JSON.stringify(body) },
			[{}],
		);
		expect(error?.message).toBe(message);
		expect(nock.pendingMocks()).toEqual([]);
	});

	it("JSON mode: the doc's own body is sent as written (line 11611)", async () => {
		const scope = nock(BASE)
			.post('/v2/texts', DOC_TEXTS_BODY)
			.reply(200, { items: [sentText(1, '12135551122', 4096)] });
		await run(
			{
				resource: 'text',
				operation: 'send',
				inputMode: 'json',
				body: JSON.stringify(DOC_TEXTS_BODY),
			},
			[{}],
			true,
		);
		expect(scope.isDone()).toBe(true);
	});
});
