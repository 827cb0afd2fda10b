import nock from 'nock';

import * as DOC from './docExamples';
import { BASE, contactRow, listEnvelope } from './fixtures';
import { AUTH, run, vendor } from './requests';
import { SUCCESS, list, pageQuery, sendsEveryOperation, type Case } from './cases';

afterEach(() => nock.cleanAll());

/**
 * Every Contact operation: its exact request as the doc documents it, answered with the doc's own
 * example (or 204 where the doc says so), and the clean items it outputs.
 */
const CASES: Case[] = [
	// Contact
	{
		title: 'contact create',
		parameters: {
			resource: 'contact',
			operation: 'create',
			additionalFields: {
				owner_id: '12345678',
				email: 'johnnydemo@fakedomain.com',
				first_name: 'Johnny',
				last_name: 'Demo',
				address1: '14 Main Street',
				city: 'Los Angeles',
				state: 'CA',
				zip: '90001',
				additional_phone: {
					phone: [
						{ number: '9495551234', phone_type: 2, phone_label: "Spouse's work" },
						{ number: '9495551235', phone_type: 3, phone_label: "Spouse's cell" },
					],
				},
				additional_name: {
					name: [
						{ first_name: 'Jon', last_name: 'Demo' },
						{ first_name: 'John', last_name: 'Example' },
					],
				},
				questions: {
					pair: [
						{ question: 'Question1', answer: 'Answer1' },
						{ question: 'Question2', answer: 'Answer2' },
					],
				},
				custom_fields: {
					field: [
						{ name: 'Age Range', type: 1, value: '25-34' },
						{ name: 'Tried Product', type: 2, value: 'yes' },
					],
				},
				tags: 'Tag Name 1, Tag Name 2, Tag Name 3',
				phone: '9495551000',
				phone_type: 1,
				phone_label: 'Any label',
				lead_id: '3734',
				category_id: '13186',
				notes: 'Add some notes to this contact.',
				config: '{"import_dnc": 2}',
			},
		},
		method: 'POST',
		path: '/contacts',
		// The doc's example body; IDs go as numbers (the doc's data type is integer).
		body: {
			owner_id: 12345678,
			email: 'johnnydemo@fakedomain.com',
			first_name: 'Johnny',
			last_name: 'Demo',
			address1: '14 Main Street',
			city: 'Los Angeles',
			state: 'CA',
			zip: '90001',
			additional_phone: [
				{ number: '9495551234', phone_type: 2, phone_label: "Spouse's work" },
				{ number: '9495551235', phone_type: 3, phone_label: "Spouse's cell" },
			],
			additional_name: [
				{ first_name: 'Jon', last_name: 'Demo' },
				{ first_name: 'John', last_name: 'Example' },
			],
			question: ['Question1', 'Question2'],
			answer: ['Answer1', 'Answer2'],
			custom_fields: [
				{ name: 'Age Range', type: 1, value: '25-34' },
				{ name: 'Tried Product', type: 2, value: 'yes' },
			],
			tags: ['Tag Name 1', 'Tag Name 2', 'Tag Name 3'],
			phone: '9495551000',
			phone_type: 1,
			phone_label: 'Any label',
			lead_id: '3734',
			category_id: 13186,
			notes: 'Add some notes to this contact.',
			config: { import_dnc: 2 },
		},
		status: 201,
		reply: DOC.contactCreate,
		output: [DOC.contactCreate.contacts.contacts],
	},
	{
		title: 'contact get (the doc shows no answer for it: the contact envelope of GET /contacts)',
		parameters: { resource: 'contact', operation: 'get', contactId: '30919237' },
		method: 'GET',
		path: '/contacts/30919237',
		reply: DOC.contactsList,
		output: DOC.contactsList.contacts.contacts,
	},
	{
		title: 'contact get with its documented query options',
		parameters: {
			resource: 'contact',
			operation: 'get',
			contactId: '30919237',
			contactGetOptions: { sort_order: 'ASC', page: 1, page_size: 10 },
		},
		method: 'GET',
		path: '/contacts/30919237',
		query: { sort_order: 'ASC', page: '1', page_size: '10' },
		reply: DOC.contactsList,
		output: DOC.contactsList.contacts.contacts,
	},
	{
		title: 'contact update (the doc shows no answer for it: the create answer)',
		parameters: {
			resource: 'contact',
			operation: 'update',
			contactId: '30919347',
			additionalFields: {
				last_name: 'Demo',
				do_not_call: true,
				viewed: true,
				rating: 4,
				transfer_to_user_id: '1300000',
			},
		},
		method: 'PUT',
		path: '/contacts/30919347',
		body: { last_name: 'Demo', do_not_call: 1, viewed: 1, rating: 4, transfer_to_user_id: 1300000 },
		reply: DOC.contactCreate,
		output: [DOC.contactCreate.contacts.contacts],
	},
	{
		title: 'contact delete to the trash',
		parameters: { resource: 'contact', operation: 'delete', contactId: '30919237' },
		method: 'DELETE',
		path: '/contacts/30919237',
		output: SUCCESS,
	},
	{
		title: 'contact delete permanently',
		parameters: {
			resource: 'contact',
			operation: 'delete',
			contactId: '30919237',
			permanent: true,
		},
		method: 'DELETE',
		path: '/contacts/30919237',
		query: { permanent: '1' },
		output: SUCCESS,
	},
	{
		title: 'contact delete many',
		parameters: {
			resource: 'contact',
			operation: 'deleteMany',
			contactIds: '404531653, 404531652',
		},
		method: 'DELETE',
		path: '/contacts',
		body: { contact_user_ids: [404531653, 404531652] },
		output: SUCCESS,
	},
	{
		title: 'contact get many',
		parameters: { resource: 'contact', operation: 'getAll', ...list(1) },
		method: 'GET',
		path: '/contacts',
		query: pageQuery(1),
		reply: DOC.contactsList,
		output: DOC.contactsList.contacts.contacts,
	},
];

