/**
 * Deleting many contacts without ever deleting every contact by accident (issue 18).
 *
 * call-em-all-rest-v1.txt says of the three collection deletes:
 * - line 1485 (Delete Contacts): "The body of the request can specify the contacts to be
 *   deleted. If left empty all contacts are deleted."
 * - line 1889 (Remove Contacts from List): "The body of the request can specify the contacts to
 *   be removed. If left empty all contacts are removed."
 * - line 1905 (Remove Contacts from the Deleted List): "The body of the request can specify the
 *   contacts to be removed. If left empty all contacts are deleted from the Trash."
 * It shows no body for any of them. It documents one-contact deletes:
 * - line 1474: "DELETE /v1/contacts/{:id}"
 * - line 1878: "DELETE /v1/lists/{:id}/contacts/{:contactid}"
 * and the Deleted folder is a list whose own address is "/v1/lists/deleted" (line 1592:
 * `"Uri": "/v1/lists/deleted", "ListID": -2`), as in its collection path
 * "DELETE /v1/lists/deleted/contacts" (line 1910). So by default each contact is deleted by
 * its own request, and no request without a body goes to a collection path unless "every
 * contact" was chosen.
 */
import nock from 'nock';
import { sleep } from 'n8n-workflow';

import {
	clearLoginCache,
	DELETES_IN_FLIGHT,
	unsafeDelete,
	type DeletePlan,
} from '../../../nodes/CallEmAll/GenericFunctions';
import { runNode } from '../../helpers/harness';
import {
	BASE,
	CREDENTIALS,
	errorBody,
	parseAuthorization,
	recordTo,
	signatureVerifies,
	type Seen,
} from './fixtures';

type Params = Record<string, unknown>;

function run(
	parameters: Params,
	extra: { input?: Array<{ json: object }>; continueOnFail?: boolean } = {},
) {
	return runNode({
		type: 'callEmAll',
		parameters: parameters as never,
		credentials: CREDENTIALS as never,
		input: extra.input as never,
		continueOnFail: extra.continueOnFail,
	});
}

function bodyOf(seen: Seen): unknown {
	return typeof seen.body === 'string' && seen.body !== '' ? JSON.parse(seen.body) : seen.body;
}

/** Whether a recorded request carried a body at all. */
function hasBody(seen: Seen): boolean {
	const body = seen.body;
	if (body === undefined || body === null) return false;
	if (typeof body === 'string') return body !== '';
	return typeof body !== 'object' || Object.keys(body).length > 0;
}

/** The three operations, their collection path and their one-contact path. */
const OPERATIONS = [
	{
		name: 'Contact › Delete Many',
		parameters: { resource: 'contact', operation: 'deleteMany' },
		collection: '/v1/contacts',
		one: (id: number) => `/v1/contacts/${id}`,
		output: {},
	},
	{
		name: 'Contact List › Remove Contacts',
		parameters: { resource: 'contactList', operation: 'removeContacts', listId: '34' },
		collection: '/v1/lists/34/contacts',
		one: (id: number) => `/v1/lists/34/contacts/${id}`,
		output: { listId: 34 },
	},
	{
		name: 'Contact List › Empty Deleted Folder',
		parameters: { resource: 'contactList', operation: 'purgeDeleted' },
		collection: '/v1/lists/deleted/contacts',
		one: (id: number) => `/v1/lists/deleted/contacts/${id}`,
		output: {},
	},
];

/** Records every DELETE that reaches the stand-in, whatever its path, answering 200 empty. */
function recordEveryDelete(
	seen: Seen[],
	answer: (path: string) => [number, unknown] = () => [200, ''],
) {
	return nock(BASE)
		.persist()
		.intercept(/.*/, 'DELETE')
		.query(true)
		.reply(function reply(uri, body) {
			const [status, payload] = answer(uri);
			recordTo(seen, status, payload).call(this, uri, body);
			return [status, payload];
		});
}

beforeEach(() => clearLoginCache());
afterEach(() => nock.cleanAll());

