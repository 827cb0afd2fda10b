/**
 * The operation model's builder (`nodes/shared/builder.ts`, `request.ts`, `binary.ts`): the
 * per-item cost rules, the checks it makes when a node is described, and every way of giving
 * a request (path, query, form, JSON, JSON parameter, multipart, download, output rows),
 * through n8n-core's real RoutingNode with a made-up vendor (test/helpers/testVendor.ts).
 */
import nock from 'nock';
import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { buildNodeProperties } from '../../../nodes/shared/builder';
import {
	defineOperation,
	type OperationSpec,
	type ResourceSpec,
} from '../../../nodes/shared/operation';
import { buildRequestHook, knownFields } from '../../../nodes/shared/request';
import { runNode } from '../../helpers/harness';
import {
	probe,
	TEST_BASE,
	TestVendor,
	testVendorHttp,
	TEST_CREDENTIALS,
} from '../../helpers/testVendor';

const CREDENTIALS = TEST_CREDENTIALS;

const operation = (value: string, extra: Partial<OperationSpec> = {}): OperationSpec =>
	defineOperation({
		value,
		name: value,
		action: `Do ${value}`,
		description: value,
		method: 'GET',
		path: '/things',
		...extra,
	});

const resource = (value: string, operations: OperationSpec[]): ResourceSpec => ({
	value,
	name: value,
	defaultOperation: operations[0].value,
	operations,
});

const build = (...resources: ResourceSpec[]) => buildNodeProperties(testVendorHttp, { resources });

const text = (name: string, extra: object = {}) => ({
	displayName: name,
	name,
	type: 'string' as const,
	default: '',
	...extra,
});

describe('unique parameter names', () => {
	it('makes fields of one name one property, shown for every operation that has them', () => {
		const properties = build(
			resource('thing', [
				operation('get', { fields: [text('thingId')] }),
				operation('delete', { fields: [text('thingId')] }),
			]),
		);
		const ids = properties.filter((property) => property.name === 'thingId');
		expect(ids).toHaveLength(1);
		expect(ids[0].displayOptions?.show).toEqual({
			resource: ['thing'],
			operation: ['get', 'delete'],
		});
	});

	it('merges collections of one name, an option shown only for the operations that have it', () => {
		const options = (...names: string[]) => ({
			displayName: 'Options',
			name: 'options',
			type: 'collection' as const,
			default: {},
			options: names.map((name) => text(name)),
		});
		const properties = build(
			resource('thing', [
				operation('getAll', { fields: [options('from', 'offset')] }),
				operation('get', { fields: [options('offset')] }),
			]),
		);
		const merged = properties.filter((property) => property.name === 'options');
		expect(merged).toHaveLength(1);
		expect(
			(merged[0].options as INodeProperties[]).map((option) => [
				option.name,
				option.displayOptions,
			]),
		).toEqual([
			['from', { show: { '/operation': ['getAll'] } }],
			['offset', undefined],
			// Added to every operation by the builder (pacer.ts).
			['requestPacing', undefined],
		]);
	});

	it('refuses two different fields of one name', () => {
		expect(() =>
			build(
				resource('thing', [
					operation('get', { fields: [text('thingId')] }),
					operation('delete', { fields: [{ ...text('thingId'), type: 'number', default: 0 }] }),
				]),
			),
		).toThrow('the field name "thingId" is used by different fields');
	});

	it('keeps a field that only reads differently (an upload’s and a download’s binary field) as its own property', () => {
		const properties = build(
			resource('file', [
				operation('upload', {
					method: 'POST',
					body: { type: 'multipart', fileField: 'file' },
				}),
				operation('download', {
					output: { binary: { fileName: () => 'x.bin' } },
				}),
			]),
		);
		const binary = properties.filter((property) => property.name === 'binaryPropertyName');
		expect(
			binary.map((property) => [property.displayName, property.displayOptions?.show?.operation]),
		).toEqual([
			['Input Binary Field', ['upload']],
			['Put Output File in Field', ['download']],
		]);
	});

	it('shares a field across resources where that shows it nowhere else, and otherwise makes as few properties as it can', () => {
		const shared = build(
			resource('a', [
				operation('getAll', {
					paging: { pages: { start() {}, read: () => ({ items: [], more: false }) } },
				}),
			]),
			resource('b', [
				operation('getAll', {
					paging: { pages: { start() {}, read: () => ({ items: [], more: false }) } },
				}),
			]),
		);
		expect(shared.filter((property) => property.name === 'returnAll')).toHaveLength(1);

		// `query` on a.getAll and b.search: one property would show on a.search and b.getAll too.
		const split = build(
			resource('a', [operation('getAll', { fields: [text('query')] }), operation('search')]),
			resource('b', [operation('search', { fields: [text('query')] }), operation('getAll')]),
			resource('c', [operation('search', { fields: [text('query')] })]),
		);
		expect(
			split
				.filter((property) => property.name === 'query')
				.map((property) => property.displayOptions?.show),
		).toEqual([
			{ resource: ['a'], operation: ['getAll'] },
			{ resource: ['b', 'c'], operation: ['search'] },
		]);
	});

	it('keeps every operation’s own order of fields, and refuses orders that contradict', () => {
		const properties = build(
			resource('thing', [
				operation('getAll', { fields: [text('filters'), text('options')] }),
				operation('get', { fields: [text('thingId'), text('options')] }),
			]),
		);
		const names = properties
			.map((property) => property.name)
			.filter((name) => !['resource', 'operation'].includes(name));
		expect(names.indexOf('filters')).toBeLessThan(names.indexOf('options'));
		expect(names.indexOf('thingId')).toBeLessThan(names.indexOf('options'));

		expect(() =>
			build(
				resource('thing', [
					operation('one', { fields: [text('x'), text('y')] }),
					operation('two', { fields: [text('y'), text('x')] }),
				]),
			),
		).toThrow('in different orders');
	});

	it('gives the package’s own node no name twice (the test vendor: 3 resources, 8 operations)', () => {
		const names = new TestVendor().description.properties
			.map((property) => property.name)
			.filter((name) => name !== 'operation');
		const repeated = names.filter((name, index) => names.indexOf(name) !== index);
		// The upload's and the download's binary fields are one allowed variant; the other is the
		// Options collection, one per resource whose options differ, each with Request Pacing.
		expect(repeated).toEqual(['binaryPropertyName', 'options']);
	});
});

