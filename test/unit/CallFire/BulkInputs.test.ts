/**
 * What bulk sends take from each item: phone numbers sent as digits (short codes where the doc
 * allows them), Contact List → Add Contacts by number, contact ID or contact fields, item mode on
 * Contact → Create and both Add Recipients operations, and a 429 retried without a duplicate.
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

/** A text as `POST /texts` answers it in the doc ("Send texts", example response). */
function sentText(id: number, toNumber: string, fromNumber = '67076') {
	return {
		id,
		fromNumber,
		toNumber,
		state: 'READY',
		campaignId: 20,
		batchId: 14,
		contact: { id: 4096, homePhone: toNumber },
		inbound: false,
		created: 1443403042000,
		modified: 1443403042000,
		message: 'Hello World!',
	};
}

/** A call as `POST /calls/broadcasts/{id}/recipients` answers it in the doc. */
function recipientCall(id: number, toNumber: string) {
	return {
		id,
		fromNumber: '12135551189',
		toNumber,
		state: 'READY',
		campaignId: 14,
		batchId: 12,
		contact: { id: 4096, homePhone: toNumber },
		inbound: false,
		created: 1443383295000,
		modified: 1443383295000,
		agentCall: false,
	};
}

function pairs(output: Array<{ pairedItem?: unknown }>): number[] {
	return output.map((item) => (item.pairedItem as { item: number }).item);
}

afterEach(() => nock.cleanAll());

describe('CallFire › bulk › phone numbers', () => {
	it('sends numbers as digits (+, spaces, brackets and dashes dropped), short codes as typed', async () => {
		const scope = nock(BASE)
			.post('/v2/texts', [
				{ phoneNumber: '12135551100', message: 'Hi', fromNumber: '67076' },
				{ phoneNumber: '2135551101', message: 'Hi', fromNumber: '67076' },
				{ phoneNumber: '67076', message: 'Hi', fromNumber: '12135551189' },
			])
			.basicAuth(BASIC_AUTH)
			.reply(200, {
				items: [
					sentText(1, '12135551100'),
					sentText(2, '12135551101'),
					sentText(3, '67076', '12135551189'),
				],
			});
		const { items: output, error } = await run(
			{
				resource: 'text',
				operation: 'send',
				entryPhoneNumber: '={{ $json.to }}',
				entryMessage: 'Hi',
				entryFromNumber: '={{ $json.from }}',
			},
			[
				{ to: '+1 (213) 555-1100', from: '67076' },
				// A 10-digit US number is sent as typed: no country code is guessed.
				{ to: '213.555.1101', from: '67076' },
				{ to: '67076', from: '+1 213 555 1189' },
			],
		);
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(output.map((item) => item.json.id)).toEqual([1, 2, 3]);
	});

	it.each([
		['text', 'send', 'entryPhoneNumber', 'call me'],
		['text', 'send', 'entryPhoneNumber', '123'],
		['text', 'send', 'entryPhoneNumber', '+67076'],
		['text', 'send', 'entryPhoneNumber', '1213555110012345678'],
		['doNotContact', 'add', 'entryNumber', '67076'],
		['contact', 'create', 'entryHomePhone', '67076'],
		['contactList', 'addItems', 'entryNumber', '555-CALL-NOW'],
		['call', 'send', 'entryFromNumber', 'CallFire'],
	])('%s › %s refuses %s "%s" before any request', async (resource, operation, field, value) => {
		const { error } = await run(
			{
				resource,
				operation,
				id: '45006708003',
				entryPhoneNumber: '12135551100',
				[field]: value,
			},
			[{}],
		);
		expect(error?.message).toContain(`"${value}" is not a phone number`);
		expect(nock.pendingMocks()).toEqual([]);
	});

	it('normalises the numbers of JSON entries too (DNC)', async () => {
		const scope = nock(BASE)
			.post('/v2/contacts/dncs', {
				source: 'My DNC list 1',
				call: true,
				text: true,
				numbers: ['12132000381', '12132000382'],
			})
			.reply(204, '');
		const { items: output, error } = await run(
			{
				resource: 'doNotContact',
				operation: 'add',
				inputMode: 'json',
				body: JSON.stringify({
					source: 'My DNC list 1',
					call: true,
					text: true,
					numbers: ['+1 213 200 0381', '1-213-200-0382'],
				}),
			},
			[{}],
		);
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(output.map((item) => item.json)).toEqual([
			{ number: '12132000381', success: true },
			{ number: '12132000382', success: true },
		]);
	});
});

