import nock from 'nock';

import { clearLoginCache } from '../../../nodes/CallEmAll/GenericFunctions';
import { runNode } from '../../helpers/harness';
import {
	APP_KEY,
	AUTH_TOKEN,
	BASE,
	CREDENTIALS,
	SECRET_KEY,
	parseAuthorization,
	recordTo,
	signatureVerifies,
	type Seen,
} from './fixtures';

type Params = Record<string, unknown>;

function run(
	parameters: Params,
	extra: {
		input?: Array<{ json: object }>;
		continueOnFail?: boolean;
		credentials?: Record<string, Record<string, string>>;
	} = {},
) {
	return runNode({
		type: 'callEmAll',
		parameters: parameters as never,
		credentials: (extra.credentials ?? CREDENTIALS) as never,
		input: extra.input as never,
		continueOnFail: extra.continueOnFail,
	});
}

function bodyOf(seen: Seen): unknown {
	return typeof seen.body === 'string' && seen.body !== '' ? JSON.parse(seen.body) : seen.body;
}

interface Case {
	name: string;
	parameters: Params;
	method: string;
	path: string;
	body?: unknown;
	answer?: unknown;
}

const feed = (items: object[]) => ({
	Size: items.length,
	Items: items,
	Previous: null,
	Next: null,
});