describe('checks when the node is described', () => {
	it.each([
		[
			'a table naming a field the operation does not have',
			operation('get', { query: { q: 'filters.query' } }),
			'query value "q" comes from "filters.query", which is not a field of it',
		],
		[
			'a path placeholder without a field',
			operation('get', { path: '/things/{thingId}' }),
			"the path's {thingId} has no field of that name",
		],
		[
			'a field with routing of its own',
			operation('get', {
				fields: [{ ...text('q'), routing: { send: { type: 'query', property: 'q' } } } as never],
			}),
			'field "q" has routing',
		],
	])('refuses %s', (_what, spec, message) => {
		expect(() => build(resource('thing', [spec]))).toThrow(message);
	});

	it('refuses a dropdown whose method the node does not have', () => {
		const field = {
			...text('listId'),
			type: 'options' as const,
			typeOptions: { loadOptionsMethod: 'getLists' },
		};
		expect(() =>
			buildNodeProperties(testVendorHttp, {
				resources: [resource('thing', [operation('get', { fields: [field] })])],
				methods: { loadOptions: {} },
			}),
		).toThrow('asks for loadOptions method "getLists"');
	});
});

describe('reading each field once per item', () => {
	it('resolves every field the tables and the path use once, however often they are used', async () => {
		const spec = operation('update', {
			method: 'POST',
			path: '/things/{thingId}',
			query: { id: 'thingId', from: 'options.from', to: 'options.to' },
			body: { type: 'json', fields: { id: 'thingId', name: 'name' } },
			fields: [
				text('thingId'),
				text('name'),
				{
					displayName: 'Options',
					name: 'options',
					type: 'collection',
					default: {},
					options: [text('from'), text('to')],
				},
			],
		});
		const reads: string[] = [];
		const values: Record<string, unknown> = {
			thingId: 't 1',
			name: 'Ann',
			options: { from: 'a', to: 'b' },
		};
		const context = {
			getNode: () => ({ name: 'Node' }),
			getItemIndex: () => 0,
			getNodeParameter: (name: string) => {
				reads.push(name);
				return values[name];
			},
		} as unknown as IExecuteSingleFunctions;
		const hook = buildRequestHook(spec, testVendorHttp, knownFields(spec.fields!));

		const request = await hook.call(context, {
			url: spec.path,
			qs: {},
			body: {},
		} as IHttpRequestOptions);

		expect(request.url).toBe('/things/t%201');
		expect(request.qs).toEqual({ id: 't 1', from: 'a', to: 'b' });
		expect(request.body).toEqual({ id: 't 1', name: 'Ann' });
		expect(reads.sort()).toEqual(['name', 'options', 'thingId']);
	});

	it('lets a path parameter be checked or tidied before it is sent', async () => {
		const spec = operation('get', {
			path: '/numbers/{number}',
			pathParameters: { number: { convert: (value) => value.replace(/\D/g, '') } },
			fields: [text('number')],
		});
		const context = {
			getNode: () => ({ name: 'Node' }),
			getItemIndex: () => 0,
			getNodeParameter: () => '+1 (213) 555-1100',
		} as unknown as IExecuteSingleFunctions;
		const hook = buildRequestHook(spec, testVendorHttp, knownFields(spec.fields!));

		const request = await hook.call(context, { url: spec.path } as IHttpRequestOptions);

		expect(request.url).toBe('/numbers/12135551100');
	});
});

