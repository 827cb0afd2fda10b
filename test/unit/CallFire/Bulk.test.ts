import nock from 'nock';

import { runNode } from '../../helpers/harness';
import { named } from './names';
import { BASE, BASIC_AUTH, CREDENTIALS, ERROR_BODY } from './fixtures';

function phone(index: number): string {
	return String(12135550000 + index);
}

function items(count: number, extra: (index: number) => object = () => ({})) {
	return Array.from({ length: count }, (_, index) => ({
		json: { phone: phone(index), name: `Contact ${index}`, ...extra(index) },
	}));
}

function run(
	parameters: Record<string, unknown>,
	input: Array<{ json: object }>,
	continueOnFail = false,
) {
	return runNode({
		type: 'callFire',
		parameters: named(parameters) as never,
		credentials: CREDENTIALS,
		input: input as never,
		continueOnFail,
	});
}

function pairs(output: Array<{ pairedItem?: unknown }>): number[] {
	return output.map((item) => (item.pairedItem as { item: number }).item);
}

afterEach(() => {
	nock.cleanAll();
});

describe('CallFire › bulk sends in few requests', () => {
	it('sends texts from 25 items in one request and pairs each answer with its item', async () => {
		const bodies: unknown[] = [];
		const scope = nock(BASE)
			.post('/v2/texts', (body: unknown) => {
				bodies.push(body);
				return true;
			})
			.basicAuth(BASIC_AUTH)
			.reply(200, (_uri, body) => ({
				items: (body as unknown[]).map((_entry, index) => ({ id: 1000 + index })),
			}));
		const { items: output, error } = await run(
			{
				resource: 'text',
				operation: 'send',
				entryPhoneNumber: '={{ $json.phone }}',
				entryMessage: '=Hello {{ $json.name }}',
			},
			items(25),
		);
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(bodies).toHaveLength(1);
		expect(bodies[0]).toEqual(
			Array.from({ length: 25 }, (_, index) => ({
				phoneNumber: phone(index),
				message: `Hello Contact ${index}`,
			})),
		);
		expect(output).toHaveLength(25);
		expect(output.map((item) => item.json.id)).toEqual(
			Array.from({ length: 25 }, (_, index) => 1000 + index),
		);
		expect(pairs(output)).toEqual(Array.from({ length: 25 }, (_, index) => index));
	});

	it('adds 2,500 DNC numbers in three requests, the last one partial', async () => {
		const sizes: number[] = [];
		const scope = nock(BASE)
			.post('/v2/contacts/dncs', (body: { numbers: string[]; call: boolean; text: boolean }) => {
				sizes.push(body.numbers.length);
				return (
					body.call === true && body.text === false && body.numbers.every((n) => /^1213/.test(n))
				);
			})
			.times(3)
			.reply(204, '');
		const { items: output, error } = await run(
			{
				resource: 'doNotContact',
				operation: 'add',
				entryNumber: '={{ $json.phone }}',
				call: true,
				text: false,
				batchSize: 1000,
			},
			items(2500),
		);
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(sizes).toEqual([1000, 1000, 500]);
		expect(output).toHaveLength(2500);
		expect(output[2499].json).toEqual({ number: phone(2499), success: true });
		expect(pairs(output)).toEqual(Array.from({ length: 2500 }, (_, index) => index));
	});

	it('never puts more than 10 recipients in one send-calls request', async () => {
		const sizes: number[] = [];
		nock(BASE)
			.post('/v2/calls', (body: unknown[]) => {
				sizes.push(body.length);
				return true;
			})
			.times(3)
			.reply(200, (_uri, body) => ({ items: (body as unknown[]).map((_e, id) => ({ id })) }));
		const { items: output, error } = await run(
			{
				resource: 'call',
				operation: 'send',
				entryPhoneNumber: '={{ $json.phone }}',
				entryLiveMessage: 'Hi',
				batchSize: '={{ 50 }}',
			},
			items(25),
		);
		expect(error).toBeUndefined();
		expect(sizes).toEqual([10, 10, 5]);
		expect(output).toHaveLength(25);
	});

	it('under Continue On Fail, a failed batch gives one error item per item in it and loses none', async () => {
		let call = 0;
		nock(BASE)
			.post('/v2/contacts/dncs')
			.times(3)
			.reply(() => {
				call += 1;
				return call === 2 ? [400, ERROR_BODY] : [204, ''];
			});
		const { items: output, error } = await run(
			{
				resource: 'doNotContact',
				operation: 'add',
				entryNumber: '={{ $json.phone }}',
				batchSize: 10,
			},
			items(30),
			true,
		);
		expect(error).toBeUndefined();
		expect(output).toHaveLength(30);
		expect(pairs(output)).toEqual(Array.from({ length: 30 }, (_, index) => index));
		const failed = output.filter((item) => item.json.error !== undefined);
		expect(pairs(failed)).toEqual(Array.from({ length: 10 }, (_, index) => 10 + index));
		expect(failed[0].json.error).toBe(ERROR_BODY.message);
		// n8n itself reduces an error item's JSON to the message; the status stays on its error.
		expect((failed[0].error as unknown as { httpCode: string }).httpCode).toBe('400');
	});

	it('leaves an item with a bad number out of the batch and reports it alone', async () => {
		const bodies: Array<{ numbers: string[] }> = [];
		nock(BASE)
			.post('/v2/contacts/dncs', (body: { numbers: string[] }) => {
				bodies.push(body);
				return true;
			})
			.reply(204, '');
		const input = items(5, (index) => (index === 2 ? { phone: 'call me' } : {}));
		const { items: output, error } = await run(
			{ resource: 'doNotContact', operation: 'add', entryNumber: '={{ $json.phone }}' },
			input,
			true,
		);
		expect(error).toBeUndefined();
		expect(bodies).toHaveLength(1);
		expect(bodies[0].numbers).toEqual([phone(0), phone(1), phone(3), phone(4)]);
		expect(output).toHaveLength(5);
		expect(String(output[2].json.error)).toContain('is not a phone number');
	});

	it("without Continue On Fail, a failed batch stops the node with CallFire's message", async () => {
		nock(BASE).post('/v2/texts').reply(400, ERROR_BODY);
		const { error } = await run(
			{
				resource: 'text',
				operation: 'send',
				entryPhoneNumber: '={{ $json.phone }}',
				entryMessage: 'x',
			},
			items(3),
		);
		expect(error?.message).toBe(ERROR_BODY.message);
	});

	it('sends items for different lists in separate requests', async () => {
		const scopeA = nock(BASE)
			.post('/v2/contacts/lists/1/items', {
				contactNumbersField: 'mobilePhone',
				contactNumbers: [phone(0), phone(2)],
			})
			.reply(204, '');
		const scopeB = nock(BASE)
			.post('/v2/contacts/lists/2/items', {
				contactNumbersField: 'mobilePhone',
				contactNumbers: [phone(1)],
			})
			.reply(204, '');
		const { items: output, error } = await run(
			{
				resource: 'contactList',
				operation: 'addItems',
				id: '={{ $json.list }}',
				entryNumber: '={{ $json.phone }}',
				contactNumbersField: 'mobilePhone',
			},
			items(3, (index) => ({ list: index === 1 ? 2 : 1 })),
		);
		expect(error).toBeUndefined();
		expect(scopeA.isDone() && scopeB.isDone()).toBe(true);
		expect(pairs(output)).toEqual([0, 1, 2]);
	});

	it('merges the JSON entries of several items', async () => {
		const scope = nock(BASE)
			.post('/v2/contacts', [
				{ firstName: 'A', homePhone: phone(1) },
				{ firstName: 'B', homePhone: phone(2) },
				{ firstName: 'C', homePhone: phone(3) },
			])
			.reply(200, { items: [{ id: 1 }, { id: 2 }, { id: 3 }] });
		const { items: output, error } = await run(
			{
				resource: 'contact',
				operation: 'create',
				inputMode: 'json',
				body: '={{ JSON.stringify($json.rows) }}',
			},
			[
				{ json: { rows: [{ firstName: 'A', homePhone: phone(1) }] } },
				{
					json: {
						rows: [
							{ firstName: 'B', homePhone: phone(2) },
							{ firstName: 'C', homePhone: phone(3) },
						],
					},
				},
			],
		);
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(
			output.map((item) => [item.json.id, (item.pairedItem as { item: number }).item]),
		).toEqual([
			[1, 0],
			[2, 1],
			[3, 1],
		]);
	});
});