const CASES: Case[] = [
	{
		name: 'Account User › Create',
		parameters: {
			resource: 'user',
			operation: 'create',
			userName: 'apitest@cea',
			pinCode: 'pin-1',
			userFields: {
				FirstName: 'Luke',
				CallThrottle: 10,
				json: '{"StartTimeOfDay":{"Hour":7,"Minute":0}}',
			},
		},
		method: 'POST',
		path: '/v1/account/users',
		body: {
			UserName: 'apitest@cea',
			PinCode: 'pin-1',
			FirstName: 'Luke',
			CallThrottle: 10,
			StartTimeOfDay: { Hour: 7, Minute: 0 },
		},
		answer: { UserID: 208867 },
	},
	{
		name: 'Account User › Update',
		parameters: {
			resource: 'user',
			operation: 'update',
			userId: '208867',
			userFields: { Email: 'luke@galaxy.com' },
		},
		method: 'PUT',
		path: '/v1/account/users/208867',
		body: { Email: 'luke@galaxy.com' },
		answer: { UserID: 208867 },
	},
	{
		name: 'Broadcast › Get',
		parameters: { resource: 'broadcast', operation: 'get', broadcastId: '39609' },
		method: 'GET',
		path: '/v1/broadcasts/39609',
		answer: { BroadcastID: 39609 },
	},
	{
		name: 'Broadcast › Get Many',
		parameters: {
			resource: 'broadcast',
			operation: 'getAll',
			returnAll: true,
			options: { broadcastStatus: 'Completed', sortBy: '-StartDate,CreatedDate' },
		},
		method: 'GET',
		path: '/v1/broadcasts?sortby=-StartDate%2CCreatedDate&BroadcastStatus=Completed',
		answer: feed([{ BroadcastID: 1 }]),
	},
	{
		name: 'Broadcast › Get Results',
		parameters: {
			resource: 'broadcast',
			operation: 'getDetails',
			broadcastId: '39609',
			returnAll: false,
			limit: 5,
		},
		method: 'GET',
		path: '/v1/broadcasts/39609/details?pagesize=5',
		answer: feed([{ PhoneNumber: '2145555055' }]),
	},
	{
		name: 'Conversation › Get',
		parameters: {
			resource: 'conversation',
			operation: 'get',
			textPhoneNumber: '18338028132',
			phoneNumber: '2145555055',
		},
		method: 'GET',
		path: '/v1/conversations/single?textphonenumber=18338028132&phonenumber=2145555055',
		answer: { ConversationID: 7 },
	},
	{
		name: 'Contact › Get Many',
		parameters: {
			resource: 'contact',
			operation: 'getAll',
			returnAll: true,
			options: { query: { parameter: [{ name: 'PrimaryPhone', value: '214' }] } },
		},
		method: 'GET',
		path: '/v1/contacts?PrimaryPhone=214',
		answer: feed([{ PersonID: 1 }]),
	},
	{
		name: 'Contact › Get',
		parameters: { resource: 'contact', operation: 'get', contactId: '4947403' },
		method: 'GET',
		path: '/v1/contacts/4947403',
		answer: { PersonID: 4947403 },
	},
	{
		name: 'Contact › Create',
		parameters: {
			resource: 'contact',
			operation: 'create',
			primaryPhone: '2145555055',
			contactFields: { FirstName: 'John', Notes: 'cell' },
		},
		method: 'POST',
		path: '/v1/contacts',
		body: { PrimaryPhone: '2145555055', FirstName: 'John', Notes: 'cell' },
		answer: { PersonID: 1 },
	},
	{
		name: 'Contact › Delete',
		parameters: { resource: 'contact', operation: 'delete', contactId: '4947403' },
		method: 'DELETE',
		path: '/v1/contacts/4947403',
		answer: '',
	},
	{
		name: 'Contact › Delete Many',
		parameters: { resource: 'contact', operation: 'deleteMany', all: false, contactIds: '1, 2' },
		method: 'DELETE',
		path: '/v1/contacts',
		body: [{ PersonID: 1 }, { PersonID: 2 }],
		answer: '',
	},
	{
		name: 'Contact List › Get Many',
		parameters: { resource: 'contactList', operation: 'getAll', returnAll: true },
		method: 'GET',
		path: '/v1/lists',
		answer: feed([{ ListID: 8 }]),
	},
	{
		name: 'Contact List › Get',
		parameters: { resource: 'contactList', operation: 'get', listId: '8' },
		method: 'GET',
		path: '/v1/lists/8',
		answer: { ListID: 8 },
	},
	{
		name: 'Contact List › Get Everyone List',
		parameters: { resource: 'contactList', operation: 'getEveryone' },
		method: 'GET',
		path: '/v1/lists/everyone',
		answer: { ListID: 1 },
	},
	{
		name: 'Contact List › Create',
		parameters: {
			resource: 'contactList',
			operation: 'create',
			listName: 'Test Group',
			listFields: { ListDescription: 'for test' },
		},
		method: 'POST',
		path: '/v1/lists',
		body: { ListName: 'Test Group', ListDescription: 'for test' },
		answer: { ListID: 8 },
	},
	{
		name: 'Contact List › Delete',
		parameters: { resource: 'contactList', operation: 'delete', listId: '8' },
		method: 'DELETE',
		path: '/v1/lists/8',
		answer: '',
	},
	{
		name: 'Contact List › Get Contacts',
		parameters: {
			resource: 'contactList',
			operation: 'getContacts',
			listId: '34',
			returnAll: true,
		},
		method: 'GET',
		path: '/v1/lists/34/contacts',
		answer: feed([{ PersonID: 1 }]),
	},
	{
		name: 'Contact List › Remove Contact',
		parameters: {
			resource: 'contactList',
			operation: 'removeContact',
			listId: '34',
			listContactId: '4951360',
		},
		method: 'DELETE',
		path: '/v1/lists/34/contacts/4951360',
		answer: '',
	},
	{
		name: 'Contact List › Remove Contacts',
		parameters: {
			resource: 'contactList',
			operation: 'removeContacts',
			listId: '34',
			all: false,
			contactIds: '5',
		},
		method: 'DELETE',
		path: '/v1/lists/34/contacts',
		body: [{ PersonID: 5 }],
		answer: '',
	},
	{
		name: 'Contact List › Empty Deleted Folder',
		parameters: { resource: 'contactList', operation: 'purgeDeleted', all: true },
		method: 'DELETE',
		path: '/v1/lists/deleted/contacts',
		answer: '',
	},
	{
		name: 'Opt Out › Get Many',
		parameters: {
			resource: 'optOut',
			operation: 'getAll',
			returnAll: true,
			options: { dateFrom: '2020-10-01T00:00:00' },
		},
		method: 'GET',
		path: '/v1/optouts?date-from=2020-10-01',
		answer: feed([{ PhoneNumber: '2145551234' }]),
	},
	{
		name: 'Broadcast › Create (voice message to lists, start date converted)',
		parameters: {
			resource: 'broadcast',
			operation: 'create',
			broadcastName: 'Testing',
			broadcastType: 'Announcement',
			contactSource: 'lists',
			listIds: '2, 14',
			audioId: 'zx1234',
			additionalFields: {
				startDate: '2020-02-01T13:15:00',
				checkCallingWindow: true,
				callerId: '9725551212',
				retryTimes: 2,
				callThrottle: 10,
			},
		},
		method: 'POST',
		path: '/v1/broadcasts',
		body: {
			BroadcastName: 'Testing',
			BroadcastType: 'Announcement',
			Lists: [{ ListID: 2 }, { ListID: 14 }],
			Audio: { AudioID: 'zx1234' },
			StartDate: '2/1/2020 1:15PM',
			CheckCallingWindow: true,
			CallerID: '9725551212',
			RetryTimes: 2,
			CallThrottle: 10,
		},
		answer: { BroadcastID: 39609 },
	},
];