sendsEveryOperation('contact', CASES);

describe('PhoneBurner › Contact', () => {
	it('Get Many sends every filter', async () => {
		const { scope } = vendor({
			method: 'GET',
			path: '/contacts',
			query: {
				page: '1',
				page_size: '1',
				category_id: '12',
				updated_from: '2024-01-01 00:00:00',
				update_to: '2024-02-01 00:00:00',
				include_new: '1',
				include_trashed: '1',
				include_archived: '0',
				email_address: 'johndemo@fakedomain.com',
				sort_order: 'ASC',
			},
			reply: DOC.contactsList,
		});
		const { items, error } = await run({
			resource: 'contact',
			operation: 'getAll',
			returnAll: false,
			limit: 1,
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
		expect(items.map((item) => item.json)).toEqual(DOC.contactsList.contacts.contacts);
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

	it('Create sends do_not_call as 1 and other fields from JSON', async () => {
		const { scope } = vendor({
			method: 'POST',
			path: '/contacts',
			body: {
				first_name: 'Johnny',
				email: 'johnnydemo@fakedomain.com',
				phone: '9495551000',
				do_not_call: 1,
				ad_code: 'X1',
			},
			status: 201,
			reply: DOC.contactCreate,
		});
		const { items, error } = await run({
			resource: 'contact',
			operation: 'create',
			additionalFields: {
				first_name: 'Johnny',
				email: 'johnnydemo@fakedomain.com',
				phone: '9495551000',
				do_not_call: true,
				jsonFields: '{"ad_code": "X1"}',
			},
		});
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items.map((item) => item.json)).toEqual([DOC.contactCreate.contacts.contacts]);
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

	it('rejects a malformed email, a phone that is not one and a missing id before any request', async () => {
		const bad = await run({
			resource: 'contact',
			operation: 'create',
			additionalFields: { email: 'nope' },
		});
		expect(bad.error?.message).toContain('email');
		const missing = await run({ resource: 'contact', operation: 'get', contactId: '  ' });
		expect(missing.error?.message).toContain('Contact ID');
		for (const phone of ['call me', '-------', '(12) 3-4']) {
			const result = await run({
				resource: 'contact',
				operation: 'create',
				additionalFields: { phone },
			});
			expect(result.error?.message).toContain('"phone" field is not a phone number');
		}
		expect(nock.pendingMocks()).toEqual([]);
	});

	it('rejects a folder or owner that is not an ID, naming the field', async () => {
		const folder = await run({
			resource: 'contact',
			operation: 'create',
			additionalFields: { category_id: 'My folder' },
		});
		expect(folder.error?.message).toContain('"Folder" field must be a numeric ID');
		const owner = await run({
			resource: 'contact',
			operation: 'create',
			additionalFields: { owner_id: 'me' },
		});
		expect(owner.error?.message).toContain('"Owner" field must be a numeric ID');
	});
});
