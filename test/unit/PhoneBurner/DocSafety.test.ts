/**
 * Issue 18, written from the PhoneBurner doc's own text (shared/vendor-docs/phoneburner-rest-v1.txt,
 * quoted with its line numbers): lists page only where the doc shows paging, and a list that
 * repeats its page ends; an update with nothing set is refused before sending; Member → Get
 * can ask for your own member; a delete never gets an empty or path-eating ID; and an update
 * that must send a field (the doc marks it required) can keep its current value.
 */
import nock from 'nock';

import { loadOptions } from '../../../nodes/PhoneBurner/GenericFunctions';
import * as DOC from './docExamples';
import { BASE, CREDENTIALS, listEnvelope } from './fixtures';
import { AUTH, run, vendor } from './requests';

/** A required field left empty by its expression (n8n itself refuses a plain empty one). */
const EMPTY = '={{ "" }}';

/** The doc's folder list (lines 2117-2138) with `count` folders, keyed "0", "1", … as printed. */
function foldersAnswer(count: number) {
	const folders: Record<string, { folder_id: string; folder_name: string }> = {};
	for (let i = 0; i < count; i++) {
		folders[String(i)] = { folder_id: String(11000 + i), folder_name: `Folder #${i + 1}` };
	}
	return { http_status: 200, status: 'success', folders };
}

/** 100 tags of our own, for the doc's tag list envelope (lines 2683-2701). */
const hundredTags = Array.from({ length: 100 }, (_, i) => ({ id: 4406000 + i, title: `tag ${i}` }));

/** A dropdown's context: the requests it makes, answered by `answer(page)`. */
function pickerContext(answer: (qs: Record<string, unknown> | undefined) => object) {
	const requests: Array<{ url?: string; qs?: Record<string, unknown> }> = [];
	const context = {
		getNodeParameter: () => 'accessToken',
		getCredentials: async () => CREDENTIALS.phoneBurnerApi,
		getNode: () => ({ name: 'PhoneBurner', type: 'phoneBurner' }),
		helpers: {
			async httpRequestWithAuthentication(
				_type: string,
				options: { url?: string; qs?: Record<string, unknown> },
			) {
				requests.push({ url: options.url, qs: options.qs && { ...options.qs } });
				return { statusCode: 200, headers: {}, body: answer(options.qs) };
			},
		},
	};
	return { context: context as never, requests };
}

describe('PhoneBurner › Folder → Get Many is one request: the doc shows no paging for it', () => {
	// Doc lines 2110-2114: "structure | query | string | | If set to '1', we will return the
	// folders with _embedded data to show the folder structure." — its only parameter; and the
	// answer (lines 2117-2138) is the folders keyed "0", "1", … with no page fields.
	it('Return All with 100 folders: one request without page or page_size, 100 items', async () => {
		const scope = nock(BASE, AUTH).get('/rest/1/folders').query({}).reply(200, foldersAnswer(100));
		const { items, error } = await run({
			resource: 'folder',
			operation: 'getAll',
			returnAll: true,
		});
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items).toHaveLength(100);
		expect(items[99].json).toEqual({ folder_id: '11099', folder_name: 'Folder #100' });
		expect(nock.pendingMocks()).toEqual([]);
	});

	it('Limit keeps the first folders of the one answer', async () => {
		const scope = nock(BASE, AUTH).get('/rest/1/folders').query({}).reply(200, foldersAnswer(100));
		const { items } = await run({
			resource: 'folder',
			operation: 'getAll',
			returnAll: false,
			limit: 10,
		});
		expect(scope.isDone()).toBe(true);
		expect(items.map((item) => item.json.folder_id)).toEqual(
			Array.from({ length: 10 }, (_, i) => String(11000 + i)),
		);
	});

	it('Include Subfolders sends structure=1 and nothing else (doc line 2139)', async () => {
		// Doc line 2139: curl "https://develop.phoneburner.com/rest/1/folders?structure=1"
		const { scope } = vendor({
			method: 'GET',
			path: '/folders',
			query: { structure: '1' },
			reply: DOC.foldersStructure,
		});
		const { items } = await run({
			resource: 'folder',
			operation: 'getAll',
			returnAll: true,
			folderStructure: true,
		});
		expect(scope.isDone()).toBe(true);
		expect(items).toHaveLength(2);
	});

	it('the folder dropdown reads the 100 folders in one request without paging parameters', async () => {
		const { context, requests } = pickerContext(() => foldersAnswer(100));
		const options = await loadOptions.getFolders.call(context);
		expect(requests).toEqual([
			{ url: 'https://develop.phoneburner.com/rest/1/folders', qs: undefined },
		]);
		expect(options).toHaveLength(100);
	});
});