describe('requests built from the spec, through the real engine', () => {
	const run = (
		parameters: Record<string, unknown>,
		input?: Array<{ json: object; binary?: object }>,
	) =>
		runNode({
			type: 'testVendor',
			parameters: parameters as never,
			credentials: CREDENTIALS as never,
			input: input as never,
		});

	beforeEach(() => {
		probe.reset();
		nock(TEST_BASE).post('/login').reply(200, { token: 't1' }).persist();
	});

	afterEach(() => nock.cleanAll());

	it('query: each option as its table says, pages read up to the limit', async () => {
		const scope = nock(TEST_BASE)
			.get('/records')
			.query({ q: 'ann', tags: 'a,b', archived: '1', page: '1' })
			.reply(200, { items: [{ id: 1 }, { id: 2 }], next: true })
			.get('/records')
			.query({ q: 'ann', tags: 'a,b', archived: '1', page: '2' })
			.reply(200, { items: [{ id: 3 }], next: false });

		const { items, error } = await run({
			resource: 'record',
			operation: 'getAll',
			returnAll: true,
			filters: { query: ' ann ', tags: 'a, b', archived: true },
		});

		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items.map((item) => item.json.id)).toEqual([1, 2, 3]);
	});

	it('refuses a filter the user added but left empty: it never means "all"', async () => {
		const { error } = await run({
			resource: 'record',
			operation: 'getAll',
			returnAll: true,
			filters: { query: '={{ $json.missing }}' },
		});

		expect(error?.message).toBe('Query is empty');
		expect(nock.pendingMocks()).toEqual([]);
	});

	it('JSON body: nested names, numbers and lists', async () => {
		const scope = nock(TEST_BASE)
			.post('/records', { name: 'Ann', meta: { count: 3, labels: ['x', 'y'] } })
			.reply(200, { id: 9 });

		const { error } = await run({
			resource: 'record',
			operation: 'create',
			name: 'Ann',
			options: { count: '3', labels: 'x,\ny' },
		});

		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	it('form body, with an empty value sent where the table says so', async () => {
		let contentType = '';
		const scope = nock(TEST_BASE)
			.post('/records/r%2F1/notes', 'text=')
			.reply(function () {
				contentType = String(this.req.headers['content-type']);
				return [200, { ok: true }];
			});

		const { error } = await run({
			resource: 'record',
			operation: 'note',
			recordId: 'r/1',
			text: '',
		});

		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(contentType).toContain('application/x-www-form-urlencoded');
	});

	it('JSON parameter body of the shape asked for, and output rows read from the answer', async () => {
		nock(TEST_BASE)
			.post('/records/import', [{ name: 'a' }])
			.reply(200, { imported: [{ id: 1 }, { id: 2 }] });

		const { items } = await run({
			resource: 'record',
			operation: 'import',
			records: '[{"name": "a"}]',
		});
		expect(items.map((item) => item.json)).toEqual([{ id: 1 }, { id: 2 }]);

		const wrong = await run({ resource: 'record', operation: 'import', records: '{"name": "a"}' });
		expect(wrong.error?.message).toBe('Records (JSON) must be a JSON array');
		const broken = await run({ resource: 'record', operation: 'import', records: '[{' });
		expect(broken.error?.message).toBe('Records (JSON) is not valid JSON');
	});

	it('multipart: the input file and the text fields', async () => {
		let body = '';
		nock(TEST_BASE)
			.post('/files')
			.reply(function (_uri, sent) {
				body = String(sent);
				return [200, { id: 'f1' }];
			});

		const { error } = await run(
			{ resource: 'file', operation: 'upload', title: 'Hello', binaryPropertyName: 'data' },
			[
				{
					json: {},
					binary: {
						data: {
							data: Buffer.from('ID3 sound').toString('base64'),
							mimeType: 'audio/mpeg',
							fileName: 'hello.mp3',
						},
					},
				},
			],
		);

		expect(error).toBeUndefined();
		expect(body).toContain('name="title"\r\n\r\nHello');
		expect(body).toContain(
			'name="file"; filename="hello.mp3"\r\nContent-Type: audio/mpeg\r\n\r\nID3 sound',
		);
	});

	it('download: the answer as binary data, typed from the extension when the server says octet-stream', async () => {
		nock(TEST_BASE)
			.get('/files/f1')
			.reply(200, Buffer.from('ID3 sound'), { 'Content-Type': 'application/octet-stream' });

		const { items } = await run({
			resource: 'file',
			operation: 'download',
			fileId: 'f1',
			binaryPropertyName: 'sound',
		});

		expect(items[0].json).toEqual({ fileName: 'f1.mp3', mimeType: 'audio/mpeg', fileSize: 9 });
		expect(items[0].binary?.sound).toMatchObject({ fileName: 'f1.mp3', mimeType: 'audio/mpeg' });
	});
});