describe.each(OPERATIONS)('$name', ({ parameters, collection, one, output }) => {
	it('deletes each contact by its own documented request by default, one output item each', async () => {
		const seen: Seen[] = [];
		recordEveryDelete(seen);

		const { items, error } = await run({ ...parameters, contactIds: '4947403, 4947408' });

		expect(error).toBeUndefined();
		expect(seen.map((request) => `${request.method} ${request.path}`).sort()).toEqual(
			[`DELETE ${one(4947403)}`, `DELETE ${one(4947408)}`].sort(),
		);
		for (const request of seen) {
			expect(hasBody(request)).toBe(false);
			expect(signatureVerifies('DELETE', request.path, request.authorization)).toBe(true);
			expect(parseAuthorization(request.authorization).oauth_signature_method).toBe('HMAC-SHA1');
		}
		expect(items.map((item) => item.json)).toEqual([
			{ ...output, contactId: 4947403, success: true },
			{ ...output, contactId: 4947408, success: true },
		]);
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
	});

	it('sends the IDs in one request with a body only when that is chosen', async () => {
		const seen: Seen[] = [];
		recordEveryDelete(seen);

		const { items, error } = await run({
			...parameters,
			contactIds: '4947403, 4947408',
			deleteRequests: 'bulk',
		});

		expect(error).toBeUndefined();
		expect(seen).toHaveLength(1);
		expect(seen[0].path).toBe(collection);
		expect(bodyOf(seen[0])).toEqual([{ PersonID: 4947403 }, { PersonID: 4947408 }]);
		expect(items.map((item) => item.json)).toEqual([
			{ ...output, contactIds: [4947403, 4947408], success: true },
		]);
	});

	it('sends the one request without a body only when "every contact" is turned on', async () => {
		const seen: Seen[] = [];
		recordEveryDelete(seen);

		// The IDs are ignored then, and so is the choice of requests.
		const { items, error } = await run({
			...parameters,
			all: true,
			contactIds: '4947403',
			deleteRequests: 'each',
		});

		expect(error).toBeUndefined();
		expect(seen).toHaveLength(1);
		expect(seen[0].path).toBe(collection);
		expect(hasBody(seen[0])).toBe(false);
		expect(items.map((item) => item.json)).toEqual([
			{ ...output, allContacts: true, success: true },
		]);
	});

	// Values of Contact IDs that must never become "every contact": empty ones, expressions
	// that resolve to nothing, and entries that are not contact IDs.
	const nothing: Array<[string, unknown, string]> = [
		['only spaces and commas', ' , ,, ', 'No contact IDs were given'],
		['an expression naming a missing field', '={{ $json.missing }}', 'No contact IDs were given'],
		['an expression resolving to null', '={{ null }}', 'No contact IDs were given'],
		['an expression resolving to an empty string', '={{ "" }}', 'No contact IDs were given'],
		['an expression resolving to an empty array', '={{ [] }}', 'No contact IDs were given'],
		['an empty JSON array written out', '[]', 'No contact IDs were given'],
		['a word', 'abc', 'Contact IDs: "abc" is not a contact ID'],
		['a good ID and a word', '4947403, abc', 'Contact IDs: "abc" is not a contact ID'],
		['zero', '0', 'Contact IDs: "0" is not a contact ID'],
		['a negative number', '-5', 'Contact IDs: "-5" is not a contact ID'],
		['a fraction', '1.5', 'Contact IDs: "1.5" is not a contact ID'],
		// "/v1/contacts/." is "/v1/contacts/" once a URL is resolved: the collection itself.
		['a dot', '.', 'Contact IDs: "." is not a contact ID'],
		['two dots', '..', 'Contact IDs: ".." is not a contact ID'],
		[
			'an expression resolving to an object',
			'={{ { "PersonID": 5 } }}',
			'Contact IDs: "{"PersonID":5}" is not a contact ID',
		],
		[
			'an expression resolving to objects',
			'={{ [{ "PersonID": 5 }] }}',
			'Contact IDs: "{"PersonID":5}" is not a contact ID',
		],
		['an expression resolving to true', '={{ true }}', 'Contact IDs: "true" is not a contact ID'],
		[
			'a number too large to be exact',
			'99999999999999999999',
			'Contact IDs: "99999999999999999999" is not a contact ID',
		],
	];

	describe.each(['each', 'bulk'])('with requests "%s"', (deleteRequests) => {
		it.each(nothing)('sends nothing for %s', async (_name, contactIds, message) => {
			const seen: Seen[] = [];
			recordEveryDelete(seen);

			const { error } = await run({ ...parameters, deleteRequests, contactIds });

			expect(error?.message).toBe(message);
			expect(seen).toEqual([]);
		});

		it('is not even run with the required Contact IDs field left empty', async () => {
			const seen: Seen[] = [];
			recordEveryDelete(seen);

			await expect(run({ ...parameters, deleteRequests, contactIds: '' })).rejects.toThrow(
				'The workflow has issues',
			);
			expect(seen).toEqual([]);
		});

		it('never reads a non-boolean "every contact" value as on', async () => {
			const seen: Seen[] = [];
			recordEveryDelete(seen);

			const { error } = await run({ ...parameters, deleteRequests, all: 'true', contactIds: '' });

			expect(error?.message).toBe('No contact IDs were given');
			expect(seen).toEqual([]);
		});
	});

	it('takes IDs from an expression per item, as a list, a number or an array', async () => {
		const seen: Seen[] = [];
		recordEveryDelete(seen);

		const { items, error } = await run(
			{ ...parameters, contactIds: '={{ $json.ids }}' },
			{
				input: [
					{ json: { ids: '11; 12' } },
					{ json: { ids: 13 } },
					{ json: { ids: [14, '15', 14] } },
				],
			},
		);

		expect(error).toBeUndefined();
		expect(seen.map((request) => request.path).sort()).toEqual(
			[11, 12, 13, 14, 15].map(one).sort(),
		);
		expect(items.map((item) => [item.json.contactId, item.pairedItem])).toEqual([
			[11, { item: 0 }],
			[12, { item: 0 }],
			[13, { item: 1 }],
			[14, { item: 2 }],
			[15, { item: 2 }],
		]);
	});
});