describe('PhoneBurner › a paged list that repeats its page forever ends', () => {
	// Doc lines 2696-2699 (GET /tags): "total_results": 2, "page": 1, "page_size": 2,
	// "total_pages": 1 — the paging fields that make Tag → Get Many a paged list.
	it('Return All stops at the first repeated page, though total_pages says 1000', async () => {
		const pages: string[] = [];
		nock(BASE, AUTH)
			.get('/rest/1/tags')
			.query(true)
			.times(20)
			.reply(200, (uri) => {
				pages.push(new URL(uri, BASE).searchParams.get('page') ?? '');
				return listEnvelope('tags', hundredTags, 1, 1000, 100);
			});
		const { items, error } = await run({ resource: 'tag', operation: 'getAll', returnAll: true });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(100);
		// Page 1, then page 2 that brings the same 100 tags: the list ends there.
		expect(pages).toEqual(['1', '2']);
	});

	it('… and without total_pages, where a full page alone suggests another', async () => {
		const answer = { ...DOC.tagsList, tags: { tags: hundredTags } };
		let requests = 0;
		nock(BASE, AUTH)
			.get('/rest/1/tags')
			.query(true)
			.times(20)
			.reply(200, () => {
				requests++;
				return answer;
			});
		const { items, error } = await run({ resource: 'tag', operation: 'getAll', returnAll: true });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(100);
		expect(requests).toBe(2);
	});

	it('the tag dropdown stops at the repeated page too', async () => {
		const { context, requests } = pickerContext(() =>
			listEnvelope('tags', hundredTags, 1, 1000, 100),
		);
		const options = await loadOptions.getTags.call(context);
		expect(requests.map((request) => request.qs)).toEqual([
			{ page: 1, page_size: 100 },
			{ page: 2, page_size: 100 },
		]);
		expect(options).toHaveLength(100);
	});

	it('the tag dropdown follows total_pages to the end of a real paged list', async () => {
		const { context, requests } = pickerContext((qs) => {
			const page = Number(qs?.page ?? 1);
			const rows = hundredTags.map((tag) => ({ ...tag, id: tag.id + page * 1000 }));
			return listEnvelope('tags', page === 3 ? rows.slice(0, 5) : rows, page, 3, 100);
		});
		const options = await loadOptions.getTags.call(context);
		expect(requests).toHaveLength(3);
		expect(options).toHaveLength(205);
	});
});

describe('PhoneBurner › every Get Many pages exactly when its doc shows paging', () => {
	// [resource, path, what the doc shows, paged]
	const LISTS: Array<[string, string, string, boolean, Record<string, string>?]> = [
		['contact', '/contacts', 'lines 52-61: page_size, page', true],
		['contactCustomField', '/contacts/1/customfields', 'line 677: ?page_size=1&page=1', true],
		['contactEmail', '/contacts/1/emails', 'lines 851-854: page, page_size, total_pages', true],
		['contactPhone', '/contacts/1/phones', 'lines 1052-1055: page, page_size, total_pages', true],
		['contactTag', '/contacts/1/tags', 'lines 1268-1271: page, page_size, total_pages', true],
		['customField', '/customfields', 'line 1397: ?page_size=1&page=1', true],
		['dialSession', '/dialsession', 'lines 1614-1623: page, page_size', true],
		['folder', '/folders', 'lines 2110-2138: only structure; no page fields', false],
		['member', '/members', 'lines 2509-2511: page, page_size, total_pages', true],
		['tag', '/tags', 'lines 2696-2699: page, page_size, total_pages', true],
		['voicemail', '/voicemails', 'lines 2795-2798: page, page_size, total_pages', true],
	];
	it.each(LISTS)('%s Get Many (%s: doc %s)', async (resource, path, _doc, paged) => {
		const scope = nock(BASE, AUTH)
			.get(`/rest/1${path}`)
			.query(paged ? { page: '1', page_size: '100' } : {})
			.reply(200, { http_status: 200, status: 'success' });
		const { error } = await run({
			resource,
			operation: 'getAll',
			returnAll: true,
			contactId: '1',
		});
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});
});

