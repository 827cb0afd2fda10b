/**
 * `readField()` (nodes/shared/request.ts) reads a field mapped as it is from the item
 * (`={{ $json.phone }}`) from the item's JSON, without n8n's expression engine, when the value
 * there is a string, number or boolean (bench/PROFILE.md, R2); everything else goes through
 * `getNodeParameter` as before. First with a made-up context that tells which way a value came,
 * then through n8n-core's real engine: a mapping on the fast path and an equal expression off it
 * must send the same request.
 */
import nock from 'nock';
import {
	Expression,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IGetNodeParameterOptions,
} from 'n8n-workflow';

import { readField } from '../../../nodes/shared/request';
import { runNode } from '../../helpers/harness';
import { TEST_BASE, TEST_CREDENTIALS, probe } from '../../helpers/testVendor';

const ENGINE = 'resolved by n8n';

/** A context whose n8n "resolves" every expression to ENGINE and counts the resolutions. */
function contextFor(parameters: IDataObject, json: unknown) {
	const resolved: string[] = [];
	const context = {
		getNodeParameter(name: string, fallback: unknown, options?: IGetNodeParameterOptions) {
			const raw = name in parameters ? parameters[name] : fallback;
			if (options?.rawExpressions) return raw;
			resolved.push(name);
			if (options?.extractValue && (raw as IDataObject)?.__rl) {
				return `${ENGINE}: ${String((raw as IDataObject).value)}`;
			}
			return typeof raw === 'string' && raw.startsWith('=') ? ENGINE : raw;
		},
		getInputData: () => ({ json }),
	} as unknown as IExecuteSingleFunctions;
	return { context, resolved };
}

function read(raw: unknown, json: unknown, resourceLocator = false) {
	const { context, resolved } = contextFor({ field: raw as never }, json);
	return { value: readField(context, 'field', '', resourceLocator), resolved };
}

const ITEM = {
	phone: '12135551100',
	count: 42,
	zero: 0,
	on: true,
	off: false,
	empty: '',
	'first name': 'Alice',
	contact: { phones: ['12135551101', '12135551102'], address: { zip: '90210' } },
	list: [{ id: 7 }],
	object: { a: 1 },
	array: [1, 2],
	nothing: null,
	'0': 'key zero',
};

describe('a plain mapping is read from the item', () => {
	it.each([
		['={{ $json.phone }}', '12135551100'],
		['={{$json.phone}}', '12135551100'],
		['={{ $json.count }}', 42],
		['={{ $json.zero }}', 0],
		['={{ $json.on }}', true],
		['={{ $json.off }}', false],
		['={{ $json.empty }}', ''],
		['={{ $json["first name"] }}', 'Alice'],
		["={{ $json['first name'] }}", 'Alice'],
		['={{ $json.contact.phones[1] }}', '12135551102'],
		['={{ $json.contact["address"].zip }}', '90210'],
		['={{ $json.list[0].id }}', 7],
		['={{ $json[0] }}', 'key zero'],
	])('%s gives %p without the expression engine', (raw, expected) => {
		const { value, resolved } = read(raw, ITEM);
		expect(value).toBe(expected);
		expect(resolved).toEqual([]);
	});

	it('a resource locator in ID or From List mode gives the item value', () => {
		for (const mode of ['id', 'list']) {
			const { value, resolved } = read(
				{ __rl: true, mode, value: '={{ $json.count }}' },
				ITEM,
				true,
			);
			expect(value).toBe(42);
			expect(resolved).toEqual([]);
		}
	});

	it('a fixed value is given back as it is, without the expression engine', () => {
		for (const raw of ['12135551100', '', 5, true]) {
			expect(read(raw, ITEM)).toEqual({ value: raw, resolved: [] });
		}
		expect(read({ __rl: true, mode: 'id', value: '800634185003' }, ITEM, true)).toEqual({
			value: '800634185003',
			resolved: [],
		});
	});

	it('reads each field once per item', () => {
		const { context, resolved } = contextFor({ a: '={{ $json.phone.trim() }}' }, ITEM);
		readField(context, 'a');
		readField(context, 'a');
		expect(resolved).toEqual(['a']);
	});
});

