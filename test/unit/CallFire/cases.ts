/**
 * What CallFire's unit tests share: `run` (the node through n8n-core's real engine, with the
 * tests' short parameter names), and the per-resource runner of the documented-request cases, one
 * per operation, read from the tests' own endpoint table (endpointSpecs.ts). Each
 * `<resource>.test.ts` calls `sendsEveryOperation(resource)`.
 */
import nock from 'nock';

import { CallFire } from '../../../nodes/CallFire/CallFire.node';
import { runNode } from '../../helpers/harness';
import { DOC_PAGED, DOC_RESPONSES } from './docResponses';
import { ENDPOINT_SPECS, type EndpointSpec } from './endpointSpecs';
import { FORM_CASES } from './formCases';
import { BASE, BASIC_AUTH, CREDENTIALS } from './fixtures';
import {
	bodyParameter,
	formInputParameter,
	named,
	optionsParameter,
	pathParameter,
	queryParameter,
} from './names';

/** The node with the tests' short parameter names (names.ts), signed with HTTP Basic. */
export function run(
	parameters: Record<string, unknown>,
	extra: { input?: Array<{ json: object; binary?: object }>; continueOnFail?: boolean } = {},
) {
	return runNode({
		type: 'callFire',
		parameters: named(parameters) as never,
		credentials: CREDENTIALS,
		input: extra.input as never,
		continueOnFail: extra.continueOnFail,
	});
}

const BULK_PATHS = new Set([
	'POST /calls',
	'POST /texts',
	'POST /contacts',
	'POST /contacts/dncs',
	'POST /contacts/lists/{id}/items',
	'POST /calls/broadcasts/{id}/recipients',
	'POST /texts/broadcasts/{id}/recipients',
]);

export interface Case {
	title: string;
	resource: string;
	spec: EndpointSpec;
}

/** One case per operation of a resource in the tests' endpoint table. */
export function casesOf(resource: string): Case[] {
	return (ENDPOINT_SPECS[resource] ?? []).map((spec) => {
		return { title: `${resource} › ${spec.name} (${spec.method} ${spec.path})`, resource, spec };
	});
}

/** Every resource's cases (all 104 operations). */
export const ALL_CASES: Case[] = Object.keys(ENDPOINT_SPECS).flatMap(casesOf);

const AUDIO = Buffer.from('ID3fake-audio-bytes');

/** A query string as an object; a repeated parameter becomes an array. */
function queryOf(url: URL): Record<string, string | string[]> {
	const query: Record<string, string | string[]> = {};
	for (const key of new Set(url.searchParams.keys())) {
		const values = url.searchParams.getAll(key);
		query[key] = values.length > 1 ? values : values[0];
	}
	return query;
}

/**
 * The items an operation must make of the doc's example answer, read from the answer alone: a
 * list (a bare array, or `items` with only paging beside it) gives one item per entry, nothing
 * gives `{success: true}`, a bare value is put under a key, any other object is one item.
 */
function expectedItems(spec: EndpointSpec, body: unknown): unknown[] {
	if (body === undefined) return [{ success: true }];
	if (Array.isArray(body)) return body;
	if (typeof body !== 'object' || body === null) return [{ [spec.scalarKey ?? 'result']: body }];
	const keys = Object.keys(body);
	const page = (body as { items?: unknown }).items;
	if (
		Array.isArray(page) &&
		keys.every((key) => ['items', 'limit', 'offset', 'totalCount'].includes(key))
	) {
		return page;
	}
	return [body];
}

const description = new CallFire().description;

/** The resources the node offers (its Resource dropdown). */
export function resourcesOf(): string[] {
	const selector = description.properties.find((property) => property.name === 'resource');
	return (selector?.options ?? []).map((option) => String((option as { value: string }).value));
}

/** The operations the node offers for a resource (its Operation dropdown). */
export function operationsOf(resource: string): string[] {
	const selector = description.properties.find(
		(property) =>
			property.name === 'operation' && property.displayOptions?.show?.resource?.includes(resource),
	);
	return (selector?.options ?? []).map((option) => String((option as { value: string }).value));
}

/**
 * Every operation of one resource: the exact request it sends — method, path with its IDs, the
 * query (the `fields` partial-response option, paging for lists, required query parameters),
 * the JSON body or multipart upload, and HTTP Basic auth — against the doc, and the items it
 * makes of the doc's own example answer for that operation (docResponses.ts), so an answer read
 * in the wrong shape shows; and every operation the node offers for the resource has a case.
 */