beforeEach(() => clearLoginCache());
afterEach(() => nock.cleanAll());

describe('Call-Em-All › every operation sends a signed request', () => {
	it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, testCase) => {
		const seen: Seen[] = [];
		const pathOnly = testCase.path.split('?')[0];
		nock(BASE)
			.intercept(pathOnly, testCase.method)
			.query(true)
			.reply(recordTo(seen, 200, testCase.answer));

		const { items, error } = await run(testCase.parameters);

		expect(error).toBeUndefined();
		expect(seen).toHaveLength(1);
		expect(seen[0].method).toBe(testCase.method);
		expect(new URL(seen[0].path, BASE).pathname).toBe(pathOnly);
		expect(Object.fromEntries(new URL(seen[0].path, BASE).searchParams)).toEqual(
			Object.fromEntries(new URL(testCase.path, BASE).searchParams),
		);
		if (testCase.body !== undefined) expect(bodyOf(seen[0])).toEqual(testCase.body);
		const oauth = parseAuthorization(seen[0].authorization);
		expect(oauth.oauth_consumer_key).toBe(APP_KEY);
		expect(oauth.oauth_token).toBe(AUTH_TOKEN);
		expect(oauth.oauth_signature_method).toBe('HMAC-SHA1');
		expect(signatureVerifies(testCase.method, seen[0].path, seen[0].authorization)).toBe(true);
		expect(items.length).toBeGreaterThan(0);
		expect(JSON.stringify(items)).not.toContain(SECRET_KEY);
	});
});