describe('PhoneBurner › an update with nothing set is refused before sending', () => {
	it.each([
		[
			// Doc lines 1963-1967: "payload | body | bodyModel | Yes | Update dialsession settings"
			'Dial Session → Update Settings',
			{ resource: 'dialSession', operation: 'updateSettings' },
			'/dialsession/settings',
		],
		[
			// Doc lines 2374-2378: "payload | body | UpdatableMembersModel | Yes | Payload of fields to update"
			'Member → Update',
			{ resource: 'member', operation: 'update', userId: '25381104' },
			'/members/25381104',
		],
		[
			// Doc lines 505-672: every field of PUT /contacts/{contact_id} but contact_id is optional.
			'Contact → Update',
			{ resource: 'contact', operation: 'update', contactId: '30919237' },
			'/contacts/30919237',
		],
		[
			// Doc lines 2255-2269: name, description and parent_id, none required.
			'Folder → Update',
			{ resource: 'folder', operation: 'update', folderId: '132022' },
			'/folders/132022',
		],
		[
			// Doc lines 1489-1503: display_name, display_order and type, none required.
			'Custom Field → Update',
			{ resource: 'customField', operation: 'update', customFieldId: '215' },
			'/customfields/215',
		],
	])('%s', async (_what, parameters, path) => {
		const scope = nock(BASE).put(`/rest/1${path}`).reply(200, {});
		for (const additionalFields of [{}, { jsonFields: '{}' }, { jsonFields: '' }]) {
			const { error } = await run({ ...parameters, additionalFields });
			expect(error?.message).toBe('Nothing to update: no field is set');
			expect(error?.description).toContain('Add at least one');
		}
		expect(scope.isDone()).toBe(false);
	});

	it('a field set sends it as before (Update Settings, as the doc example of lines 2005-2012)', async () => {
		const { scope } = vendor({
			method: 'PUT',
			path: '/dialsession/settings',
			body: { ringing: 1 },
			reply: DOC.settingsUpdate,
		});
		const { error } = await run({
			resource: 'dialSession',
			operation: 'updateSettings',
			additionalFields: { ringing: true },
		});
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	it('under Continue On Fail the refused item becomes an error item', async () => {
		const { items } = await run(
			{ resource: 'member', operation: 'update', userId: '1', additionalFields: {} },
			undefined,
			{ continueOnFail: true },
		);
		expect(items).toHaveLength(1);
		expect(items[0].json).toEqual({ error: 'Nothing to update: no field is set' });
		expect(items[0].pairedItem).toEqual({ item: 0 });
	});
});

describe('PhoneBurner › Member → Get can read your own member', () => {
	// Doc line 2325: "The user_id of the member to retrieve. If you are fetching your own member
	// information, remove the user_id." and line 2328: curl "https://develop.phoneburner.com/rest/1/members/"
	it('Me asks GET /members/ without an ID and outputs the member', async () => {
		const { scope } = vendor({ method: 'GET', path: '/members/', reply: DOC.memberGet });
		const { items, error } = await run({ resource: 'member', operation: 'get', memberWhich: 'me' });
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items.map((item) => item.json)).toEqual(DOC.memberGet.members.members);
	});

	it('By ID asks GET /members/{user_id}', async () => {
		const { scope } = vendor({ method: 'GET', path: '/members/1234567', reply: DOC.memberGet });
		const { error } = await run({
			resource: 'member',
			operation: 'get',
			memberWhich: 'id',
			userId: '1234567',
		});
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	it('By ID with the ID left empty is refused (it would read your own member instead)', async () => {
		const { error } = await run({
			resource: 'member',
			operation: 'get',
			memberWhich: 'id',
			userId: EMPTY,
		});
		expect(error?.message).toBe('The "Member ID" field is empty');
	});
});

describe('PhoneBurner › deletes never get an empty value that could mean "all"', () => {
	// Doc lines 442-446: "contact_user_ids | body | array | Yes | An array of contacts to remove."
	it.each([
		['an expression that resolves to an empty text', EMPTY],
		['an expression that resolves to an empty list', '={{ [] }}'],
		['an expression that resolves to null', '={{ null }}'],
		['commas only', ' , ,'],
		['names instead of IDs', 'Ann, Bob'],
		['an object', '={{ { id: 1 } }}'],
		['a decimal', '404531653.5'],
	])('Delete Many refuses %s, sending nothing', async (_what, contactIds) => {
		const scope = nock(BASE).delete('/rest/1/contacts').reply(204);
		const { error } = await run({ resource: 'contact', operation: 'deleteMany', contactIds });
		expect(error?.message).toBe(
			'The "Contact IDs" field must list contact IDs separated by commas',
		);
		expect(scope.isDone()).toBe(false);
	});

	it('Delete Many takes the IDs of an expression that resolves to a list (doc lines 447-455)', async () => {
		const { scope } = vendor({
			method: 'DELETE',
			path: '/contacts',
			body: { contact_user_ids: [404531653, 404531652] },
		});
		const { error } = await run({
			resource: 'contact',
			operation: 'deleteMany',
			contactIds: '={{ [404531653, 404531652] }}',
		});
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	it.each(['.', '..', ' .. '])(
		'Contact → Delete refuses the ID "%s", which would turn the URL into DELETE /contacts',
		async (contactId) => {
			// Doc line 486: "DELETE /rest/1/contacts/{contact_id}"; line 429: "DELETE /rest/1/contacts".
			const scope = nock(BASE).delete(/.*/).reply(204);
			const { error } = await run({ resource: 'contact', operation: 'delete', contactId });
			expect(error?.message).toContain('"Contact ID" field is not an ID');
			expect(scope.isDone()).toBe(false);
		},
	);

	it.each([
		// Doc line 2768: "Remove the tag recursively across all contacts."
		['Tag → Delete', { resource: 'tag', operation: 'delete', tagId: EMPTY }, 'Tag ID'],
		// Doc line 2804: "Deletes all phone numbers out of a user's account."
		[
			'Phone Number → Delete',
			{ resource: 'phoneNumber', operation: 'delete', phoneNumber: EMPTY },
			'Phone Number',
		],
		// Doc lines 2441-2445: "user_id | path | integer | Yes | The User Id of the member you wish to delete"
		['Member → Delete', { resource: 'member', operation: 'delete', userId: EMPTY }, 'Member ID'],
		['Folder → Delete', { resource: 'folder', operation: 'delete', folderId: EMPTY }, 'Folder ID'],
	])('%s refuses an empty ID', async (_what, parameters, label) => {
		const scope = nock(BASE).delete(/.*/).reply(204);
		const { error } = await run(parameters);
		expect(error?.message).toBe(`The "${label}" field is empty`);
		expect(scope.isDone()).toBe(false);
	});

	it("Contact Tag → Remove deletes the contact's tag, not the account's (doc lines 1340-1343)", async () => {
		// Doc line 1340: "DELETE /rest/1/contacts/{contact_id}/tags/{tag_id}"; its curl (line 1342)
		// shows "/rest/1/tags/{tag_id}", the route that removes the tag from every contact.
		const { scope } = vendor({ method: 'DELETE', path: '/contacts/7/tags/4406099' });
		const { error } = await run({
			resource: 'contactTag',
			operation: 'remove',
			contactId: '7',
			tagId: '4406099',
		});
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	it.each([
		['an empty JSON list', '[]'],
		['an empty emails object', '{"emails": []}'],
	])(
		'Contact Email → Replace All refuses %s (doc line 900: "Bulk update all email addresses")',
		async (_what, json) => {
			const scope = nock(BASE).put(/.*/).reply(202, {});
			const { error } = await run({
				resource: 'contactEmail',
				operation: 'replaceAll',
				contactId: '1',
				contactEmailInput: 'json',
				contactEmailJson: json,
			});
			expect(error?.message).toBe('The "Emails" list is empty');
			expect(scope.isDone()).toBe(false);
		},
	);
});

describe('PhoneBurner › an update that must send a field can keep its current value', () => {
	// Doc lines 988-992: "is_primary | form | boolean | Yes | Make this e-mail address the primary"
	it('Contact Email → Update, Primary: Keep Current reads the address, then sends its is_primary', async () => {
		const read = vendor({
			method: 'GET',
			path: '/contacts/382390387/emails/120954818',
			reply: DOC.emailGet,
		});
		const write = vendor({
			method: 'PUT',
			path: '/contacts/382390387/emails/120954818',
			body: { email_address: 'sally@example.com', is_primary: true },
			status: 202,
			reply: DOC.emailUpdate,
		});
		const { items, error } = await run({
			resource: 'contactEmail',
			operation: 'update',
			contactId: '382390387',
			emailId: '120954818',
			contactEmailAddress: 'sally@example.com',
		});
		expect(error).toBeUndefined();
		expect(read.scope.isDone()).toBe(true);
		expect(write.scope.isDone()).toBe(true);
		expect(items.map((item) => item.json)).toEqual([DOC.emailUpdate.email]);
	});

	it('Contact Email → Update, Primary: Not Primary sends false without reading', async () => {
		const { scope } = vendor({
			method: 'PUT',
			path: '/contacts/1/emails/2',
			body: { email_address: 'sally@example.com', is_primary: false },
			status: 202,
			reply: DOC.emailUpdate,
		});
		const { error } = await run({
			resource: 'contactEmail',
			operation: 'update',
			contactId: '1',
			emailId: '2',
			contactEmailAddress: 'sally@example.com',
			contactEmailUpdatePrimary: 'no',
		});
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	// Doc lines 1202-1206: "type | form | integer | Yes | Default is 1. Valid options: HOME = 1;
	// WORK = 2; CELL = 3; FAX = 4; OTHER = 5;"
	it('Contact Phone → Update, Type: Keep Current reads the phone, then sends its type', async () => {
		const read = vendor({
			method: 'GET',
			path: '/contacts/382390392/phones/223987058',
			reply: DOC.phoneGet,
		});
		const write = vendor({
			method: 'PUT',
			path: '/contacts/382390392/phones/223987058',
			body: { phone_number: '14251234567', type: 3 },
			status: 202,
			reply: DOC.phoneUpdate,
		});
		const { error } = await run({
			resource: 'contactPhone',
			operation: 'update',
			contactId: '382390392',
			phoneId: '223987058',
			contactPhoneNumber: '14251234567',
		});
		expect(error).toBeUndefined();
		expect(read.scope.isDone()).toBe(true);
		expect(write.scope.isDone()).toBe(true);
	});

	it('Keep Current stops before the PUT when the answer does not have the field', async () => {
		vendor({
			method: 'GET',
			path: '/contacts/1/phones/2',
			reply: { http_status: 200, status: 'success', phone: { id: 2 } },
		});
		const write = nock(BASE).put('/rest/1/contacts/1/phones/2').reply(202, {});
		const { error } = await run({
			resource: 'contactPhone',
			operation: 'update',
			contactId: '1',
			phoneId: '2',
			contactPhoneNumber: '14251234567',
		});
		expect(error?.message).toBe(
			'Could not keep the current "Type": PhoneBurner\'s answer does not have it',
		);
		expect(write.isDone()).toBe(false);
	});

	it('a failed read stops the update with the vendor reason', async () => {
		nock(BASE)
			.get('/rest/1/contacts/1/emails/2')
			.reply(404, {
				http_status: 404,
				status: 'error',
				debug_codes: [{ code: 'not_found', reason: 'Email not found' }],
			});
		const write = nock(BASE).put('/rest/1/contacts/1/emails/2').reply(202, {});
		const { error } = await run({
			resource: 'contactEmail',
			operation: 'update',
			contactId: '1',
			emailId: '2',
			contactEmailAddress: 'sally@example.com',
		});
		expect(error?.message).toContain('Email not found');
		expect(write.isDone()).toBe(false);
	});
});
