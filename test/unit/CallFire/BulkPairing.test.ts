/**
 * Bulk sends when CallFire answers with fewer results than entries were sent: without Strict
 * Validation it leaves out the numbers it finds invalid and says nothing about them. Each
 * result goes to the entry with its number; an entry without one is an error, never a success.
 */
import nock from 'nock';

import { runNode } from '../../helpers/harness';
import { named } from './names';
import { BASE, BASIC_AUTH, CREDENTIALS } from './fixtures';

/** A text as `POST /texts` answers it in the doc ("Send texts", example response). */
function sentText(id: number, toNumber: string, contactId = 4096) {
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

/** A call as `POST /calls/broadcasts/{id}/recipients` answers it in the doc. */
function recipientCall(id: number, toNumber: string, contactId = 4096) {
	return {
		id,
		fromNumber: '12135551189',
		toNumber,
		state: 'READY',
		campaignId: 14,
		batchId: 12,
		contact: { id: contactId, homePhone: toNumber },
		inbound: false,
		created: 1443383295000,
		modified: 1443383295000,
		agentCall: false,
	};
}

const NUMBERS = ['12135551100', '12135551101', '12135551122', '12135558090'];

function run(parameters: Record<string, unknown>, input: object[], continueOnFail = false) {
	return runNode({
		type: 'callFire',
		parameters: named(parameters) as never,
		credentials: CREDENTIALS,
		input: input.map((json) => ({ json })) as never,
		continueOnFail,
	});
}

const sendTexts = {
	resource: 'text',
	operation: 'send',
	entryPhoneNumber: '={{ $json.phone }}',
	entryMessage: 'Hello World!',
};

function pairs(output: Array<{ pairedItem?: unknown }>) {
	return output.map((item) => item.pairedItem);
}

afterEach(() => nock.cleanAll());

describe('CallFire › bulk sends › CallFire skipped some entries', () => {
	it('pairs each text with its own number and makes the skipped number an error item (Continue On Fail)', async () => {
		const bodies: unknown[] = [];
		const scope = nock(BASE)
			.post('/v2/texts', (body: unknown) => {
				bodies.push(body);
				return true;
			})
			.basicAuth(BASIC_AUTH)
			// CallFire found the second number invalid and left it out.
			.reply(200, {
				items: [
					sentText(13413, NUMBERS[0]),
					sentText(13414, NUMBERS[2], 4097),
					sentText(13415, NUMBERS[3], 4098),
				],
			});
		const { items: output, error } = await run(
			sendTexts,
			NUMBERS.map((phone) => ({ phone })),
			true,
		);
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(bodies).toEqual([
			NUMBERS.map((phone) => ({ phoneNumber: phone, message: 'Hello World!' })),
		]);
		expect(output).toHaveLength(4);
		expect(pairs(output)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }, { item: 3 }]);
		expect(output.map((item) => item.json.id)).toEqual([13413, undefined, 13414, 13415]);
		expect(output[2].json.toNumber).toBe(NUMBERS[2]);
		expect(output[1].json).toEqual({
			error: `CallFire did not create a text for this number (${NUMBERS[1]}): it skipped it as invalid`,
		});
		expect(output[1].error?.description).toContain('Strict Validation');
		expect(output.some((item) => item.json.success === true)).toBe(false);
	});

	it('fails the node when a number was skipped and Continue On Fail is off', async () => {
		nock(BASE)
			.post('/v2/texts')
			.reply(200, { items: [sentText(13413, NUMBERS[0]), sentText(13415, NUMBERS[2])] });
		const { error } = await run(
			sendTexts,
			NUMBERS.slice(0, 3).map((phone) => ({ phone })),
		);
		expect(error?.message).toBe(
			`CallFire did not create a text for this number (${NUMBERS[1]}): it skipped it as invalid`,
		);
	});

	it('matches numbers typed with formatting, and entries given by contact ID, to their results', async () => {
		const scope = nock(BASE)
			.post('/v2/texts', [
				{ phoneNumber: '12135551122', message: 'Hello World!' },
				{ contactId: 122460000043 },
				{ phoneNumber: '12135558090', message: 'Hello, ${custom_name}!' },
			])
			.reply(200, {
				items: [sentText(13413, '12135551122'), sentText(13414, '12135551100', 122460000043)],
			});
		const { items: output, error } = await run(
			{
				resource: 'text',
				operation: 'send',
				inputMode: 'json',
				body: JSON.stringify([
					{ phoneNumber: '+1 (213) 555-1122', message: 'Hello World!' },
					{ contactId: 122460000043 },
					{ phoneNumber: '1-213-555-8090', message: 'Hello, ${custom_name}!' },
				]),
			},
			[{}],
			true,
		);
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(output.map((item) => item.json.id ?? item.json.error)).toEqual([
			13413,
			13414,
			'CallFire did not create a text for this number (12135558090): it skipped it as invalid',
		]);
	});

	it('keeps results it cannot pair (Fields left out toNumber) and does not call any entry a success', async () => {
		nock(BASE)
			.post('/v2/texts')
			.query({ fields: 'items(id)' })
			.reply(200, { items: [{ id: 13413 }] });
		const { items: output, error } = await run(
			{ ...sendTexts, options: { fields: 'items(id)' } },
			NUMBERS.slice(0, 2).map((phone) => ({ phone })),
			true,
		);
		expect(error).toBeUndefined();
		expect(output).toHaveLength(3);
		expect(
			output.filter((item) => item.json.error !== undefined).map((item) => item.json.error),
		).toEqual([
			`CallFire's answer has no text for this number (${NUMBERS[0]})`,
			`CallFire's answer has no text for this number (${NUMBERS[1]})`,
		]);
		const kept = output.find((item) => item.json.id === 13413)!;
		expect(kept.pairedItem).toEqual([{ item: 0 }, { item: 1 }]);
	});

	it("pairs a call broadcast's new calls with their recipients when one was skipped", async () => {
		nock(BASE)
			.post('/v2/calls/broadcasts/11646003/recipients', [
				{ phoneNumber: NUMBERS[0] },
				{ phoneNumber: NUMBERS[1] },
				{ phoneNumber: NUMBERS[2] },
			])
			.reply(200, { items: [recipientCall(13410, NUMBERS[1]), recipientCall(13411, NUMBERS[2])] });
		const { items: output, error } = await run(
			{
				resource: 'callBroadcast',
				operation: 'addRecipients',
				id: '11646003',
				entryPhoneNumber: '={{ $json.phone }}',
			},
			NUMBERS.slice(0, 3).map((phone) => ({ phone })),
			true,
		);
		expect(error).toBeUndefined();
		expect(output.map((item) => item.json.id ?? item.json.error)).toEqual([
			`CallFire did not create a call for this number (${NUMBERS[0]}): it skipped it as invalid`,
			13410,
			13411,
		]);
		expect(pairs(output)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});

	it('keeps the exact 1:1 pairing when the counts match', async () => {
		nock(BASE)
			.post('/v2/texts')
			.reply(200, { items: [sentText(1, NUMBERS[0]), sentText(2, NUMBERS[1])] });
		const { items: output, error } = await run(
			sendTexts,
			NUMBERS.slice(0, 2).map((phone) => ({ phone })),
		);
		expect(error).toBeUndefined();
		expect(output.map((item) => [item.json.id, item.pairedItem])).toEqual([
			[1, { item: 0 }],
			[2, { item: 1 }],
		]);
	});

	it('Contact → Create: results without numbers cannot be paired, so no entry is called a success', async () => {
		nock(BASE)
			.post('/v2/contacts')
			// "Create contacts" example response, one contact short.
			.reply(200, { items: [{ id: 4103 }] });
		const { items: output, error } = await run(
			{
				resource: 'contact',
				operation: 'create',
				entryFirstName: '={{ $json.first }}',
				entryHomePhone: '={{ $json.phone }}',
			},
			[
				{ first: 'Alice', phone: '12135551126' },
				{ first: 'Bob', phone: '12135551127' },
			],
			true,
		);
		expect(error).toBeUndefined();
		expect(output.map((item) => item.json.error ?? item.json.id)).toEqual([
			"CallFire's answer has no contact for this entry (12135551126)",
			4103,
			"CallFire's answer has no contact for this entry (12135551127)",
		]);
		expect(output[1].pairedItem).toEqual([{ item: 0 }, { item: 1 }]);
	});
});