describe('one-contact deletes are paced and paired', () => {
	it(`keeps at most ${DELETES_IN_FLIGHT} deletes of a run in flight, across items`, async () => {
		let inFlight = 0;
		let most = 0;
		const paths: string[] = [];
		nock(BASE)
			.persist()
			.intercept(/^\/v1\/contacts\/\d+$/, 'DELETE')
			.reply(async (uri) => {
				paths.push(uri);
				inFlight += 1;
				most = Math.max(most, inFlight);
				await sleep(40);
				inFlight -= 1;
				return [200, ''];
			});
		const input = [0, 1, 2].map((item) => ({
			json: { ids: Array.from({ length: 5 }, (_, i) => 1000 + item * 10 + i) },
		}));

		const { items, error } = await run(
			{ resource: 'contact', operation: 'deleteMany', contactIds: '={{ $json.ids }}' },
			{ input },
		);

		expect(error).toBeUndefined();
		expect(paths).toHaveLength(15);
		expect(most).toBeLessThanOrEqual(DELETES_IN_FLIGHT);
		expect(most).toBeGreaterThan(1);
		expect(items).toHaveLength(15);
		expect(items.map((item) => (item.pairedItem as { item: number }).item)).toEqual([
			0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2,
		]);
	});

	it('gives an error item for a failed ID under Continue On Fail, and loses none', async () => {
		const seen: Seen[] = [];
		recordEveryDelete(seen, (path) =>
			path.endsWith('/999')
				? [404, errorBody('The contact was not found.', 404, 'NotFound')]
				: [200, ''],
		);

		const { items, error } = await run(
			{
				resource: 'contactList',
				operation: 'removeContacts',
				listId: '34',
				contactIds: '={{ $json.ids }}',
			},
			{ input: [{ json: { ids: '1, 999, 3' } }, { json: { ids: '4' } }], continueOnFail: true },
		);

		expect(error).toBeUndefined();
		expect(seen).toHaveLength(4);
		// n8n shows an error item as `{error: <message>}` (it replaces the json), so the message
		// names the contact; the error keeps the vendor's status.
		expect(items.map((item) => item.json)).toEqual([
			{ listId: 34, contactId: 1, success: true },
			{ error: 'The contact was not found. (contact ID 999)' },
			{ listId: 34, contactId: 3, success: true },
			{ listId: 34, contactId: 4, success: true },
		]);
		expect(items[1].error?.message).toBe('The contact was not found. (contact ID 999)');
		expect((items[1].error as { httpCode?: string }).httpCode).toBe('404');
		expect(items.map((item) => item.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 0 },
			{ item: 0 },
			{ item: 1 },
		]);
	});

	it('stops starting deletes at the first failure without Continue On Fail, naming the ID', async () => {
		const paths: string[] = [];
		nock(BASE)
			.persist()
			.intercept(/^\/v1\/contacts\/\d+$/, 'DELETE')
			.reply(async (uri) => {
				paths.push(uri);
				if (uri.endsWith('/1'))
					return [404, errorBody('The contact was not found.', 404, 'NotFound')];
				await sleep(60);
				return [200, ''];
			});

		const { error } = await run({
			resource: 'contact',
			operation: 'deleteMany',
			contactIds: '1, 2, 3, 4, 5, 6, 7, 8',
		});

		expect(error?.message).toBe('The contact was not found. (contact ID 1)');
		expect(String(error?.description)).toContain('Contact ID 1 failed');
		// The first four were in flight together; the other four were never sent.
		expect(paths.sort()).toEqual([
			'/v1/contacts/1',
			'/v1/contacts/2',
			'/v1/contacts/3',
			'/v1/contacts/4',
		]);
	});

	it('retries a 429 of one contact with a new signature, and goes on', async () => {
		const seen: Seen[] = [];
		let refused = false;
		recordEveryDelete(seen, (path) => {
			if (path.endsWith('/2') && !refused) {
				refused = true;
				return [429, errorBody('Too many requests', 429, 'TooManyRequests')];
			}
			return [200, ''];
		});

		const { items, error } = await run({
			resource: 'contact',
			operation: 'deleteMany',
			contactIds: '1, 2',
		});

		expect(error).toBeUndefined();
		expect(seen.map((request) => request.path).sort()).toEqual([
			'/v1/contacts/1',
			'/v1/contacts/2',
			'/v1/contacts/2',
		]);
		expect(items.map((item) => item.json.contactId)).toEqual([1, 2]);
	}, 20_000);
});

