/**
 * Bulk input by field name (bench/PROFILE.md, R3): Input "Each Item Is One Entry, by Field
 * Name" takes the *name* of each item's field (`phone`, `contact.phone`), dragged in as n8n's
 * Split Out or Sort take it (`requiresDataPath: 'single'`), and reads it from each item's JSON
 * with no expression per item. The entries and requests are the ones item mode makes.
 */
import nock from 'nock';
import { Expression, type INodeProperties } from 'n8n-workflow';

import { CallFire } from '../../../nodes/CallFire/CallFire.node';
import { runNode } from '../../helpers/harness';
import { BASE, BASIC_AUTH, CREDENTIALS } from './fixtures';
import { named } from './names';

function run(parameters: Record<string, unknown>, input: object[], continueOnFail = false) {
	return runNode({
		type: 'callFire',
		parameters: named({ inputMode: 'fieldNames', ...parameters }) as never,
		credentials: CREDENTIALS,
		input: input.map((json) => ({ json })) as never,
		continueOnFail,
	});
}

const phone = (index: number) => `1213200${String(index).padStart(4, '0')}`;

afterEach(() => nock.cleanAll());

describe('CallFire › bulk › input by field name', () => {
	it('DNC → Add: each item gives its number from the field named, in one request', async () => {
		const scope = nock(BASE)
			.post('/v2/contacts/dncs', {
				numbers: [phone(0), phone(1), phone(2)],
				call: true,
				text: false,
			})
			.basicAuth(BASIC_AUTH)
			.reply(204, '');
		const { items, error } = await run(
			{
				resource: 'doNotContact',
				operation: 'add',
				entryNumberField: 'contact.phone',
				call: true,
				text: false,
			},
			[
				{ contact: { phone: `+1 213 200 0000` } },
				{ contact: { phone: Number(phone(1)) } },
				{ contact: { phone: phone(2) } },
			],
		);
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items.map((item) => item.json)).toEqual([
			{ number: phone(0), success: true },
			{ number: phone(1), success: true },
			{ number: phone(2), success: true },
		]);
		expect(items.map((item) => (item.pairedItem as { item: number }).item)).toEqual([0, 1, 2]);
	});

	it('Text → Send: several fields, a key with a space and an array index, no expression per item', async () => {
		const scope = nock(BASE)
			.post('/v2/texts', [
				{ phoneNumber: phone(0), message: 'Hello Ann' },
				{ phoneNumber: phone(1), message: 'Hello Bob' },
			])
			.reply(200, { items: [{ id: 1 }, { id: 2 }] });
		const evaluations = jest.spyOn(Expression.prototype, 'resolveSimpleParameterValue');
		const { items, error } = await run(
			{
				resource: 'text',
				operation: 'send',
				entryPhoneNumberField: 'phones[0]',
				entryMessageField: '["text to send"]',
			},
			[
				{ phones: [phone(0)], 'text to send': 'Hello Ann' },
				{ phones: [phone(1), phone(9)], 'text to send': 'Hello Bob' },
			],
		);
		const expressions = evaluations.mock.calls.filter(
			([value]) => typeof value === 'string' && value.startsWith('='),
		);
		evaluations.mockRestore();
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items.map((item) => item.json.id)).toEqual([1, 2]);
		expect(expressions).toEqual([]);
	});

	it('a key that holds a dot is read as one key', async () => {
		const scope = nock(BASE)
			.post('/v2/contacts/dncs', { numbers: [phone(5)], call: true, text: true })
			.reply(204, '');
		const { error } = await run(
			{ resource: 'doNotContact', operation: 'add', entryNumberField: 'contact.phone' },
			[{ 'contact.phone': phone(5), contact: { phone: phone(6) } }],
		);
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	it('Text Broadcast → Add Recipients: a contact ID and its attributes object by field name', async () => {
		const scope = nock(BASE)
			.post('/v2/texts/broadcasts/11646003/recipients', [
				{ contactId: 122460000043, message: 'Hi', attributes: { external: '30005044' } },
			])
			.reply(200, { items: [{ id: 13413 }] });
		const { error } = await run(
			{
				resource: 'textBroadcast',
				operation: 'addRecipients',
				id: '11646003',
				entryRecipient: 'contactId',
				entryContactIdField: 'id',
				entryMessageField: 'text',
				entryAttributesField: 'extra',
			},
			[{ id: '122460000043', text: 'Hi', extra: { external: '30005044' } }],
		);
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	it.each([
		[
			'a missing field',
			[{ phone: phone(0) }, { other: 1 }],
			'Phone Number: the item has no field "phone"',
		],
		[
			'a null field',
			[{ phone: phone(0) }, { phone: null }],
			'Phone Number: the item has no field "phone"',
		],
		[
			'an object',
			[{ phone: phone(0) }, { phone: { home: phone(1) } }],
			`Phone Number: the item's field "phone" holds an object, not a value`,
		],
		[
			'a list',
			[{ phone: phone(0) }, { phone: [phone(1)] }],
			`Phone Number: the item's field "phone" holds a list, not a value`,
		],
		[
			'a bad number',
			[{ phone: phone(0) }, { phone: 'call me' }],
			'"call me" is not a phone number',
		],
	])('refuses %s before any request, item by item', async (_, input, message) => {
		const scope = nock(BASE)
			.post('/v2/contacts/dncs', { numbers: [phone(0)], call: true, text: true })
			.reply(204, '');
		const { items, error } = await run(
			{ resource: 'doNotContact', operation: 'add', entryNumberField: 'phone' },
			input,
			true,
		);
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items[0].json).toEqual({ number: phone(0), success: true });
		expect(String(items[1].json.error)).toContain(message);
	});

	it('refuses an empty field name', async () => {
		const { error } = await run(
			{ resource: 'doNotContact', operation: 'add', entryNumberField: ' ' },
			[{ phone: phone(0) }],
		);
		expect(error?.message).toBe('Phone Number Field is empty');
		expect(nock.pendingMocks()).toEqual([]);
	});

	it('an optional field named but missing in the item is left out', async () => {
		const scope = nock(BASE)
			.post('/v2/texts', [{ phoneNumber: phone(0), message: 'Hi' }])
			.reply(200, { items: [{ id: 1 }] });
		const { error } = await run(
			{
				resource: 'text',
				operation: 'send',
				entryPhoneNumberField: 'to',
				entryMessageField: 'text',
				entryFromNumberField: 'from',
			},
			[{ to: phone(0), text: 'Hi' }],
		);
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	it('shows the field-name fields only in that mode, as data paths', () => {
		const properties = new CallFire().description.properties as INodeProperties[];
		const field = properties.find((p) => p.name === 'doNotContactEntryNumberField');
		expect(field?.typeOptions?.requiresDataPath).toBe('single');
		expect(field?.displayOptions?.show?.inputMode).toEqual(['fieldNames']);
		const mapped = properties.find((p) => p.name === 'doNotContactEntryNumber');
		expect(mapped?.displayOptions?.show?.inputMode).toEqual(['item']);
		const input = properties.find(
			(p) => p.name === 'inputMode' && p.displayOptions?.show?.resource?.includes('doNotContact'),
		);
		expect(input?.options?.map((option) => (option as { value: string }).value)).toEqual([
			'item',
			'fieldNames',
			'json',
		]);
	});
});
