import nock from 'nock';

import { runNode } from '../../helpers/harness';
import { parameterName } from '../../../nodes/PhoneBurner/GenericFunctions';
import { BASE, CREDENTIALS, TEST_TOKEN, contactRow, listEnvelope } from './fixtures';

const AUTH = { reqheaders: { authorization: `Bearer ${TEST_TOKEN}` } };

function run(
	parameters: Record<string, unknown>,
	input?: Array<{ json: object }>,
	extra: { continueOnFail?: boolean } = {},
) {
	return runNode({
		type: 'phoneBurner',
		parameters: { authentication: 'accessToken', ...named(parameters) } as never,
		credentials: CREDENTIALS,
		input: input as never,
		continueOnFail: extra.continueOnFail,
	});
}

/** Tests write the short parameter names; the node's are unique per resource. */
const RENAMED = [
	'additionalFields',
	'callId',
	'contactId',
	'customFieldId',
	'dialSessionId',
	'emailId',
	'folderId',
	'phoneId',
	'phoneNumber',
	'tagId',
	'userId',
];
function named(parameters: Record<string, unknown>): Record<string, unknown> {
	const resource = String(parameters.resource);
	return Object.fromEntries(
		Object.entries(parameters).map(([key, value]) => [
			RENAMED.includes(key) ? parameterName(resource, key) : key,
			value,
		]),
	);
}

afterEach(() => nock.cleanAll());

describe('PhoneBurner › Contact', () => {
	it('Get Many sends every filter and unwraps the envelope', async () => {
		const scope = nock(BASE, AUTH)
			.get('/rest/1/contacts')
			.query({
				page: '1',
				page_size: '10',
				category_id: '12',
				updated_from: '2024-01-01 00:00:00',
				update_to: '2024-02-01 00:00:00',
				include_new: '1',
				include_trashed: '1',
				include_archived: '0',
				email_address: 'johndemo@fakedomain.com',
				sort_order: 'ASC',
			})
			.reply(200, listEnvelope('contacts', [contactRow('30919237')], 1, 1));
		const { items, error } = await run({
			resource: 'contact',
			operation: 'getAll',
			returnAll: false,
			limit: 10,
			filters: {
				category_id: '12',
				updated_from: '2024-01-01 00:00:00',
				update_to: '2024-02-01 00:00:00',
				include_new: true,
				include_trashed: true,
				include_archived: false,
				email_address: 'johndemo@fakedomain.com',
				sort_order: 'ASC',
			},
		});
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ contact_user_id: '30919237' });
		expect(items[0].json.http_status).toBeUndefined();
	});

	it('Return All pages until total_pages', async () => {
		const page = (n: number) => Array.from({ length: 100 }, (_, i) => contactRow(`${n}-${i}`));
		const scope = nock(BASE, AUTH)
			.get('/rest/1/contacts')
			.query({ page: '1', page_size: '100' })
			.reply(200, listEnvelope('contacts', page(1), 1, 2, 100))
			.get('/rest/1/contacts')
			.query({ page: '2', page_size: '100' })
			.reply(200, listEnvelope('contacts', page(2).slice(0, 30), 2, 2, 100));
		const { items } = await run({ resource: 'contact', operation: 'getAll', returnAll: true });
		expect(scope.isDone()).toBe(true);
		expect(items).toHaveLength(130);
	});

	it('Create posts the fields, do_not_call as 1', async () => {
		const scope = nock(BASE, AUTH)
			.post('/rest/1/contacts', {
				first_name: 'John',
				email: 'johndemo@fakedomain.com',
				phone: '6025551234',
				do_not_call: 1,
				ad_code: 'X1',
			})
			.reply(201, { http_status: 201, status: 'success', contacts: { contacts: contactRow('1') } });
		const { items, error } = await run({
			resource: 'contact',
			operation: 'create',
			additionalFields: {
				first_name: 'John',
				email: 'johndemo@fakedomain.com',
				phone: '6025551234',
				do_not_call: true,
				jsonFields: '{"ad_code": "X1"}',
			},
		});
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items[0].json).toMatchObject({ contact_user_id: '1' });
	});

	it('Update puts to the contact path', async () => {
		const scope = nock(BASE, AUTH)
			.put('/rest/1/contacts/30919237', { do_not_call: 0, last_name: 'Demo' })
			.reply(200, {
				http_status: 200,
				status: 'success',
				contacts: { contacts: contactRow('30919237') },
			});
		const { items } = await run({
			resource: 'contact',
			operation: 'update',
			contactId: '30919237',
			additionalFields: { do_not_call: false, last_name: 'Demo' },
		});
		expect(scope.isDone()).toBe(true);
		expect(items[0].json.contact_user_id).toBe('30919237');
	});

	it('Delete Many sends the IDs and permanent flag', async () => {
		const scope = nock(BASE, AUTH)
			.delete('/rest/1/contacts', { contact_user_ids: [404531653, 404531652] })
			.query({ permanent: '1' })
			.reply(204);
		const { items, error } = await run({
			resource: 'contact',
			operation: 'deleteMany',
			contactIds: '404531653, 404531652',
			permanent: true,
		});
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items[0].json).toEqual({ success: true });
	});

	it('reports the vendor reason on errors', async () => {
		nock(BASE)
			.get('/rest/1/contacts/999')
			.reply(404, {
				http_status: 404,
				status: 'error',
				debug_codes: [{ code: 'not_found', reason: 'Contact not found' }],
			});
		const { error } = await run({ resource: 'contact', operation: 'get', contactId: '999' });
		expect(error?.message).toContain('Contact not found');
	});

	it('rejects a malformed email and a missing id before any request', async () => {
		const bad = await run({
			resource: 'contact',
			operation: 'create',
			additionalFields: { email: 'nope' },
		});
		expect(bad.error?.message).toContain('email');
		const missing = await run({ resource: 'contact', operation: 'get', contactId: '  ' });
		expect(missing.error?.message).toContain('Contact ID');
		const phone = await run({
			resource: 'contact',
			operation: 'create',
			additionalFields: { phone: 'call me' },
		});
		expect(phone.error?.message).toContain('phone');
	});
});