export function sendsEveryOperation(resource: string): void {
	describe('CallFire › every operation sends its documented request', () => {
		afterEach(() => nock.cleanAll());

		it.each(casesOf(resource))('$title', async ({ resource, spec }) => {
			const key = `${spec.method} ${spec.path}`;
			const answer = DOC_RESPONSES[key];
			const parameters: Record<string, unknown> = {
				resource,
				operation: spec.value,
				[optionsParameter(resource, spec.value)]: { fields: 'id,name' },
			};
			let path = spec.path;
			for (const match of spec.path.matchAll(/\{(\w+)\}/g)) {
				const value =
					match[1] === 'extension'
						? (spec.extensionChoice?.[0] ?? 'mp3')
						: spec.phonePath?.includes(match[1]) || spec.phoneListPath?.includes(match[1])
							? '12132000384'
							: '4321';
				parameters[pathParameter(resource, match[1])] = value;
				path = path.replace(match[0], value);
			}
			const expectedQuery: Record<string, string | string[]> = { fields: 'id,name' };
			for (const field of (spec.query ?? []).filter((entry) => entry.required)) {
				const [first, second] = field.ids ? ['22277003', '23377003'] : ['SUN', 'MOON'];
				parameters[queryParameter(resource, spec.value, field.name)] = `${first}, ${second}`;
				expectedQuery[field.name] = [first, second];
			}
			// Return All / Limit for exactly the operations the doc pages.
			const paged = DOC_PAGED.has(key);
			expect(Boolean(spec.list || spec.output === 'history')).toBe(paged);
			if (paged) Object.assign(expectedQuery, { limit: '50', offset: '0' });

			let expectedBody: unknown;
			if (spec.form && !spec.form.json) {
				// A form without a JSON alternative: filled in as in formCases.ts.
				const example = FORM_CASES.find((entry) => entry.endpoint === key)!;
				Object.assign(parameters, example.parameters);
				expectedBody = example.body;
			} else if (spec.body) {
				// The JSON alternative (or a bulk operation's JSON input), with the doc's example.
				const example = spec.bodyExample ?? (spec.body === 'object' ? '{"name": "n8n"}' : '[]');
				parameters[bodyParameter(resource, spec.value)] = example;
				expectedBody = JSON.parse(example);
				if (BULK_PATHS.has(key)) parameters.inputMode = 'json';
				if (spec.form) parameters[formInputParameter(resource, spec.value)] = 'json';
			}
			if (spec.upload) parameters.binaryPropertyName = 'data';
			const download = Boolean(spec.download || spec.extensionChoice);
			if (download) parameters.binaryPropertyName = 'data';

			const seen: Array<{
				method: string;
				path: string;
				query: Record<string, string | string[]>;
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
						query: queryOf(url),
						body,
						type: String(this.req.headers['content-type'] ?? ''),
					});
					if (answer.binary) return [200, AUDIO, { 'Content-Type': 'audio/mpeg' }];
					if (answer.body === undefined) return [answer.status, ''];
					return [
						answer.status,
						JSON.stringify(answer.body),
						{ 'Content-Type': 'application/json' },
					];
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
			expect(seen[0].query).toEqual(expectedQuery);
			if (spec.upload) {
				expect(seen[0].type).toMatch(/^multipart\/form-data; boundary=/);
				expect(String(seen[0].body)).toContain(`name="${spec.upload.field}"; filename="a.mp3"`);
			} else if (expectedBody !== undefined) {
				expect(seen[0].body).toEqual(expectedBody);
			} else if (spec.method !== 'GET') {
				expect(seen[0].body === '' || seen[0].body === undefined).toBe(true);
			}
			if (download) {
				expect(items).toHaveLength(1);
				expect(Buffer.from(items[0].binary!.data.data, 'base64')).toEqual(AUDIO);
			} else if (BULK_PATHS.has(key)) {
				expect(items.length).toBeGreaterThan(0);
			} else {
				expect(items.map((item) => item.json)).toEqual(expectedItems(spec, answer.body));
			}
		});

		it(`${resource} › covers every operation of the resource`, () => {
			const covered = casesOf(resource).map(({ spec }) => spec.value);
			expect(covered.length).toBeGreaterThan(0);
			expect([...covered].sort()).toEqual(operationsOf(resource).sort());
		});
	});
}