describe('the last check before a many-contacts delete leaves (unsafeDelete)', () => {
	const each: DeletePlan = { kind: 'each', ids: [5], output: {} };
	const bulk: DeletePlan = { kind: 'bulk', ids: [5], output: {} };
	const all: DeletePlan = { kind: 'all', output: {} };
	const DELETE = 'DELETE';

	it.each([
		[
			'a request the node did not prepare',
			{ method: DELETE, url: '/v1/contacts' },
			undefined,
			false,
		],
		[
			'a bodiless collection request in one-per-contact mode',
			{ method: DELETE, url: '/v1/contacts' },
			each,
			false,
		],
		['a one-contact path ending in a slash', { method: DELETE, url: '/v1/contacts/' }, each, false],
		[
			'a one-contact path still holding its placeholder',
			{ method: DELETE, url: '/v1/contacts/{eachContactId}' },
			each,
			false,
		],
		[
			'a one-contact path ending in a dot',
			{ method: DELETE, url: '/v1/lists/34/contacts/.' },
			each,
			false,
		],
		['a bulk request without a body', { method: DELETE, url: '/v1/contacts' }, bulk, false],
		[
			'a bulk request with an empty array',
			{ method: DELETE, url: '/v1/contacts', body: [] },
			bulk,
			false,
		],
		[
			'a bulk request with an empty object',
			{ method: DELETE, url: '/v1/contacts', body: {} },
			bulk,
			false,
		],
		[
			'a bulk request with an entry without PersonID',
			{ method: DELETE, url: '/v1/contacts', body: [{}] },
			bulk,
			false,
		],
		[
			'a bulk request with PersonID 0',
			{ method: DELETE, url: '/v1/contacts', body: [{ PersonID: 0 }] },
			bulk,
			false,
		],
		[
			'a plan without IDs',
			{ method: DELETE, url: '/v1/contacts/5' },
			{ kind: 'each', ids: [], output: {} } as DeletePlan,
			false,
		],
		['"all" when it was not chosen', { method: DELETE, url: '/v1/contacts' }, all, false],
	])('refuses %s', (_name, options, plan, allChosen) => {
		expect(unsafeDelete(options, plan, allChosen)).toEqual(expect.any(String));
	});

	it.each([
		['one contact', { method: DELETE, url: '/v1/contacts/5' }, each, false],
		['one contact of a list', { method: DELETE, url: '/v1/lists/34/contacts/5' }, each, false],
		[
			'a bulk body of contact IDs',
			{ method: DELETE, url: '/v1/lists/deleted/contacts', body: [{ PersonID: 5 }] },
			bulk,
			false,
		],
		['every contact, when chosen', { method: DELETE, url: '/v1/contacts' }, all, true],
	])('lets through %s', (_name, options, plan, allChosen) => {
		expect(unsafeDelete(options, plan, allChosen)).toBeUndefined();
	});
});
