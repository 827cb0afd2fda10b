/**
 * What a second read of call-em-all-rest-v1.txt found in the other deletes, updates and bulk
 * operations (issue 18, "read the doc again"): values that could mean "all", updates that could
 * clear what was not changed, and IDs that are dropped or bent without a word.
 */
import nock from 'nock';

import { clearLoginCache } from '../../../nodes/CallEmAll/GenericFunctions';
import { runNode } from '../../helpers/harness';
import { BASE, CREDENTIALS, DOC, recordTo, type Seen } from './fixtures';

type Params = Record<string, unknown>;

function run(parameters: Params, extra: { input?: Array<{ json: object }> } = {}) {
	return runNode({
		type: 'callEmAll',
		parameters: parameters as never,
		credentials: CREDENTIALS as never,
		input: extra.input as never,
	});
}

/** Records every request whatever its method and path, answering 200 with `answer`. */
function recordEverything(seen: Seen[], answer: unknown = '') {
	for (const method of ['GET', 'POST', 'PUT', 'DELETE']) {
		nock(BASE)
			.persist()
			.intercept(/.*/, method)
			.query(true)
			.reply(recordTo(seen, 200, answer));
	}
}

beforeEach(() => clearLoginCache());
afterEach(() => nock.cleanAll());

describe('IDs in a path are whole numbers, as the doc types them', () => {
	// The doc types every ID it puts in a path as an Integer: "Integer UserID" (line 101),
	// "Integer BroadcastID" (line 482), "Integer PersonID" (line 1281), "Integer ListID"
	// (line 1607). A path built from anything else can point elsewhere: once a URL is resolved,
	// "DELETE /v1/contacts/." is "DELETE /v1/contacts/", and line 1485 says of that endpoint "If
	// left empty all contacts are deleted"; "/v1/lists/34/contacts/." is the list's collection
	// (line 1889: "If left empty all contacts are removed").
	it.each([
		[
			'Contact › Delete',
			{ resource: 'contact', operation: 'delete', contactId: '.' },
			'Contact ID "." is not an ID',
		],
		[
			'Contact › Delete',
			{ resource: 'contact', operation: 'delete', contactId: '..' },
			'Contact ID ".." is not an ID',
		],
		[
			'Contact › Delete',
			{ resource: 'contact', operation: 'delete', contactId: '4947403/..' },
			'Contact ID "4947403/.." is not an ID',
		],
		[
			'Contact › Delete',
			{ resource: 'contact', operation: 'delete', contactId: '={{ "." }}' },
			'Contact ID "." is not an ID',
		],
		[
			'Contact › Get',
			{ resource: 'contact', operation: 'get', contactId: 'abc' },
			'Contact ID "abc" is not an ID',
		],
		[
			'Contact List › Remove Contact',
			{ resource: 'contactList', operation: 'removeContact', listId: '34', listContactId: '.' },
			'Contact ID "." is not an ID',
		],
		[
			'Contact List › Remove Contact',
			{ resource: 'contactList', operation: 'removeContact', listId: '34', listContactId: '0' },
			'Contact ID "0" is not an ID',
		],
		[
			'Contact List › Delete',
			{ resource: 'contactList', operation: 'delete', listId: '.' },
			'Contact List ID "." is not an ID',
		],
		[
			'Contact List › Get Contacts',
			{ resource: 'contactList', operation: 'getContacts', listId: '34/..', returnAll: true },
			'Contact List ID "34/.." is not an ID',
		],
		[
			'Broadcast › Get',
			{ resource: 'broadcast', operation: 'get', broadcastId: '1.5' },
			'Broadcast ID "1.5" is not an ID',
		],
		[
			'Account User › Update',
			{
				resource: 'user',
				operation: 'update',
				userId: '-1',
				userFields: { FirstName: 'Luke' },
			},
			'User ID "-1" is not an ID',
		],
	])('%s refuses %j before any request', async (_name, parameters, message) => {
		const seen: Seen[] = [];
		recordEverything(seen);
		const { error } = await run(parameters);
		expect(error?.message).toBe(message);
		expect(seen).toEqual([]);
	});

	it.each([
		['Contact List › Get of the Everyone list (ListID 0, doc line 1592)', '0'],
		['Contact List › Get of the Deleted list (ListID -2, doc line 1592)', '-2'],
		['Contact List › Get of a list of yours', '34'],
	])('%s is sent', async (_name, listId) => {
		const seen: Seen[] = [];
		recordEverything(seen, DOC.list);
		const { error } = await run({ resource: 'contactList', operation: 'get', listId });
		expect(error).toBeUndefined();
		expect(seen.map((request) => request.path)).toEqual([`/v1/lists/${listId}`]);
	});
});

describe('Contact List › Delete leaves the system lists alone', () => {
	// Line 1800: "Delete a single contact list using its unique ID." The list feed (line 1592)
	// shows the system lists Deleted (-2), Everyone (0) and Unfiled (-1); what deleting the
	// Everyone list would do the doc does not say, so the node does not send it.
	it.each([
		['0', 'Contact List ID 0 is the Everyone list, which is not deleted'],
		['-1', 'Contact List ID -1 is the Unfiled list, which is not deleted'],
		['-2', 'Contact List ID -2 is the Deleted list, which is not deleted'],
	])('refuses list %s', async (listId, message) => {
		const seen: Seen[] = [];
		recordEverything(seen);
		const { error } = await run({ resource: 'contactList', operation: 'delete', listId });
		expect(error?.message).toBe(message);
		expect(seen).toEqual([]);
	});

	it('deletes a list of your own', async () => {
		const seen: Seen[] = [];
		recordEverything(seen);
		const { items, error } = await run({
			resource: 'contactList',
			operation: 'delete',
			listId: '8',
		});
		expect(error).toBeUndefined();
		expect(seen.map((request) => `${request.method} ${request.path}`)).toEqual([
			'DELETE /v1/lists/8',
		]);
		expect(items.map((item) => item.json)).toEqual([{ success: true }]);
	});
});
