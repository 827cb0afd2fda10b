/**
 * One test per CallFire operation (all 104): the exact request each sends — method, path with
 * its IDs, the query (the `fields` partial-response option, paging for lists), the JSON body
 * or multipart upload, and HTTP Basic auth — checked against the endpoint table.
 */
import nock from 'nock';

import * as descriptions from '../../../nodes/CallFire/descriptions';
import {
	bodyParameter,
	optionsParameter,
	pathParameter,
	type OperationSpec,
} from '../../../nodes/CallFire/GenericFunctions';
import { runNode } from '../../helpers/harness';
import { ENDPOINT_ROWS } from './endpoints';
import { BASE, BASIC_AUTH, CREDENTIALS } from './fixtures';

const BULK_PATHS = new Set([
	'POST /calls',
	'POST /texts',
	'POST /contacts',
	'POST /contacts/dncs',
	'POST /contacts/lists/{id}/items',
	'POST /calls/broadcasts/{id}/recipients',
	'POST /texts/broadcasts/{id}/recipients',
]);

interface Case {
	title: string;
	resource: string;
	spec: OperationSpec;
}

const cases: Case[] = Object.entries(descriptions)
	.filter(([name]) => name.endsWith('Operations'))
	.flatMap(([name, specs]) =>
		(specs as OperationSpec[]).map((spec) => {
			const resource = name.replace(/Operations$/, '');
			return { title: `${resource} › ${spec.name} (${spec.method} ${spec.path})`, resource, spec };
		}),
	);

const AUDIO = Buffer.from('ID3fake-audio-bytes');

afterEach(() => nock.cleanAll());

describe('CallFire › every operation sends its documented request', () => {
	it('covers all 104 rows', () => {
		expect(cases).toHaveLength(104);
		const rows = new Set(ENDPOINT_ROWS.map(([method, path]) => `${method} ${path}`));
		for (const { spec } of cases) expect(rows.has(`${spec.method} /v2${spec.path}`)).toBe(true);
	});

	it.each(cases)('$title', async ({ resource, spec }) => {
		const parameters: Record<string, unknown> = {
			resource,
			operation: spec.value,
			[optionsParameter(resource, spec.value)]: { fields: 'id,name' },
		};
		let path = spec.path;
		for (const match of spec.path.matchAll(/\{(\w+)\}/g)) {
			const value = match[1] === 'extension' ? (spec.extensionChoice?.[0] ?? 'mp3') : '4321';
			parameters[pathParameter(resource, match[1])] = value;
			path = path.replace(match[0], value);
		}
		let expectedBody: unknown;
		if (spec.body) {
			const example = spec.bodyExample ?? (spec.body === 'object' ? '{"name": "n8n"}' : '[]');
			parameters[bodyParameter(resource, spec.value)] = example;
			expectedBody = JSON.parse(example);
			if (BULK_PATHS.has(`${spec.method} ${spec.path}`)) parameters.inputMode = 'json';
		}
		if (spec.upload) parameters.binaryPropertyName = 'data';
		const download = Boolean(spec.download || spec.extensionChoice);
		if (download) parameters.binaryPropertyName = 'data';

		const seen: Array<{
			method: string;
			path: string;
			query: Record<string, string>;
			body: unknown;
			type: string;
		}> = [];
		nock(BASE)
			.intercept(
				new RegExp(`^/v2${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&')}(\\?.*)?$`),
				spec.method,
			)
			.basicAuth(BASIC_AUTH)
			.reply(function reply(uri, body) {
				const url = new URL(uri, BASE);
				seen.push({
					method: this.req.method,
					path: url.pathname,
					query: Object.fromEntries(url.searchParams),
					body,
					type: String(this.req.headers['content-type'] ?? ''),
				});
				if (download) return [200, AUDIO, { 'Content-Type': 'audio/mpeg' }];
				if (spec.list) return [200, { items: [{ id: 1 }], limit: 50, offset: 0, totalCount: 1 }];
				return [200, { id: 1 }];
			});

		const { items, error } = await runNode({
			type: 'callFire',
			parameters: parameters as never,
			credentials: CREDENTIALS,
			input: [
				{
					json: {},
					...(spec.upload
						? {
								binary: {
									data: {
										data: AUDIO.toString('base64'),
										mimeType: 'audio/mpeg',
										fileName: 'a.mp3',
									},
								},
							}
						: {}),
				},
			] as never,
		});

		expect(error).toBeUndefined();
		expect(seen).toHaveLength(1);
		expect(seen[0].method).toBe(spec.method);
		expect(seen[0].path).toBe(`/v2${path}`);
		expect(seen[0].query).toEqual({
			fields: 'id,name',
			...(spec.list ? { limit: '50', offset: '0' } : {}),
		});
		if (spec.upload) {
			expect(seen[0].type).toMatch(/^multipart\/form-data; boundary=/);
			expect(String(seen[0].body)).toContain(`name="${spec.upload.field}"; filename="a.mp3"`);
		} else if (expectedBody !== undefined) {
			expect(seen[0].body).toEqual(expectedBody);
		} else if (spec.method !== 'GET') {
			expect(seen[0].body === '' || seen[0].body === undefined).toBe(true);
		}
		if (download) {
			expect(Buffer.from(items[0].binary!.data.data, 'base64')).toEqual(AUDIO);
		} else {
			expect(items.length).toBeGreaterThan(0);
		}
	});
});