describe('PhoneBurner › Tag and Contact Phone', () => {
	it('unwraps the doc tags envelope with its _links', async () => {
		const scope = nock(BASE, AUTH)
			.get('/rest/1/tags')
			.query({ page: '1', page_size: '50' })
			.reply(200, {
				_link: { self: { href: '/rest/1/tags' } },
				_links: { self: { href: '/rest/1/tags' } },
				http_status: 200,
				status: 'success',
				tags: {
					tags: [
						{ id: 4406097, title: 'another tag' },
						{ id: 4406096, title: 'test' },
					],
					total_results: 2,
					page: 1,
					page_size: 2,
					total_pages: 1,
				},
			});
		const { items } = await run({
			resource: 'tag',
			operation: 'getAll',
			returnAll: false,
			limit: 50,
		});
		expect(scope.isDone()).toBe(true);
		expect(items.map((item) => item.json.title)).toEqual(['another tag', 'test']);
	});

	it('lists folders from the doc object keyed by position', async () => {
		const scope = nock(BASE, AUTH)
			.get('/rest/1/folders')
			.query({ page: '1', page_size: '100' })
			.reply(200, {
				http_status: 200,
				status: 'success',
				folders: {
					'0': { folder_id: '11888', folder_name: 'Folder #1' },
					'1': { folder_id: '11999', folder_name: 'Folder #2' },
					'2': { folder_id: '11000', folder_name: 'Folder #3' },
				},
			});
		const { items } = await run({ resource: 'folder', operation: 'getAll', returnAll: true });
		expect(scope.isDone()).toBe(true);
		expect(items.map((item) => item.json.folder_id)).toEqual(['11888', '11999', '11000']);
	});

	it('retries after a 429 and keeps going', async () => {
		const scope = nock(BASE, AUTH)
			.get('/rest/1/voicemails')
			.query(true)
			.reply(
				429,
				{
					http_status: 429,
					status: 'error',
					debug_codes: [{ code: 'rate', reason: 'Too many requests' }],
				},
				{ 'Retry-After': '0' },
			)
			.get('/rest/1/voicemails')
			.query(true)
			.reply(200, listEnvelope('voicemails', [{ id: 'v1' }], 1, 1));
		const { items, error } = await run({
			resource: 'voicemail',
			operation: 'getAll',
			returnAll: true,
		});
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items[0].json.id).toBe('v1');
	});

	it('adds a phone with the doc field names', async () => {
		const scope = nock(BASE, AUTH)
			.post('/rest/1/contacts/1/phones', {
				phone_number: '2063728000',
				label: 'Example Cell',
				is_primary: 0,
				type: 3,
			})
			.reply(200, { http_status: 200, status: 'success', phones: { phones: { phone_id: '1' } } });
		const { error } = await run({
			resource: 'contactPhone',
			operation: 'add',
			contactId: '1',
			additionalFields: {
				phone_number: '2063728000',
				label: 'Example Cell',
				is_primary: false,
				type: 3,
			},
		});
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	it('rejects a phone number that is not one', async () => {
		const { error } = await run({
			resource: 'phoneNumber',
			operation: 'delete',
			phoneNumber: 'abc',
		});
		expect(error?.message).toContain('Phone Number');
	});
});

describe('PhoneBurner › Dial Session › Create', () => {
	it('sends JSON contacts, callbacks and options and outputs redirect_url', async () => {
		const scope = nock(BASE, AUTH)
			.post('/rest/1/dialsession', {
				contacts: [{ first_name: 'Johnny', phone: '9495551234' }],
				callbacks: [{ callback_type: 'api_calldone', callback: 'https://example.com/done' }],
				custom_data: { crm: 'x' },
				preview_mode: 1,
				preset_id: 7,
			})
			.reply(200, {
				http_status: 200,
				status: 'success',
				dialsessions: {
					redirect_url: 'https://develop.phoneburner.com/dialsession/start?sso=1',
					dialsession_id: '5',
				},
			});
		const { items, error } = await run({
			resource: 'dialSession',
			operation: 'create',
			contactsMode: 'json',
			contactsJson: '[{"first_name": "Johnny", "phone": "9495551234"}]',
			callbacks: { callback: [{ type: 'api_calldone', url: 'https://example.com/done' }] },
			options: { customData: '{"crm": "x"}', previewMode: true, presetId: '7' },
		});
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items[0].json.redirect_url).toContain('dialsession');
	});

	it('per item mode maps one contact', async () => {
		const scope = nock(BASE, AUTH)
			.post('/rest/1/dialsession', { contacts: [{ first_name: 'Mary', phone: '9495551235' }] })
			.reply(200, {
				http_status: 200,
				status: 'success',
				dialsessions: { redirect_url: 'https://x/y' },
			});
		const { error } = await run({
			resource: 'dialSession',
			operation: 'create',
			contactsMode: 'perItem',
			firstName: 'Mary',
			phone: '9495551235',
		});
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	it('builds one session from all input items and outputs its redirect_url once', async () => {
		const people = [
			{ first: 'Ann', phone: '9495551001', email: 'ann@example.com' },
			{ first: 'Bob', phone: '9495551002', email: 'bob@example.com' },
			{ first: 'Cy', phone: '9495551003', email: 'cy@example.com' },
		];
		const scope = nock(BASE, AUTH)
			.post('/rest/1/dialsession', {
				contacts: people.map((p) => ({ first_name: p.first, phone: p.phone, email: p.email })),
				callbacks: [{ callback_type: 'api_calldone', callback: 'https://example.com/done' }],
			})
			.reply(200, {
				http_status: 200,
				status: 'success',
				dialsessions: { redirect_url: 'https://www.phoneburner.com/dialsession/start?sso=9' },
			});
		const { items, error } = await run(
			{
				resource: 'dialSession',
				operation: 'create',
				contactsMode: 'allItems',
				firstName: '={{ $json.first }}',
				phone: '={{ $json.phone }}',
				email: '={{ $json.email }}',
				callbacks: { callback: [{ type: 'api_calldone', url: 'https://example.com/done' }] },
			},
			people.map((json) => ({ json })),
		);
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items).toHaveLength(1);
		expect(items[0].json.redirect_url).toContain('sso=9');
		expect(items[0].pairedItem).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});

	it('names the item whose phone number is not one, before any request', async () => {
		const { error } = await run(
			{
				resource: 'dialSession',
				operation: 'create',
				contactsMode: 'allItems',
				phone: '={{ $json.phone }}',
			},
			[{ json: { phone: '9495551001' } }, { json: { phone: 'not a phone' } }],
		);
		expect(error?.message).toContain('not a phone number');
	});

	it('rejects contacts JSON that does not parse', async () => {
		const { error } = await run({
			resource: 'dialSession',
			operation: 'create',
			contactsMode: 'json',
			contactsJson: '[{',
		});
		expect(error?.message).toContain('Contacts (JSON)');
	});
});

const SIMPLE: Array<[string, string, string, string, Record<string, unknown>]> = [
	['contact', 'get', 'GET', '/contacts/1', { contactId: '1' }],
	['contact', 'delete', 'DELETE', '/contacts/1', { contactId: '1' }],
	[
		'contactCustomField',
		'get',
		'GET',
		'/contacts/1/customfields/2',
		{ contactId: '1', customFieldId: '2' },
	],
	[
		'contactCustomField',
		'add',
		'POST',
		'/contacts/1/customfields/2',
		{ contactId: '1', customFieldId: '2' },
	],
	[
		'contactCustomField',
		'update',
		'PUT',
		'/contacts/1/customfields/2',
		{ contactId: '1', customFieldId: '2' },
	],
	[
		'contactCustomField',
		'remove',
		'DELETE',
		'/contacts/1/customfields/2',
		{ contactId: '1', customFieldId: '2' },
	],
	['contactEmail', 'add', 'POST', '/contacts/1/emails', { contactId: '1' }],
	['contactEmail', 'replaceAll', 'PUT', '/contacts/1/emails', { contactId: '1' }],
	['contactEmail', 'get', 'GET', '/contacts/1/emails/3', { contactId: '1', emailId: '3' }],
	['contactEmail', 'update', 'PUT', '/contacts/1/emails/3', { contactId: '1', emailId: '3' }],
	['contactEmail', 'remove', 'DELETE', '/contacts/1/emails/3', { contactId: '1', emailId: '3' }],
	['contactPhone', 'add', 'POST', '/contacts/1/phones', { contactId: '1' }],
	['contactPhone', 'addPut', 'PUT', '/contacts/1/phones', { contactId: '1' }],
	['contactPhone', 'get', 'GET', '/contacts/1/phones/4', { contactId: '1', phoneId: '4' }],
	['contactPhone', 'update', 'PUT', '/contacts/1/phones/4', { contactId: '1', phoneId: '4' }],
	['contactPhone', 'remove', 'DELETE', '/contacts/1/phones/4', { contactId: '1', phoneId: '4' }],
	['contactTag', 'add', 'POST', '/contacts/1/tags', { contactId: '1' }],
	['contactTag', 'get', 'GET', '/contacts/1/tags/5', { contactId: '1', tagId: '5' }],
	['contactTag', 'update', 'PUT', '/contacts/1/tags/5', { contactId: '1', tagId: '5' }],
	['contactTag', 'remove', 'DELETE', '/contacts/1/tags/5', { contactId: '1', tagId: '5' }],
	['content', 'get', 'GET', '/content', {}],
	['customField', 'create', 'POST', '/customfields', {}],
	['customField', 'get', 'GET', '/customfields/6', { customFieldId: '6' }],
	['customField', 'update', 'PUT', '/customfields/6', { customFieldId: '6' }],
	['customField', 'delete', 'DELETE', '/customfields/6', { customFieldId: '6' }],
	['dialSession', 'get', 'GET', '/dialsession/7', { dialSessionId: '7' }],
	['dialSession', 'getCall', 'GET', '/dialsession/call/1766999', { callId: '1766999' }],
	['dialSession', 'getSettings', 'GET', '/dialsession/settings', {}],
	['dialSession', 'updateSettings', 'PUT', '/dialsession/settings', {}],
	['dialSession', 'getUsage', 'GET', '/dialsession/usage', {}],
	['folder', 'create', 'POST', '/folders', {}],
	['folder', 'update', 'PUT', '/folders/8', { folderId: '8' }],
	['folder', 'delete', 'DELETE', '/folders/8', { folderId: '8' }],
	['member', 'create', 'POST', '/members', {}],
	['member', 'get', 'GET', '/members/9', { userId: '9' }],
	['member', 'update', 'PUT', '/members/9', { userId: '9' }],
	['member', 'delete', 'DELETE', '/members/9', { userId: '9' }],
	['tag', 'create', 'POST', '/tags', {}],
	['tag', 'update', 'PUT', '/tags/5', { tagId: '5' }],
	['tag', 'delete', 'DELETE', '/tags/5', { tagId: '5' }],
	['phoneNumber', 'delete', 'DELETE', '/phonenumber/9495551234', { phoneNumber: '9495551234' }],
];

const LISTS: Array<[string, string, string, Record<string, unknown>]> = [
	['contactCustomField', '/contacts/1/customfields', 'customfields', { contactId: '1' }],
	['contactEmail', '/contacts/1/emails', 'emails', { contactId: '1' }],
	['contactPhone', '/contacts/1/phones', 'phones', { contactId: '1' }],
	['contactTag', '/contacts/1/tags', 'tags', { contactId: '1' }],
	['customField', '/customfields', 'customfields', {}],
	['dialSession', '/dialsession', 'dialsessions', {}],
	['folder', '/folders', 'folders', {}],
	['member', '/members', 'members', {}],
	['tag', '/tags', 'tags', {}],
	['voicemail', '/voicemails', 'voicemails', {}],
];

describe('PhoneBurner › every operation reaches its endpoint', () => {
	it.each(SIMPLE)('%s %s → %s %s', async (resource, operation, method, path, params) => {
		const scope = nock(BASE, AUTH)
			.intercept(`/rest/1${path}`, method)
			.reply(200, { http_status: 200, status: 'success', item: { item: { id: '1' } } });
		const { items, error } = await run({ resource, operation, ...params });
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items[0].json).toEqual({ id: '1' });
	});

	it.each(LISTS)('%s getAll → GET %s', async (resource, path, key, params) => {
		const scope = nock(BASE, AUTH)
			.get(`/rest/1${path}`)
			.query({ page: '1', page_size: '5' })
			.reply(200, listEnvelope(key, [{ id: 'a' }, { id: 'b' }], 1, 1));
		const { items, error } = await run({
			resource,
			operation: 'getAll',
			returnAll: false,
			limit: 5,
			...params,
		});
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items.map((item) => item.json.id)).toEqual(['a', 'b']);
	});
});
