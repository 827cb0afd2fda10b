/** Made-up Call-Em-All credentials (built at run time) and an independent OAuth 1.0a checker. */
import { createHmac } from 'crypto';
import nock from 'nock';

export const BASE = 'https://rest.text-em-all.com';

export const APP_KEY = ['cea', 'app', 'key', '42'].join('-');
export const SECRET_KEY = ['cea', 'SECRET', 'key', '0123456789'].join('-');
export const AUTH_TOKEN = ['tok', 'en', '1111', '2222'].join('-');

export const CREDENTIALS = {
	callEmAllApi: {
		appKey: APP_KEY,
		secretKey: SECRET_KEY,
		authToken: AUTH_TOKEN,
		username: '',
		pinCode: '',
		baseUrl: BASE,
	},
};

/** RFC 3986 unreserved characters stay, everything else is %XX of its UTF-8 bytes. */
function rfc3986(value: string): string {
	let out = '';
	for (const byte of Buffer.from(value, 'utf8')) {
		const char = String.fromCharCode(byte);
		out += /[A-Za-z0-9\-._~]/.test(char)
			? char
			: '%' + byte.toString(16).toUpperCase().padStart(2, '0');
	}
	return out;
}

export function parseAuthorization(header: string): Record<string, string> {
	expect(header.startsWith('OAuth ')).toBe(true);
	const params: Record<string, string> = {};
	for (const part of header.slice(6).split(',')) {
		const match = /^\s*([a-z_]+)="([^"]*)"$/.exec(part);
		if (!match) throw new Error(`bad OAuth header part: ${part}`);
		params[match[1]] = decodeURIComponent(match[2]);
	}
	return params;
}

/**
 * Recomputes the signature of a received request on its own, and says whether the header's
 * oauth_signature matches it (signing key = enc(secret) + "&", no token secret).
 */
export function signatureVerifies(
	method: string,
	pathWithQuery: string,
	header: string,
	secret = SECRET_KEY,
): boolean {
	const params = parseAuthorization(header);
	const url = new URL(pathWithQuery, BASE);
	const pairs: string[] = [];
	for (const [key, value] of Object.entries(params)) {
		if (key !== 'oauth_signature') pairs.push(`${rfc3986(key)}=${rfc3986(value)}`);
	}
	url.searchParams.forEach((value, key) => pairs.push(`${rfc3986(key)}=${rfc3986(value)}`));
	pairs.sort();
	const base = `${method.toUpperCase()}&${rfc3986(url.origin + url.pathname)}&${rfc3986(pairs.join('&'))}`;
	const expected = createHmac('sha1', `${rfc3986(secret)}&`)
		.update(base)
		.digest('base64');
	return expected === params.oauth_signature;
}

export interface Seen {
	method: string;
	path: string;
	authorization: string;
	body: unknown;
}

/** A nock interceptor reply that records the request and answers `status`, `answer`. */
export function recordTo(seen: Seen[], status: number, answer: unknown) {
	return function reply(this: nock.ReplyFnContext, uri: string, body: unknown) {
		seen.push({
			method: String(this.req.method),
			path: uri,
			authorization: String(this.req.headers.authorization ?? ''),
			body,
		});
		return [status, answer] as [number, unknown];
	};
}

/** A user-name-and-PIN credential (no Auth Token); the PIN is the short numeric kind. */
export const PIN = ['5', '5', '5', '5'].join('');
export const LOGIN_CREDENTIALS = {
	callEmAllApi: {
		...CREDENTIALS.callEmAllApi,
		authToken: '',
		username: 'apitest@cea',
		pinCode: PIN,
	},
};

export const ZERO = '00000000-0000-0000-0000-000000000000';

/** A login answer in the doc's shape, with a token told apart from the doc's all-zero one. */
export function loginAnswer(token: string) {
	return { UserID: 73312, AuthToken: token };
}

/** An error body in the doc's shape `{ErrorCode, ErrorName, ErrorType, Message}`. */
export function errorBody(message: string, code = 401, name = 'Unauthorized') {
	return { ErrorCode: code, ErrorName: name, ErrorType: 'Client', Message: message };
}

/**
 * The doc's own example responses (its JSON has trailing commas and a few unclosed strings;
 * these are the same values, written validly).
 */
