/**
 * The second read of issue 18, for CallFire's deletes: no empty value may reach CallFire where
 * it could mean "all". Written from the doc (callfire-api-v2.txt):
 *
 * - line 6741 (DELETE /contacts/lists/{id}/items): "Deletes contacts from a contact list. List
 *   the contact ids in request to delete multiple contacts with one request."; lines 6753-6755:
 *   "contactId array An id of a contact entity in the CallFire system" (not marked required,
 *   and the doc does not say what a request without it does); line 6841:
 *   "...lists/11646003/items?contactId=22277003&contactId=23377003"
 * - line 5229 (DELETE /contacts/dncs/{number}): "If number contains commas treat as list of
 *   numbers"; line 5316: "...contacts/dncs/12135551126,12136666123"
 * - line 4910 (DELETE /contacts/dncs/sources/{source}): "Delete Do Not Contact (DNC) contact
 *   entries contained in source."
 */
import nock from 'nock';

import { runNode } from '../../helpers/harness';
import { named } from './names';
import { BASE, BASIC_AUTH, CREDENTIALS } from './fixtures';

function run(parameters: Record<string, unknown>, input: object[] = [{}]) {
	return runNode({
		type: 'callFire',
		parameters: named(parameters) as never,
		credentials: CREDENTIALS,
		input: input.map((json) => ({ json })) as never,
	});
}

const removeItems = (contactIds: unknown) => ({
	resource: 'contactList',
	operation: 'removeItems',
	id: '11646003',
	contactListRemoveItemsContactId: contactIds,
});

afterEach(() => nock.cleanAll());

describe('CallFire › Contact List → Remove Contacts', () => {
	it('sends the given IDs repeated in the query, as the doc does (line 6841)', async () => {
		const scope = nock(BASE)
			.delete('/v2/contacts/lists/11646003/items')
			.query({ contactId: ['22277003', '23377003'] })
			.basicAuth(BASIC_AUTH)
			.reply(200, '');
		const { items, error } = await run(removeItems('22277003, 23377003'));
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items.map((item) => item.json)).toEqual([{ success: true }]);
	});

	it('takes the IDs as an array from an expression', async () => {
		const scope = nock(BASE)
			.delete('/v2/contacts/lists/11646003/items')
			.query({ contactId: ['22277003', '23377003'] })
			.reply(200, '');
		const { error } = await run(removeItems('={{ $json.ids }}'), [{ ids: [22277003, 23377003] }]);
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	it.each([
		['an empty string', ''],
		['only commas and spaces', ' , ,'],
		['an empty array', []],
		['nothing (the field is missing)', undefined],
	])('never sends the DELETE when the IDs resolve to %s', async (_case, ids) => {
		// Anything that reaches CallFire fails the test.
		const scope = nock(BASE).delete(/.*/).query(true).reply(200, '');
		const { error } = await run(removeItems('={{ $json.ids }}'), [{ ids }]);
		expect(error?.message).toBe('Contact IDs is empty');
		expect(error?.description).toContain('nothing is sent');
		expect(scope.isDone()).toBe(false);
	});

	it.each([['abc'], ['0'], ['22277003, Alice'], ['-1']])(
		'refuses "%s" before any request',
		async (ids) => {
			const scope = nock(BASE).delete(/.*/).query(true).reply(200, '');
			const { error } = await run(removeItems(ids));
			expect(error?.message).toMatch(/^Contact IDs: ".*" is not an ID$/);
			expect(scope.isDone()).toBe(false);
		},
	);

	it('has Contact IDs as a required field of its own (n8n will not run the node without it)', async () => {
		await expect(run(removeItems(''))).rejects.toThrow(/has issues/);
	});
});

describe('CallFire › Do Not Contact → Delete', () => {
	const remove = (number: string) => ({
		resource: 'doNotContact',
		operation: 'delete',
		number,
	});

	it('sends several numbers comma-separated in the path, as the doc does (line 5316)', async () => {
		const scope = nock(BASE)
			.delete('/v2/contacts/dncs/12135551126,12136666123')
			.basicAuth(BASIC_AUTH)
			.reply(204);
		const { items, error } = await run(remove('+1 (213) 555-1126, 1-213-666-6123'));
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items.map((item) => item.json)).toEqual([{ success: true }]);
	});

	it('sends one number as digits', async () => {
		const scope = nock(BASE).delete('/v2/contacts/dncs/12135551126').reply(204);
		const { error } = await run(remove('+1 213 555 1126'));
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	it.each([
		[',', '"," has an empty entry'],
		['12135551126,', '"12135551126," has an empty entry'],
		['12135551126,,12136666123', 'has an empty entry'],
		['all', '"all" is not a phone number'],
		['*', '"*" is not a phone number'],
	])('refuses "%s" before any request', async (number, message) => {
		const scope = nock(BASE).delete(/.*/).reply(204);
		const { error } = await run(remove(number));
		expect(error?.message).toContain(message);
		expect(scope.isDone()).toBe(false);
	});
});

describe('CallFire › deletes by ID or name refuse an empty value', () => {
	it.each([
		['contact', 'delete', 'id'],
		['contactList', 'delete', 'id'],
		['contactList', 'removeItem', 'id'],
		['contactList', 'removeItem', 'contactId'],
		['sound', 'delete', 'id'],
		['webhook', 'delete', 'id'],
		['account', 'deleteApiCredential', 'id'],
		['doNotContact', 'deleteBySource', 'source'],
		['doNotContact', 'delete', 'number'],
	])('%s › %s with %s resolving to spaces', async (resource, operation, empty) => {
		const scope = nock(BASE).delete(/.*/).reply(204);
		const parameters: Record<string, unknown> = {
			resource,
			operation,
			id: '11646003',
			contactListContactId: '22277003',
			[empty === 'contactId' ? 'contactListContactId' : empty]: '={{ $json.value }}',
		};
		const { error } = await run(parameters, [{ value: '   ' }]);
		expect(error?.message).toMatch(/ is empty$/);
		expect(scope.isDone()).toBe(false);
	});

	it('Delete by Source sends only the named source, encoded (line 4995)', async () => {
		const scope = nock(BASE).delete('/v2/contacts/dncs/sources/My%20DNC%20List%201').reply(204);
		const { error } = await run({
			resource: 'doNotContact',
			operation: 'deleteBySource',
			source: 'My DNC List 1',
		});
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});
});