// Bad input is refused in a preSend hook (a NodeOperationError); the shared transport hands
// it on as a NodeApiError with the same message, so the tests check the message and that no
// request went out (nock would fail on an unexpected one).
describe('Call-Em-All › Broadcast › Create', () => {
	it('sends a text message broadcast to contacts written as JSON', async () => {
		const seen: Seen[] = [];
		nock(BASE)
			.post('/v1/broadcasts')
			.reply(recordTo(seen, 200, { BroadcastID: 1 }));
		const { error } = await run({
			resource: 'broadcast',
			operation: 'create',
			broadcastName: 'Text',
			broadcastType: 'SMS',
			contactSource: 'json',
			contactsJson: '[{"phone": "2145551234", "FirstName": "Jack"}]',
			textMessage: 'Hello',
		});
		expect(error).toBeUndefined();
		expect(bodyOf(seen[0])).toEqual({
			BroadcastName: 'Text',
			BroadcastType: 'SMS',
			Contacts: [{ PrimaryPhone: '2145551234', FirstName: 'Jack' }],
			TextMessage: 'Hello',
		});
	});

	it("uses the current item's fields as the contact of a combined broadcast", async () => {
		const seen: Seen[] = [];
		nock(BASE)
			.post('/v1/broadcasts')
			.reply(recordTo(seen, 200, { BroadcastID: 1 }));
		const { error } = await run(
			{
				resource: 'broadcast',
				operation: 'create',
				broadcastName: 'Combo',
				broadcastType: 'SMSAndAnnouncement',
				contactSource: 'item',
				audioId: 'a1',
				textMessage: 'Hi',
			},
			{ input: [{ json: { PhoneNumber: '2145550000', LastName: 'Doe' } }] },
		);
		expect(error).toBeUndefined();
		expect(bodyOf(seen[0])).toMatchObject({
			Contacts: [{ PrimaryPhone: '2145550000', LastName: 'Doe' }],
			Audio: { AudioID: 'a1' },
			TextMessage: 'Hi',
		});
	});

	it('sends one broadcast to all input items, with mapped fields, and outputs it once', async () => {
		const seen: Seen[] = [];
		const scope = nock(BASE)
			.post('/v1/broadcasts')
			.reply(recordTo(seen, 200, { BroadcastID: 77, BroadcastStatus: 'Pending' }));
		const people = [
			{ mobile: '2145550001', name: 'Ann' },
			{ mobile: '2145550002', name: 'Bob' },
			{ mobile: '2145550003', name: 'Cy' },
		];
		const { items, error } = await run(
			{
				resource: 'broadcast',
				operation: 'create',
				broadcastName: 'Everyone',
				broadcastType: 'SMS',
				contactSource: 'allItems',
				contactPhone: '={{ $json.mobile }}',
				contactFirstName: '={{ $json.name }}',
				textMessage: 'Hi',
			},
			{ input: people.map((json) => ({ json })) },
		);
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(seen).toHaveLength(1);
		expect(bodyOf(seen[0])).toMatchObject({
			BroadcastName: 'Everyone',
			BroadcastType: 'SMS',
			TextMessage: 'Hi',
			Contacts: people.map((p) => ({ PrimaryPhone: p.mobile, FirstName: p.name })),
		});
		expect(items).toHaveLength(1);
		expect(items[0].json.BroadcastID).toBe(77);
		expect(items[0].pairedItem).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});

	it('refuses an input item without a phone number, before any request', async () => {
		const { error } = await run(
			{
				resource: 'broadcast',
				operation: 'create',
				broadcastName: 'Everyone',
				broadcastType: 'SMS',
				contactSource: 'allItems',
				textMessage: 'Hi',
			},
			{ input: [{ json: { Phone: '2145550001' } }, { json: { FirstName: 'No phone' } }] },
		);
		expect(error?.message).toBe('Item 2 has no phone number');
	});

	it.each([
		['an empty contact set', { listIds: '' }, 'The broadcast has no contacts'],
		[
			'a start date that does not parse',
			{ additionalFields: { startDate: 'next tuesday-ish' } },
			'The start date "next tuesday-ish" is not a date',
		],
		['an unknown broadcast type', { broadcastType: 'Fax' }, 'Unknown broadcast type "Fax"'],
	])('refuses %s before any request', async (_name, change, message) => {
		const { error } = await run({
			resource: 'broadcast',
			operation: 'create',
			broadcastName: 'Bad',
			broadcastType: 'Announcement',
			contactSource: 'lists',
			listIds: '2',
			audioId: 'a1',
			...change,
		});
		expect(error?.message).toBe(message);
		expect(nock.pendingMocks()).toHaveLength(0);
	});

	it('refuses a credential without an App Key before any request', async () => {
		const { error } = await run(
			{ resource: 'contactList', operation: 'getEveryone' },
			{ credentials: { callEmAllApi: { ...CREDENTIALS.callEmAllApi, appKey: '' } } },
		);
		expect(error?.message).toBe('The Call-Em-All credential has no App Key');
	});
});

describe('Call-Em-All › feeds', () => {
	it('follows Next (relative, with or without /v1) until it is empty', async () => {
		const seen: Seen[] = [];
		nock(BASE)
			.get('/v1/broadcasts')
			.reply(
				recordTo(seen, 200, {
					Size: 3,
					Items: [{ BroadcastID: 1 }],
					Previous: null,
					Next: '/broadcasts?StartDate~gte~2014-01-01&pagesize=1&page=2',
				}),
			)
			.get('/v1/broadcasts')
			.query({ 'StartDate~gte~2014-01-01': '', pagesize: '1', page: '3' })
			.reply(
				recordTo(seen, 200, {
					Size: 3,
					Items: [{ BroadcastID: 3 }],
					Previous: '/v1/broadcasts?page=2',
					Next: '',
				}),
			)
			.get('/v1/broadcasts')
			.query({ 'StartDate~gte~2014-01-01': '', pagesize: '1', page: '2' })
			.reply(
				recordTo(seen, 200, {
					Size: 3,
					Items: [{ BroadcastID: 2 }],
					Previous: '/v1/broadcasts?page=1',
					Next: '/v1/broadcasts?StartDate~gte~2014-01-01&pagesize=1&page=3',
				}),
			);

		const { items, error } = await run({
			resource: 'broadcast',
			operation: 'getAll',
			returnAll: true,
		});

		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.BroadcastID)).toEqual([1, 2, 3]);
		expect(seen).toHaveLength(3);
		for (const request of seen) {
			expect(signatureVerifies('GET', request.path, request.authorization)).toBe(true);
		}
	});

	it('stops at the Limit', async () => {
		nock(BASE)
			.get('/v1/contacts')
			.query({ pagesize: '2' })
			.reply(200, {
				Size: 9,
				Items: [{ PersonID: 1 }, { PersonID: 2 }],
				Next: '/v1/contacts?pagesize=2&page=2',
			});
		const { items, error } = await run({
			resource: 'contact',
			operation: 'getAll',
			returnAll: false,
			limit: 2,
		});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(2);
		expect(nock.pendingMocks()).toHaveLength(0);
	});
});