describe('anything else goes to n8n as before', () => {
	it.each([
		['an object', '={{ $json.object }}'],
		['an array', '={{ $json.array }}'],
		['null', '={{ $json.nothing }}'],
		['a missing field', '={{ $json.missing }}'],
		['a field below a missing one', '={{ $json.missing.phone }}'],
		['an index past the end', '={{ $json.array[5] }}'],
		['a property of a string', '={{ $json.phone.length }}'],
		['a name on an array', '={{ $json.array.length }}'],
		['a method call', '={{ $json.phone.trim() }}'],
		['text around the mapping', '=+{{ $json.phone }}'],
		['two mappings', '={{ $json.phone }}{{ $json.count }}'],
		['an operator', '={{ $json.count + 1 }}'],
		['a default', '={{ $json.phone || "none" }}'],
		['a paired item of another node', "={{ $('Webhook').item.json.phone }}"],
		['the input item', '={{ $input.item.json.phone }}'],
		['another variable', '={{ $now }}'],
		['the whole item', '={{ $json }}'],
		['the prototype', '={{ $json.__proto__ }}'],
		['the constructor', '={{ $json.constructor }}'],
		['an escaped quote', '={{ $json["a\\"b"] }}'],
	])('%s (%s)', (_, raw) => {
		const { value, resolved } = read(raw, ITEM);
		expect(value).toBe(ENGINE);
		expect(resolved).toEqual(['field']);
	});

	it('a number that is not finite', () => {
		expect(read('={{ $json.n }}', { n: Number.NaN })).toEqual({
			value: ENGINE,
			resolved: ['field'],
		});
	});

	it('a resource locator in URL mode', () => {
		const { value, resolved } = read(
			{ __rl: true, mode: 'url', value: '={{ $json.phone }}' },
			ITEM,
			true,
		);
		expect(value).toBe(`${ENGINE}: ={{ $json.phone }}`);
		expect(resolved).toEqual(['field']);
	});

	it('a resource locator read without the locator flag, and a collection', () => {
		expect(read({ __rl: true, mode: 'id', value: '={{ $json.phone }}' }, ITEM).resolved).toEqual([
			'field',
		]);
		const { context, resolved } = contextFor({ options: { sort: '={{ $json.phone }}' } }, ITEM);
		expect(readField(context, 'options.sort')).toBe('={{ $json.phone }}');
		expect(resolved).toEqual(['options']);
	});

	it('a context without input data', () => {
		const resolved: string[] = [];
		const context = {
			getNodeParameter(name: string, _fallback: unknown, options?: IGetNodeParameterOptions) {
				if (options?.rawExpressions) return '={{ $json.phone }}';
				resolved.push(name);
				return ENGINE;
			},
			getInputData() {
				throw new Error('Value of input with given index was not set');
			},
		} as unknown as IExecuteSingleFunctions;
		expect(readField(context, 'field')).toBe(ENGINE);
		expect(resolved).toEqual(['field']);
	});
});

describe('through the real engine, the same requests as n8n resolving the expression', () => {
	beforeEach(() => probe.reset());
	afterEach(() => nock.cleanAll());

	const input = [
		{ json: { id: 'r1', name: 'Alice', nested: { names: ['Bob'] } } },
		{ json: { id: 17, name: 12.5, nested: { names: [true] } } },
		{ json: { id: 'r3', name: { first: 'Carol' }, nested: { names: [] } } },
		{ json: { id: 'r4', name: ['Dan'], nested: {} } },
		{ json: { id: 'r5', nested: { names: [null] } } },
	];

	async function bodiesFor(fast: string, slow: string) {
		const sent: unknown[] = [];
		nock(TEST_BASE).post('/login').times(2).reply(200, { token: 't1' });
		nock(TEST_BASE)
			.post('/records')
			.times(input.length * 2)
			.reply(function (_uri, body) {
				sent.push(body);
				return [200, { ok: true }];
			});
		const run = async (value: string) => {
			const evaluations = jest.spyOn(Expression.prototype, 'resolveSimpleParameterValue');
			const result = await runNode({
				type: 'testVendor',
				parameters: { resource: 'record', operation: 'create', name: value } as never,
				credentials: TEST_CREDENTIALS as never,
				input: input as never,
				continueOnFail: true,
			});
			const count = evaluations.mock.calls.filter(([parameter]) => parameter === value).length;
			evaluations.mockRestore();
			return { items: result.items.map((item) => item.json), evaluations: count };
		};
		const first = await run(fast);
		const second = await run(slow);
		expect(sent.length % 2).toBe(0);
		return { sent, first, second };
	}

	it('a top-level field: $json.name on the fast path, ($json.name) through n8n', async () => {
		const { sent, first, second } = await bodiesFor('={{ $json.name }}', '={{ ($json.name) }}');
		expect(first.items).toEqual(second.items);
		expect(sent).toHaveLength(8);
		// The declarative engine resolves the field itself (once per item in n8n-core 2.11, twice
		// in 2.40); the package's own read is one evaluation more, left out for the two items whose
		// name is a string or a number (the object, the array and the missing one go to n8n).
		expect(second.evaluations - first.evaluations).toBe(2);
		expect(sent.slice(0, sent.length / 2)).toEqual(sent.slice(sent.length / 2));
	});

	it('a nested path: $json.nested.names[0] on the fast path, and through n8n', async () => {
		const { sent, first, second } = await bodiesFor(
			'={{ $json.nested.names[0] }}',
			'={{ ($json.nested.names[0]) }}',
		);
		expect(first.items).toEqual(second.items);
		expect(sent).toEqual([{ name: 'Bob' }, { name: true }, { name: 'Bob' }, { name: true }]);
		expect(sent.slice(0, sent.length / 2)).toEqual(sent.slice(sent.length / 2));
	});

	it('a path ID mapped per item', async () => {
		const paths: string[] = [];
		nock(TEST_BASE).post('/login').reply(200, { token: 't1' });
		nock(TEST_BASE)
			.get(/\/records\/.+/)
			.times(2)
			.reply(function (uri) {
				paths.push(uri);
				return [200, { ok: true }];
			});
		const { error } = await runNode({
			type: 'testVendor',
			parameters: { resource: 'record', operation: 'get', recordId: '={{ $json.id }}' } as never,
			credentials: TEST_CREDENTIALS as never,
			input: [{ json: { id: 'r1' } }, { json: { id: 17 } }] as never,
		});
		expect(error).toBeUndefined();
		expect(paths).toEqual(['/records/r1', '/records/17']);
	});
});
