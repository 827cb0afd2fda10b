import nock from 'nock';

import { clearLoginCache } from '../../../nodes/CallEmAll/GenericFunctions';
import { runNode } from '../../helpers/harness';
import {
	APP_KEY,
	AUTH_TOKEN,
	BASE,
	CREDENTIALS,
	DOC,
	LOGIN_CREDENTIALS,
	PIN,
	SECRET_KEY,
	ZERO,
	errorBody,
	loginAnswer,
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
	/** The token the request is signed with (the all-zero one for the login). */
	token?: string;
}

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
		answer: DOC.user,
	},
	{
		name: 'Account User › Update',
		parameters: {
			resource: 'user',
			operation: 'update',
			userId: '208867',
			userFields: { json: '{"Permissions":{"CanSeeAllBroadcasts":true}}' },
		},
		method: 'PUT',
		path: '/v1/account/users/208867',
		body: { Permissions: { CanSeeAllBroadcasts: true } },
		answer: DOC.user,
	},
	{
		name: 'Account User › Log In',
		parameters: { resource: 'user', operation: 'logIn', userName: 'apitest@cea', pinCode: 'x1' },
		method: 'POST',
		path: '/v1/user/login',
		body: { UserName: 'apitest@cea', PinCode: 'x1' },
		answer: loginAnswer(ZERO),
		token: ZERO,
	},
	{
		name: 'Broadcast › Get',
		parameters: { resource: 'broadcast', operation: 'get', broadcastId: '39609' },
		method: 'GET',
		path: '/v1/broadcasts/39609',
		answer: DOC.broadcast,
	},
	{
		name: 'Broadcast › Get Many (status, type, dates, sort)',
		parameters: {
			resource: 'broadcast',
			operation: 'getAll',
			returnAll: false,
			limit: 1,
			options: {
				broadcastStatus: 'Completed',
				broadcastType: 'Announcement',
				startDateFrom: '2014-01-01T00:00:00',
				startDateTo: '2014-01-02T00:00:00',
				sortBy: '-StartDate,CreatedDate',
			},
		},
		method: 'GET',
		path: '/v1/broadcasts?StartDate~gte~2014-01-01&StartDate~lte~2014-01-02&sortby=-StartDate%2CCreatedDate&BroadcastStatus=Completed&BroadcastType=Announcement&pagesize=1',
		answer: DOC.broadcastFeed,
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
		answer: DOC.broadcastDetails,
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
		answer: DOC.conversation,
	},
	{
		name: 'Contact › Get Many (search fields)',
		parameters: {
			resource: 'contact',
			operation: 'getAll',
			returnAll: false,
			limit: 2,
			options: {
				filterPrimaryPhone: '2145554846',
				filterLastName: 'Lilly',
				filterIntegrationData: 'A67CH829',
			},
		},
		method: 'GET',
		path: '/v1/contacts?PrimaryPhone=2145554846&LastName=Lilly&IntegrationData=A67CH829&pagesize=2',
		answer: DOC.contactFeed,
	},
	{
		name: 'Contact › Get',
		parameters: { resource: 'contact', operation: 'get', contactId: '4947403' },
		method: 'GET',
		path: '/v1/contacts/4947403',
		answer: DOC.contact,
	},
	{
		name: 'Contact › Create',
		parameters: {
			resource: 'contact',
			operation: 'create',
			primaryPhone: '2145555055',
			contactFields: { FirstName: 'John', LastName: 'Doe', Notes: 'cell' },
		},
		method: 'POST',
		path: '/v1/contacts',
		body: { PrimaryPhone: '2145555055', FirstName: 'John', LastName: 'Doe', Notes: 'cell' },
		answer: DOC.contactCreated,
	},
	{
		name: 'Contact › Delete',
		parameters: { resource: 'contact', operation: 'delete', contactId: '4947403' },
		method: 'DELETE',
		path: '/v1/contacts/4947403',
		answer: '',
	},
	{
		name: 'Contact › Delete Many (one request with a body, chosen explicitly)',
		parameters: {
			resource: 'contact',
			operation: 'deleteMany',
			all: false,
			contactIds: '1, 2',
			deleteRequests: 'bulk',
		},
		method: 'DELETE',
		path: '/v1/contacts',
		body: [{ PersonID: 1 }, { PersonID: 2 }],
		answer: '',
	},
	{
		name: 'Contact List › Get Many (Return All asks for full pages)',
		parameters: { resource: 'contactList', operation: 'getAll', returnAll: true },
		method: 'GET',
		path: '/v1/lists?pagesize=1000',
		answer: DOC.listFeed,
	},
	{
		name: 'Contact List › Get',
		parameters: { resource: 'contactList', operation: 'get', listId: '34' },
		method: 'GET',
		path: '/v1/lists/34',
		answer: DOC.list,
	},
	{
		name: 'Contact List › Get Everyone List',
		parameters: { resource: 'contactList', operation: 'getEveryone' },
		method: 'GET',
		path: '/v1/lists/everyone',
		answer: DOC.everyone,
	},
	{
		name: 'Contact List › Create',
		parameters: {
			resource: 'contactList',
			operation: 'create',
			listName: 'Test Group',
			listFields: { ListDescription: 'Contact group created for test' },
		},
		method: 'POST',
		path: '/v1/lists',
		body: { ListName: 'Test Group', ListDescription: 'Contact group created for test' },
		answer: DOC.listCreated,
	},
	{
		name: 'Contact List › Delete',
		parameters: { resource: 'contactList', operation: 'delete', listId: '8' },
		method: 'DELETE',
		path: '/v1/lists/8',
		answer: '',
	},
	{
		name: 'Contact List › Get Contacts (search fields, page size)',
		parameters: {
			resource: 'contactList',
			operation: 'getContacts',
			listId: '34',
			returnAll: true,
			options: { filterFirstName: 'Bob', pageSize: 50 },
		},
		method: 'GET',
		path: '/v1/lists/34/contacts?pagesize=50&FirstName=Bob',
		answer: DOC.listContacts,
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
		name: 'Contact List › Remove Contacts (one request with a body, chosen explicitly)',
		parameters: {
			resource: 'contactList',
			operation: 'removeContacts',
			listId: '34',
			all: false,
			contactIds: '5',
			deleteRequests: 'bulk',
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
		path: '/v1/optouts?date-from=2020-10-01&pagesize=1000',
		answer: DOC.optOutFeed,
	},
	{
		name: 'Broadcast › Create (voice message to lists, start date converted)',
		parameters: {
			resource: 'broadcast',
			operation: 'create',
			broadcastName: 'Testing',
			broadcastType: 'Announcement',
			contactSource: 'lists',
			// As the dropdown gives them (an expression may give "2, 14" instead).
			listIds: ['2', '14'],
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
		answer: DOC.broadcastCreated,
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
		expect(oauth.oauth_token).toBe(testCase.token ?? AUTH_TOKEN);
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
		['an empty choice of lists', { listIds: [] }, 'The broadcast has no contacts'],
		['a list ID that is not one', { listIds: '2, abc' }, 'Contact Lists: "abc" is not a list ID'],
		[
			'the Deleted folder (-2)',
			{ listIds: ['-2'] },
			'Contact Lists: "-2" is the Deleted folder, which a broadcast does not go to',
		],
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
		const [docItem] = DOC.broadcastFeed.Items;
		nock(BASE)
			.get('/v1/broadcasts')
			.query({ pagesize: '1000' })
			// The doc's own feed page, whose Next has a space before a parameter name.
			.reply(recordTo(seen, 200, DOC.broadcastFeed))
			.get('/v1/broadcasts')
			.query({
				'StartDate~gte~2014-01-01': '',
				'StartDate~lte~2014-01-02': '',
				BroadcastStatus: 'Completed',
				pagesize: '10',
				page: '2',
			})
			.reply(
				recordTo(seen, 200, {
					...DOC.broadcastFeed,
					Items: [{ ...docItem, Uri: '/v1/broadcasts/23719' }],
					Previous: '/v1/broadcasts?page=1',
					Next: '/v1/broadcasts?BroadcastName=Test Broadcast&pagesize=10&page=3',
				}),
			)
			.get('/v1/broadcasts')
			.query({ BroadcastName: 'Test Broadcast', pagesize: '10', page: '3' })
			.reply(
				recordTo(seen, 200, {
					...DOC.broadcastFeed,
					Items: [{ ...docItem, Uri: '/v1/broadcasts/23720' }],
					Previous: '/v1/broadcasts?page=2',
					Next: null,
				}),
			);

		const { items, error } = await run({
			resource: 'broadcast',
			operation: 'getAll',
			returnAll: true,
		});

		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.Uri)).toEqual([
			'/v1/broadcasts/23718',
			'/v1/broadcasts/23719',
			'/v1/broadcasts/23720',
		]);
		expect(seen).toHaveLength(3);
		// A space inside a value is kept (sent encoded), not squeezed out.
		expect(seen[2].path).toContain('BroadcastName=Test%20Broadcast');
		for (const request of seen) {
			expect(signatureVerifies('GET', request.path, request.authorization)).toBe(true);
		}
	});

	it('stops at the Limit', async () => {
		nock(BASE).get('/v1/contacts').query({ pagesize: '2' }).reply(200, DOC.contactFeed);
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

	it('refuses a date filter that is not a real date, before any request', async () => {
		const { error } = await run({
			resource: 'broadcast',
			operation: 'getAll',
			returnAll: true,
			options: { startDateFrom: '2024-02-31T00:00:00' },
		});
		expect(error?.message).toBe('Starts From "2024-02-31T00:00:00" is not a date');
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

	it('retries a 429 with a fresh nonce and a valid signature', async () => {
		const seen: Seen[] = [];
		nock(BASE)
			.get('/v1/lists/34')
			.reply(function reply(uri, body) {
				recordTo(seen, 429, {}).call(this, uri, body);
				return [
					429,
					errorBody('Too many requests', 429, 'TooManyRequests'),
					{ 'Retry-After': '0' },
				];
			})
			.get('/v1/lists/34')
			.reply(recordTo(seen, 200, DOC.list));

		const { items, error } = await run({ resource: 'contactList', operation: 'get', listId: '34' });

		expect(error).toBeUndefined();
		expect(items.map((item) => item.json)).toEqual([DOC.list]);
		expect(seen).toHaveLength(2);
		const [first, second] = seen.map((request) => parseAuthorization(request.authorization));
		expect(first.oauth_nonce).not.toBe(second.oauth_nonce);
		for (const request of seen) {
			expect(signatureVerifies('GET', request.path, request.authorization)).toBe(true);
		}
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

describe('Call-Em-All › Broadcast › Create, every type', () => {
	const base = {
		resource: 'broadcast',
		operation: 'create',
		broadcastName: 'Testing',
		contactSource: 'lists',
		listIds: '2, 14',
	};

	it.each([
		[
			'Survey',
			{ audioId: 'zx1234', additionalFields: { voicemailAudioId: 'vm77' } },
			{ Audio: { AudioID: 'zx1234' }, AudioVM: { AudioID: 'vm77' } },
		],
		[
			'SMSAndSurvey',
			{ audioId: 'zx1234', textMessage: 'Press 1 to confirm' },
			{ Audio: { AudioID: 'zx1234' }, TextMessage: 'Press 1 to confirm' },
		],
		[
			'TransferAndConnect',
			{
				audioId: 'zx1234',
				transferSettings: '{"TransferNumber": "9725551212", "TransferDigit": 1}',
				additionalFields: { voicemailAudioId: 'vm77' },
			},
			{
				Audio: { AudioID: 'zx1234' },
				AudioVM: { AudioID: 'vm77' },
				TransferAndConnect: { TransferNumber: '9725551212', TransferDigit: 1 },
			},
		],
	])('sends a %s broadcast', async (type, parameters, expected) => {
		const seen: Seen[] = [];
		nock(BASE)
			.post('/v1/broadcasts')
			.reply(recordTo(seen, 200, DOC.broadcastCreated));

		const { items, error } = await run({ ...base, broadcastType: type, ...parameters });

		expect(error).toBeUndefined();
		expect(bodyOf(seen[0])).toEqual({
			BroadcastName: 'Testing',
			BroadcastType: type,
			Lists: [{ ListID: 2 }, { ListID: 14 }],
			...expected,
		});
		expect(signatureVerifies('POST', seen[0].path, seen[0].authorization)).toBe(true);
		expect(items[0].json).toEqual(DOC.broadcastCreated);
	});

	it('refuses unparseable Transfer Settings before any request', async () => {
		const { error } = await run({
			...base,
			broadcastType: 'TransferAndConnect',
			audioId: 'zx1234',
			transferSettings: '{not json',
		});
		expect(error?.message).toBe('Transfer Settings is not valid JSON');
	});
});

describe('Call-Em-All › start date', () => {
	async function sentStartDate(startDate: unknown): Promise<unknown> {
		const seen: Seen[] = [];
		nock(BASE)
			.post('/v1/broadcasts')
			.reply(recordTo(seen, 200, DOC.broadcastCreated));
		const { error } = await run({
			resource: 'broadcast',
			operation: 'create',
			broadcastName: 'Testing',
			broadcastType: 'SMS',
			contactSource: 'lists',
			listIds: '2',
			textMessage: 'Hi',
			additionalFields: { startDate },
		});
		expect(error).toBeUndefined();
		return (bodyOf(seen[0]) as { StartDate?: unknown }).StartDate;
	}

	// The unit engine runs workflows in n8n's default time zone, America/New_York.
	it.each([
		['the API form as written', '2/1/2020 1:15PM', '2/1/2020 1:15PM'],
		['the API form in lower case with a space', '2/1/2020 1:15 pm', '2/1/2020 1:15PM'],
		['an ISO time without a zone, as written', '2024-02-01T13:15', '2/1/2024 1:15PM'],
		['an ISO time with seconds and milliseconds', '2024-02-01T00:05:09.123', '2/1/2024 12:05AM'],
		['an ISO time in UTC, in the workflow time zone', '2024-02-01T18:15:00Z', '2/1/2024 1:15PM'],
		[
			'an ISO time with an offset (Luxon, $now)',
			'2024-07-01T13:15:00.000-07:00',
			'7/1/2024 4:15PM',
		],
		['epoch milliseconds', String(Date.UTC(2024, 1, 1, 18, 15)), '2/1/2024 1:15PM'],
		['a leap day', '2024-02-29T09:00:00', '2/29/2024 9:00AM'],
	])('accepts %s', async (_name, input, expected) => {
		expect(await sentStartDate(input)).toBe(expected);
	});

	it.each([
		['an impossible ISO day', '2024-02-31T10:00'],
		['an impossible API day', '2/30/2024 1:15PM'],
		['February 29th of a common year', '2023-02-29T10:00'],
		['hour 13 in the 12-hour form', '2/1/2024 13:15PM'],
		['hour 24', '2024-02-01T24:00'],
		['words', 'next tuesday-ish'],
	])('refuses %s before any request', async (_name, input) => {
		const { error } = await run({
			resource: 'broadcast',
			operation: 'create',
			broadcastName: 'Testing',
			broadcastType: 'SMS',
			contactSource: 'lists',
			listIds: '2',
			textMessage: 'Hi',
			additionalFields: { startDate: input },
		});
		expect(error?.message).toBe(`The start date "${input}" is not a date`);
		expect(nock.pendingMocks()).toHaveLength(0);
	});
});

describe('Call-Em-All › a refused login token is replaced once', () => {
	const first = ['first', 'login', 'token', '0001'].join('-');
	const second = ['second', 'login', 'token', '0002'].join('-');

	it('logs in once more, and the retried request succeeds with the new token', async () => {
		const seen: Seen[] = [];
		nock(BASE)
			.post('/v1/user/login')
			.reply(recordTo(seen, 200, loginAnswer(first)))
			.get('/v1/lists/everyone')
			.reply(recordTo(seen, 401, errorBody('Invalid token.')))
			.post('/v1/user/login')
			.reply(recordTo(seen, 200, loginAnswer(second)))
			.get('/v1/lists/everyone')
			.reply(recordTo(seen, 200, DOC.everyone));

		const { items, error } = await run(
			{ resource: 'contactList', operation: 'getEveryone' },
			{ credentials: LOGIN_CREDENTIALS },
		);

		expect(error).toBeUndefined();
		expect(items.map((item) => item.json)).toEqual([DOC.everyone]);
		expect(seen.map((request) => `${request.method} ${request.path}`)).toEqual([
			'POST /v1/user/login',
			'GET /v1/lists/everyone',
			'POST /v1/user/login',
			'GET /v1/lists/everyone',
		]);
		expect(seen.map((request) => parseAuthorization(request.authorization).oauth_token)).toEqual([
			ZERO,
			first,
			ZERO,
			second,
		]);
		for (const request of seen) {
			expect(signatureVerifies(request.method, request.path, request.authorization)).toBe(true);
		}
		expect(nock.pendingMocks()).toHaveLength(0);
	});

	it('then keeps using the new token: no login for the next run', async () => {
		const tokens: string[] = [];
		const record = (status: number, answer: unknown) =>
			function reply(this: nock.ReplyFnContext) {
				tokens.push(parseAuthorization(String(this.req.headers.authorization)).oauth_token);
				return [status, answer] as [number, unknown];
			};
		nock(BASE)
			.post('/v1/user/login')
			.reply(200, loginAnswer(first))
			.get('/v1/lists/34')
			.reply(record(401, errorBody('Invalid token.')))
			.post('/v1/user/login')
			.reply(200, loginAnswer(second))
			.get('/v1/lists/34')
			.times(2)
			.reply(record(200, DOC.list));

		for (let runs = 0; runs < 2; runs++) {
			const { error } = await run(
				{ resource: 'contactList', operation: 'get', listId: '34' },
				{ credentials: LOGIN_CREDENTIALS },
			);
			expect(error).toBeUndefined();
		}
		expect(tokens).toEqual([first, second, second]);
		expect(nock.pendingMocks()).toHaveLength(0);
	});

	it('renews once for many items that saw the same token refused', async () => {
		let logins = 0;
		nock(BASE)
			.post('/v1/user/login')
			.times(2)
			.reply(() => {
				logins += 1;
				return [200, loginAnswer(logins === 1 ? first : second)];
			})
			.get(/\/v1\/contacts\/\d+/)
			.times(4)
			.reply(function reply() {
				const token = parseAuthorization(String(this.req.headers.authorization)).oauth_token;
				return token === first ? [401, errorBody('Invalid token.')] : [200, DOC.contact];
			});

		const { items, error } = await run(
			{ resource: 'contact', operation: 'get', contactId: '={{ $json.id }}' },
			{ credentials: LOGIN_CREDENTIALS, input: [{ json: { id: 1 } }, { json: { id: 2 } }] },
		);

		expect(error).toBeUndefined();
		expect(items).toHaveLength(2);
		expect(logins).toBe(2);
	});

	it('reports the likely cause when the new token is refused as well, without looping', async () => {
		const seen: Seen[] = [];
		nock(BASE)
			.post('/v1/user/login')
			.reply(recordTo(seen, 200, loginAnswer(first)))
			.get('/v1/lists/everyone')
			.reply(recordTo(seen, 401, errorBody('Invalid token.')))
			.post('/v1/user/login')
			.reply(recordTo(seen, 200, loginAnswer(second)))
			.get('/v1/lists/everyone')
			.reply(recordTo(seen, 401, errorBody('Invalid token.')));

		const { error } = await run(
			{ resource: 'contactList', operation: 'getEveryone' },
			{ credentials: LOGIN_CREDENTIALS },
		);

		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toBe(
			'Invalid token. (Call-Em-All refused the Auth Token it had just issued for this user name and PIN: check that the App Key and Secret Key belong to the same account as the user, and that the user may use the API)',
		);
		expect(seen).toHaveLength(4);
		expect(nock.pendingMocks()).toHaveLength(0);
		const text = JSON.stringify(error);
		for (const secret of [SECRET_KEY, first, second]) expect(text).not.toContain(secret);
	});

	it('does not log in for a refused Auth Token of the credential (nothing to renew)', async () => {
		nock(BASE).get('/v1/lists/everyone').reply(401, errorBody('Invalid token.'));
		const { error } = await run({ resource: 'contactList', operation: 'getEveryone' });
		expect(error?.message).toBe(
			'Invalid token. (check the App Key and Secret Key, or the Auth Token may have expired)',
		);
	});
});

describe('Call-Em-All › the login call and the PIN', () => {
	it('says the user name or PIN is wrong when the login itself is refused', async () => {
		nock(BASE).post('/v1/user/login').reply(401, errorBody('Invalid user name or PIN code.'));
		const { error } = await run(
			{ resource: 'contactList', operation: 'getEveryone' },
			{ credentials: LOGIN_CREDENTIALS },
		);
		expect(error?.message).toBe(
			'Invalid user name or PIN code. (the user name or PIN is wrong, or the App Key and Secret Key do not belong to an integration of this account)',
		);
	});

	it('says the same for the Log In operation', async () => {
		nock(BASE).post('/v1/user/login').reply(401, errorBody('Invalid user name or PIN code.'));
		const { error } = await run({
			resource: 'user',
			operation: 'logIn',
			userName: 'apitest@cea',
			pinCode: 'x1y2',
		});
		expect(error?.message).toContain('(the user name or PIN is wrong');
	});

	it('keeps a short PIN out of a login error, wherever it appears', async () => {
		nock(BASE)
			.post('/v1/user/login')
			.reply(400, errorBody(`PinCode ${PIN} is locked for apitest@cea`, 400, 'BadRequest'));
		const { error } = await run(
			{ resource: 'contactList', operation: 'getEveryone' },
			{ credentials: LOGIN_CREDENTIALS },
		);
		expect(error?.message).toBe('PinCode [redacted] is locked for apitest@cea');
		expect(JSON.stringify(error)).not.toContain(PIN);
	});

	it('keeps the PIN out of a Log In error, with Continue On Fail too', async () => {
		const pin = ['8', '1', '2', '7'].join('');
		nock(BASE)
			.post('/v1/user/login')
			.reply(400, errorBody(`PinCode ${pin} is locked`, 400, 'BadRequest'));
		const { items, error } = await run(
			{ resource: 'user', operation: 'logIn', userName: 'apitest@cea', pinCode: pin },
			{ continueOnFail: true },
		);
		expect(error).toBeUndefined();
		expect(items[0].json.error).toBe('PinCode [redacted] is locked');
		expect(JSON.stringify(items)).not.toContain(pin);
	});

	it('never alters vendor data that happens to contain a short PIN', async () => {
		nock(BASE)
			.post('/v1/user/login')
			.reply(200, loginAnswer(['session', 'token', '5'].join('-')))
			.post('/v1/contacts')
			.reply(200, DOC.contactCreated)
			.get('/v1/contacts/9')
			.reply(404, errorBody('Contact 2145555055 not found.', 404, 'NotFound'));

		const created = await run(
			{ resource: 'contact', operation: 'create', primaryPhone: '2145555055' },
			{ credentials: LOGIN_CREDENTIALS },
		);
		expect(created.error).toBeUndefined();
		// PIN 5555 inside 2145555055: the number comes out whole.
		expect(created.items[0].json).toEqual(DOC.contactCreated);

		// Nor in an error of a request that never carried the PIN.
		const missing = await run(
			{ resource: 'contact', operation: 'get', contactId: '9' },
			{ credentials: LOGIN_CREDENTIALS },
		);
		expect(missing.error?.message).toBe('Contact 2145555055 not found.');
	});

	it('hides a PIN field of an answer that equals the credential PIN', async () => {
		nock(BASE)
			.put('/v1/account/users/208867')
			.reply(200, { ...DOC.user, PinCode: PIN });
		const { items, error } = await run(
			{ resource: 'user', operation: 'update', userId: '208867', userFields: { PinCode: PIN } },
			{ credentials: { callEmAllApi: { ...CREDENTIALS.callEmAllApi, pinCode: PIN } } },
		);
		expect(error).toBeUndefined();
		expect(items[0].json).toEqual({ ...DOC.user, PinCode: '[redacted]' });
	});
});