describe('CallFire › bulk › item mode', () => {
	it('Contact → Create: one contact per item, in one request, each paired with its item', async () => {
		const scope = nock(BASE)
			.post('/v2/contacts', [
				{ firstName: 'Alice', lastName: 'Moore', homePhone: '12135551126' },
				{ firstName: 'Bob', lastName: 'Smith', mobilePhone: '12135551127', zipcode: '90401' },
			])
			.basicAuth(BASIC_AUTH)
			.reply(200, { items: [{ id: 4103 }, { id: 4104 }] });
		const { items: output, error } = await run(
			{
				resource: 'contact',
				operation: 'create',
				entryFirstName: '={{ $json.first }}',
				entryLastName: '={{ $json.last }}',
				entryHomePhone: '={{ $json.home }}',
				entryMobilePhone: '={{ $json.mobile }}',
				entryZipcode: '={{ $json.zip }}',
			},
			[
				{ first: 'Alice', last: 'Moore', home: '+1 213 555 1126' },
				{ first: 'Bob', last: 'Smith', mobile: '12135551127', zip: '90401' },
			],
		);
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(output.map((item) => item.json)).toEqual([{ id: 4103 }, { id: 4104 }]);
		expect(pairs(output)).toEqual([0, 1]);
	});

	it('Call Broadcast → Add Recipients: one recipient per item, the new call paired with it', async () => {
		const scope = nock(BASE)
			.post('/v2/calls/broadcasts/11646003/recipients', [
				{ phoneNumber: '12135551100' },
				{ phoneNumber: '12135551101' },
			])
			.basicAuth(BASIC_AUTH)
			.reply(200, {
				items: [recipientCall(13410, '12135551100'), recipientCall(13411, '12135551101')],
			});
		const { items: output, error } = await run(
			{
				resource: 'callBroadcast',
				operation: 'addRecipients',
				id: '11646003',
				entryPhoneNumber: '={{ $json.phone }}',
			},
			[{ phone: '12135551100' }, { phone: '+1 213 555 1101' }],
		);
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(output.map((item) => [item.json.id, item.json.toNumber])).toEqual([
			[13410, '12135551100'],
			[13411, '12135551101'],
		]);
		expect(pairs(output)).toEqual([0, 1]);
	});

	it('Text Broadcast → Add Recipients: number and message per item, the new text paired with it', async () => {
		const scope = nock(BASE)
			.post('/v2/texts/broadcasts/11646003/recipients', [
				{ phoneNumber: '12135551122', message: 'Hello Alice' },
				{ phoneNumber: '12135558090' },
			])
			.basicAuth(BASIC_AUTH)
			.reply(200, { items: [sentText(13413, '12135551122'), sentText(13414, '12135558090')] });
		const { items: output, error } = await run(
			{
				resource: 'textBroadcast',
				operation: 'addRecipients',
				id: '11646003',
				entryPhoneNumber: '={{ $json.phone }}',
				entryMessage: '={{ $json.message }}',
			},
			[{ phone: '12135551122', message: 'Hello Alice' }, { phone: '12135558090' }],
		);
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(output.map((item) => item.json.id)).toEqual([13413, 13414]);
		expect(pairs(output)).toEqual([0, 1]);
	});
});