export const DOC = {
	user: {
		UserID: 208867,
		UserName: 'apitest@cea',
		FirstName: 'Luke',
		LastName: 'Skywalker',
		Email: 'luke@galaxy.com',
		Phone: '2027075000',
		CallerID: '2027075000',
		Retries: 1,
		MaxMessageLength: 120,
		CallThrottle: 10,
		ContinueOnNextDay: true,
		StartTimeOfDay: { Hour: 7, Minute: 0 },
		StopTimeOfDay: { Hour: 20, Minute: 0 },
		CallingWindowDays: [
			'Sunday',
			'Monday',
			'Tuesday',
			'Wednesday',
			'Thursday',
			'Friday',
			'Saturday',
		],
		State: 'TX',
		Permissions: {
			CanSeeAllBroadcasts: true,
			CanSeeAllRoster: true,
			CanSeeAllAudio: true,
			CanSeeGroupAudio: true,
		},
	},
	/** Create Broadcast's example answer is cut short in the doc ("…"); these are its fields. */
	broadcastCreated: { BroadcastID: 1234535, PhoneNumberCount: 7 },
	broadcastFeed: {
		Size: 1,
		Items: [
			{
				Uri: '/v1/broadcasts/23718',
				UriBroadcastDetails: '/v1/broadcasts/23718/details',
				BroadcastName: 'Test Broadcast',
				BroadcastType: 'Announcement',
				BroadcastStatus: 'Complete',
				CreatedDate: '2014-01-01 15:54:12-0600',
				StartDate: '2014-01-01 15:54:13-0600',
				CallerID: '9725551212',
				CreditsUsed: 1.0,
				PhoneNumberCount: 1,
				TotalCompleted: 1,
				RetryTimes: 1,
				CallThrottle: 0,
				LivePersonTotal: 1,
				AnsweringMachineTotal: 0,
				BusyNoAnswerTotal: 0,
				InvalidNumberTotal: 0,
				SurveyResponseTotal: 0,
				SurveyResponses: null,
			},
		],
		Previous: null,
		Next: '/broadcasts?StartDate~gte~2014-01-01&StartDate~lte~2014-01-02& BroadcastStatus=Completed&pagesize=10&page=2',
	},
	broadcast: {
		Uri: '/v1/broadcasts/39609',
		UriBroadcastDetails: '/v1/broadcasts/39609/details',
		BroadcastID: 39609,
		BroadcastName: 'Test',
		BroadcastType: 'Announcement',
		BroadcastStatus: 'Complete',
		BroadcastStatusCategory: 'Completed',
		CreatedDate: '2017-05-25 17:54:12-0500',
		StartDate: '2017-05-25 17:54:11-0500',
		CompletedDate: '2017-05-25 17:54:53-0500',
		CallerID: '5052053399',
		CreditsUsed: 1.0,
		PhoneNumberCount: 1,
		TotalCompleted: 1,
		User: { Uri: '/v1/account/users/73312', UserID: 73312 },
		TransferAndConnect: null,
		Audio: { Uri: '/v1/audio/af0277', AudioID: 'af0277' },
		AudioVM: null,
		RetryTimes: 1,
		CallThrottle: 0,
		LivePersonTotal: 1,
		AnsweringMachineTotal: 0,
		BusyNoAnswerTotal: 0,
		InvalidNumberTotal: 0,
		SurveyResponseTotal: 0,
		TransferTotal: 0,
		SurveyResponses: null,
		MaxMessageLength: 30,
		ExcludedDaysIgnored: false,
		CallingWindowIgnored: false,
	},
	broadcastDetails: {
		Size: 1,
		Items: [
			{
				UriCallBroadcast: '/v1/broadcasts/39609',
				PhoneNumber: '2145555055',
				NumberOfAttempts: 1,
				LastCallTime: '2017-05-25 17:54:53-0500',
				FirstName: 'John',
				LastName: 'Doe',
				Notes: null,
				IntegrationData: 'A67CH829',
				SurveyResult: null,
				CallResultCategory: 'Live Answer',
				CallStatus: 'Completed',
				TransferDuration: 0,
				TransferCredits: 0.0,
				IsTransferInitiated: false,
			},
		],
		Previous: null,
		Next: null,
	},
	conversation: {
		ConversationID: 10228,
		TextNumberID: 98615,
		PhoneNumber: '2145555055',
		IsDone: false,
		IsAutoOptOut: false,
		FirstName: 'James',
		LastName: 'Polk',
		Notes: null,
		IntegrationData: 'A67CH829',
		TextPhoneNumber: '18338028132',
	},
	contactFeed: {
		Size: 4233,
		Items: [
			{
				Uri: '/v1/contacts/4947403',
				FirstName: '',
				LastName: '',
				PrimaryPhone: '2145554846',
				SecondaryPhone: '',
				TertiaryPhone: '',
				Notes: '',
				IntegrationData: '',
			},
			{
				Uri: '/v1/contacts/4947408',
				FirstName: '',
				LastName: '',
				PrimaryPhone: '2145554875',
				SecondaryPhone: '',
				TertiaryPhone: '',
				Notes: '',
				IntegrationData: '',
			},
		],
		Previous: null,
		Next: '/v1/contacts?page=2',
	},
	contact: {
		Uri: '/contacts/4947403',
		FirstName: 'Bob',
		LastName: 'Lilly',
		PrimaryPhone: '2145554846',
		SecondaryPhone: '',
		TertiaryPhone: '',
		Notes: '',
	},
	contactCreated: {
		Uri: '/v1/contacts/4951360',
		FirstName: 'John',
		LastName: 'Doe',
		PrimaryPhone: '2145555055',
		SecondaryPhone: '',
		TertiaryPhone: '',
		Notes: 'cell',
		PersonID: 4951360,
	},
	listFeed: {
		Size: 2,
		Items: [
			{
				Uri: '/v1/lists/everyone',
				ListID: 0,
				ListType: 'System',
				ListName: 'Everyone',
				ListDescription: '',
				SMSName: '',
				IsAutoReplyOn: false,
				AutoReplyMessage: '',
				LastUpdated: '2015-12-28 16:14:20.613-0600',
				RosterCount: 4233,
			},
			{
				Uri: '/v1/lists/35',
				ListID: 35,
				ListType: 'User',
				ListName: '11 (Copy)',
				ListDescription: '',
				SMSName: '',
				IsAutoReplyOn: false,
				AutoReplyMessage: '',
				LastUpdated: '2018-12-10 13:49:32.543-0600',
				RosterCount: 0,
			},
		],
		Previous: null,
		Next: null,
	},
	list: {
		Uri: '/v1/lists/34',
		ListID: 34,
		ListType: 'User',
		ListName: 'Template Demo',
		ListDescription: '',
		SMSName: '',
		IsAutoReplyOn: false,
		AutoReplyMessage: '',
		LastUpdated: '2018-10-31 08:34:08.11-0500',
		RosterCount: 2,
	},
	everyone: {
		Uri: '/v1/lists/everyone',
		ListID: 0,
		ListType: 'System',
		ListName: 'Everyone',
		ListDescription: '',
		SMSName: '',
		IsAutoReplyOn: false,
		AutoReplyMessage: '',
		LastUpdated: '2015-12-28 16:14:20.613-0600',
		RosterCount: 4233,
	},
	listCreated: {
		Uri: '/v1/lists/8',
		ListID: 8,
		ListType: 'User',
		ListName: 'Test Group',
		ListDescription: 'Contact group created for test',
		SMSName: '',
		IsAutoReplyOn: false,
		AutoReplyMessage: '',
		LastUpdated: '2019-02-21 23:07:41.389-0600',
		RosterCount: 0,
	},
	listContacts: {
		Size: 2,
		Items: [
			{
				Uri: '/v1/contacts/7541',
				FirstName: 'Bob',
				LastName: 'White',
				PrimaryPhone: '5855550337',
				SecondaryPhone: '',
				TertiaryPhone: '',
				Notes: '',
			},
			{
				Uri: '/v1/contacts/8274',
				FirstName: 'Will',
				LastName: 'Grey',
				PrimaryPhone: '5855550339',
				SecondaryPhone: '',
				TertiaryPhone: '',
				Notes: '',
			},
		],
		Previous: null,
		Next: null,
	},
	optOutFeed: {
		Size: 2,
		Items: [
			{
				FirstName: 'Jack',
				LastName: 'Black',
				PhoneNumber: '2145551234',
				Notes: '',
				OptOutDate: '2016-07-14 16:18:47-0500',
				DoNotCall: true,
				DoNotText: false,
				GlobalOptOut: false,
			},
			{
				FirstName: '',
				LastName: '',
				PhoneNumber: '2145559999',
				Notes: '',
				OptOutDate: '2016-07-15 09:11:34-0500',
				DoNotCall: false,
				DoNotText: true,
				GlobalOptOut: false,
			},
		],
		Previous: null,
		Next: null,
	},
};