describe('Call-Em-All › errors', () => {
	it('shows the vendor Message and, for a 401, the likely cause', async () => {
		nock(BASE).get('/v1/lists/everyone').reply(401, {
			ErrorCode: 1,
			ErrorName: 'Unauthorized',
			ErrorType: 'Auth',
			Message: 'Invalid token.',
		});
		const { error } = await run({ resource: 'contactList', operation: 'getEveryone' });
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toBe(
			'Invalid token. (check the App Key and Secret Key, or the Auth Token may have expired)',
		);
		expect(JSON.stringify(error)).not.toContain(SECRET_KEY);
	});

	it('keeps going with Continue On Fail', async () => {
		nock(BASE).get('/v1/contacts/9').reply(404, {
			ErrorCode: 404,
			ErrorName: 'NotFound',
			ErrorType: 'Client',
			Message: 'Contact not found.',
		});
		const { items, error } = await run(
			{ resource: 'contact', operation: 'get', contactId: '9' },
			{ continueOnFail: true },
		);
		expect(error).toBeUndefined();
		expect(items[0].json.error).toBe('Contact not found.');
	});
});

describe('Call-Em-All › log in with user name and PIN', () => {
	const loginCredentials = {
		callEmAllApi: {
			...CREDENTIALS.callEmAllApi,
			authToken: '',
			username: 'apitest@cea',
			pinCode: ['p', 'i', 'n', '9'].join(''),
		},
	};
	const ZERO = '00000000-0000-0000-0000-000000000000';
	const issued = ['issued', 'token', '77'].join('-');

	it('logs in once with the all-zero token, then signs with the token it got', async () => {
		const seen: Seen[] = [];
		nock(BASE)
			.post('/v1/user/login')
			.reply(recordTo(seen, 200, { UserID: 73312, AuthToken: issued }))
			.get('/v1/lists/everyone')
			.times(2)
			.reply(recordTo(seen, 200, { ListID: 1 }));

		const first = await run(
			{ resource: 'contactList', operation: 'getEveryone' },
			{ credentials: loginCredentials },
		);
		const second = await run(
			{ resource: 'contactList', operation: 'getEveryone' },
			{ credentials: loginCredentials },
		);

		expect(first.error).toBeUndefined();
		expect(second.error).toBeUndefined();
		expect(seen.map((s) => s.path)).toEqual([
			'/v1/user/login',
			'/v1/lists/everyone',
			'/v1/lists/everyone',
		]);
		expect(bodyOf(seen[0])).toEqual({
			UserName: 'apitest@cea',
			PinCode: loginCredentials.callEmAllApi.pinCode,
		});
		expect(parseAuthorization(seen[0].authorization).oauth_token).toBe(ZERO);
		expect(parseAuthorization(seen[1].authorization).oauth_token).toBe(issued);
		for (const request of seen) {
			expect(signatureVerifies(request.method, request.path, request.authorization)).toBe(true);
		}
	});

	it('offers Log In as an operation, signed with the all-zero token', async () => {
		const seen: Seen[] = [];
		nock(BASE)
			.post('/v1/user/login')
			.reply(recordTo(seen, 200, { UserID: 5, AuthToken: issued }));
		const { items, error } = await run({
			resource: 'user',
			operation: 'logIn',
			userName: 'other',
			pinCode: 'x1',
		});
		expect(error).toBeUndefined();
		expect(items[0].json).toEqual({ UserID: 5, AuthToken: issued });
		expect(bodyOf(seen[0])).toEqual({ UserName: 'other', PinCode: 'x1' });
		expect(parseAuthorization(seen[0].authorization).oauth_token).toBe(ZERO);
		expect(signatureVerifies('POST', seen[0].path, seen[0].authorization)).toBe(true);
	});

	it('refuses a credential with neither an Auth Token nor a user name and PIN', async () => {
		const { error } = await run(
			{ resource: 'contactList', operation: 'getEveryone' },
			{ credentials: { callEmAllApi: { ...CREDENTIALS.callEmAllApi, authToken: '' } } },
		);
		expect(error?.message).toBe(
			'The Call-Em-All credential needs an Auth Token, or a user name and PIN to log in with',
		);
	});
});