describe('CallFire › bulk › Contact List → Add Contacts', () => {
	const addItems = { resource: 'contactList', operation: 'addItems', id: '45006708003' };

	it('adds existing contacts by ID: {contactIds: [...]}', async () => {
		const scope = nock(BASE)
			.post('/v2/contacts/lists/45006708003/items', {
				contactIds: [800634185003, 800734186003],
			})
			.basicAuth(BASIC_AUTH)
			.reply(200, '');
		const { items: output, error } = await run(
			{ ...addItems, entrySource: 'contactId', entryContactId: '={{ $json.id }}' },
			[{ id: 800634185003 }, { id: '800734186003' }],
		);
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(output.map((item) => item.json)).toEqual([
			{ contactId: 800634185003, success: true },
			{ contactId: 800734186003, success: true },
		]);
		expect(pairs(output)).toEqual([0, 1]);
	});

	it('adds new contacts from their fields: {contacts: [...]}', async () => {
		const scope = nock(BASE)
			.post('/v2/contacts/lists/45006708003/items', {
				contacts: [
					{ firstName: 'Alice', lastName: 'Moore', homePhone: '12135551126' },
					{ firstName: 'Bob', lastName: 'Smith', homePhone: '12135551127' },
				],
			})
			.reply(200, '');
		const { items: output, error } = await run(
			{
				...addItems,
				entrySource: 'contact',
				entryFirstName: '={{ $json.first }}',
				entryLastName: '={{ $json.last }}',
				entryHomePhone: '={{ $json.phone }}',
				// Only for phone numbers: not sent with contacts.
				contactNumbersField: 'workPhone',
			},
			[
				{ first: 'Alice', last: 'Moore', phone: '12135551126' },
				{ first: 'Bob', last: 'Smith', phone: '+1 213 555 1127' },
			],
		);
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(output[1].json).toEqual({
			firstName: 'Bob',
			lastName: 'Smith',
			homePhone: '12135551127',
			success: true,
		});
	});

	it('adds phone numbers with their number type: {contactNumbers, contactNumbersField}', async () => {
		const scope = nock(BASE)
			.post('/v2/contacts/lists/45006708003/items', {
				contactNumbers: ['12132212384', '12136612355'],
				contactNumbersField: 'workPhone',
			})
			.reply(200, '');
		const { error } = await run(
			{
				...addItems,
				entrySource: 'number',
				entryNumber: '={{ $json.phone }}',
				contactNumbersField: 'workPhone',
			},
			[{ phone: '12132212384' }, { phone: '1 (213) 661-2355' }],
		);
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	it('refuses a contact ID that is not one before any request', async () => {
		const { error } = await run(
			{ ...addItems, entrySource: 'contactId', entryContactId: 'Alice' },
			[{}],
		);
		expect(error?.message).toBe('Contact ID "Alice" is not an ID');
	});

	it.each([
		['contactIds', { contactIds: [800634185003, 800734186003] }],
		[
			'contacts',
			{
				contacts: [
					{ firstName: 'Alice', lastName: 'Moore', homePhone: '12135551126' },
					{
						firstName: 'Bob',
						lastName: 'Smith',
						homePhone: '12135551127',
						properties: { age: 30 },
					},
				],
			},
		],
		[
			'contactNumbers',
			{ contactNumbers: ['12132212384', '12136612355'], contactNumbersField: 'workPhone' },
		],
	])("JSON mode takes the doc's %s body as written", async (_form, body) => {
		const scope = nock(BASE)
			.post('/v2/contacts/lists/45006708003/items', body)
			.basicAuth(BASIC_AUTH)
			.reply(200, '');
		const { items: output, error } = await run(
			{ ...addItems, inputMode: 'json', body: JSON.stringify(body) },
			[{}],
		);
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(output).toHaveLength(2);
		expect(output.every((item) => item.json.success === true)).toBe(true);
	});

	it('JSON mode sends each form in its own request when one body gives two', async () => {
		const numbers = nock(BASE)
			.post('/v2/contacts/lists/45006708003/items', {
				contactNumbers: ['12132212384'],
				contactNumbersField: 'workPhone',
			})
			.reply(200, '');
		const ids = nock(BASE)
			.post('/v2/contacts/lists/45006708003/items', { contactIds: [800634185003] })
			.reply(200, '');
		const { items: output, error } = await run(
			{
				...addItems,
				inputMode: 'json',
				body: JSON.stringify({
					contactNumbers: ['+1 213 221 2384'],
					contactNumbersField: 'workPhone',
					contactIds: [800634185003],
				}),
			},
			[{}],
		);
		expect(error).toBeUndefined();
		expect(numbers.isDone() && ids.isDone()).toBe(true);
		expect(output.map((item) => item.json)).toEqual([
			{ number: '12132212384', success: true },
			{ contactId: 800634185003, success: true },
		]);
	});

	it('JSON mode refuses a body with none of the three lists', async () => {
		const { error } = await run(
			{ ...addItems, inputMode: 'json', body: '{"contactNumbersField": "workPhone"}' },
			[{}],
		);
		expect(error?.message).toBe('The list of entries is empty');
	});
});

describe('CallFire › bulk › rate limits', () => {
	it('retries a bulk send answered 429 once and sends it only once more: no duplicate', async () => {
		const bodies: unknown[] = [];
		const record = (body: unknown) => {
			bodies.push(body);
			return true;
		};
		nock(BASE)
			.post('/v2/texts', record)
			.reply(
				429,
				{
					httpStatusCode: 429,
					internalCode: 0,
					message: 'Too many requests',
					developerMessage: 'https://developers.callfire.com/docs.html#errors',
				},
				{ 'Retry-After': '0' },
			)
			.post('/v2/texts', record)
			.reply(200, { items: [sentText(13413, '12135551100'), sentText(13414, '12135551101')] });
		const { items: output, error } = await run(
			{
				resource: 'text',
				operation: 'send',
				entryPhoneNumber: '={{ $json.phone }}',
				entryMessage: 'Hello World!',
			},
			[{ phone: '12135551100' }, { phone: '12135551101' }],
		);
		expect(error).toBeUndefined();
		expect(bodies).toHaveLength(2);
		expect(bodies[1]).toEqual(bodies[0]);
		expect(bodies[0]).toEqual([
			{ phoneNumber: '12135551100', message: 'Hello World!' },
			{ phoneNumber: '12135551101', message: 'Hello World!' },
		]);
		expect(output.map((item) => item.json.id)).toEqual([13413, 13414]);
		expect(pairs(output)).toEqual([0, 1]);
	});
});
