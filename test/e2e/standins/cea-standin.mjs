// A local stand-in for the Call-Em-All (Text-Em-All) REST API that answers as its doc shows:
// every request must carry an OAuth 1.0a HMAC-SHA1 `Authorization` header (consumer key = App
// Key, secret = Secret Key, token = Auth Token, no token secret), checked here with an
// independent implementation; feeds are `{Size, Items, Previous, Next}`; errors are
// `{ErrorCode, ErrorName, Message}`. `POST /v1/user/login` takes `{UserName, PinCode}` signed with the
// keys alone (any token) and answers `{UserID, AuthToken}`; `expireLogins()` makes the tokens it
// issued invalid, as an expired session would be.
import { createHmac, randomUUID } from 'node:crypto';

import { createStandIn, json } from './fault-kit.mjs';

const failure = (status, name, message) => ({ ErrorCode: status, ErrorName: name, Message: message });
const enc = (value) => encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

function parseOAuth(header) {
	if (!/^OAuth /.test(header ?? '')) return undefined;
	return Object.fromEntries([...header.slice(6).matchAll(/(\w+)="([^"]*)"/g)].map(([, k, v]) => [k, decodeURIComponent(v)]));
}

/** Whether the header's signature is right for this request (RFC 5849 §3.4). */
function verify(entry, oauth, secretKey, origin) {
	const params = [...Object.entries(oauth).filter(([k]) => k !== 'oauth_signature'), ...Object.entries(entry.query)];
	const normalized = params.map(([k, v]) => [enc(k), enc(String(v))]).sort((a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : 1) : a[0] < b[0] ? -1 : 1)).map(([k, v]) => `${k}=${v}`).join('&');
	const base = [entry.method, enc(`${origin}${entry.path}`), enc(normalized)].join('&');
	const expected = createHmac('sha1', `${enc(secretKey)}&`).update(base).digest('base64');
	return expected === oauth.oauth_signature;
}

const broadcast = (id, status = 'Complete') => ({ Uri: `/v1/broadcasts/${id}`, UriBroadcastDetails: `/v1/broadcasts/${id}/details`, BroadcastID: id, BroadcastName: 'Test', BroadcastType: 'Announcement', BroadcastStatus: status, BroadcastStatusCategory: 'Completed', CreatedDate: '2017-05-25 17:54:12-0500', StartDate: '2017-05-25 17:54:11-0500', CallerID: '5052053399', CreditsUsed: 1.0, PhoneNumberCount: 1, TotalCompleted: 1 });
const contact = (id) => ({ Uri: `/v1/contacts/${id}`, FirstName: 'Bob', LastName: 'White', PrimaryPhone: '5855550337', SecondaryPhone: '', TertiaryPhone: '', Notes: '', IntegrationData: '' });

export async function startCallEmAll({ appKey, secretKey, authToken, userName, pinCode, port = 0, latencyMs = 0 }) {
	const issued = new Set();
	const everIssued = [];
	const state = { broadcasts: [], optouts: [
		{ FirstName: 'Jack', LastName: 'Black', PhoneNumber: '2145551234', Notes: '', OptOutDate: '2016-07-14 16:18:47-0500', DoNotCall: true, DoNotText: false, GlobalOptOut: false },
		{ FirstName: '', LastName: '', PhoneNumber: '2145559999', Notes: '', OptOutDate: '2016-07-15 09:11:34-0500', DoNotCall: false, DoNotText: true, GlobalOptOut: false },
	], nextBroadcast: 1234535 };
	let origin = '';
	const handle = (entry, res) => {
		const oauth = parseOAuth(entry.headers.authorization);
		if (entry.method === 'POST' && entry.path === '/v1/user/login' && oauth?.oauth_consumer_key === appKey) {
			entry.signatureValid = verify(entry, oauth, secretKey, origin);
			if (!entry.signatureValid) return json(res, 401, failure(401, 'InvalidSignature', 'The OAuth signature does not match.'));
			if (!userName || entry.body?.UserName !== userName || entry.body?.PinCode !== pinCode) return json(res, 401, failure(401, 'InvalidCredentials', 'The user name or PIN code is not valid.'));
			const token = randomUUID();
			issued.add(token);
			everIssued.push(token);
			return json(res, 200, { UserID: 73312, AuthToken: token });
		}
		if (!oauth || oauth.oauth_consumer_key !== appKey || (oauth.oauth_token !== authToken && !issued.has(oauth.oauth_token))) return json(res, 401, failure(401, 'Unauthorized', 'The request is not signed with a known App Key and Auth Token.'));
		entry.signatureValid = verify(entry, oauth, secretKey, origin);
		if (!entry.signatureValid) return json(res, 401, failure(401, 'InvalidSignature', 'The OAuth signature does not match.'));
		let match;
		if (entry.method === 'POST' && entry.path === '/v1/broadcasts') {
			const contacts = entry.body?.Contacts ?? [];
			if (!entry.body?.BroadcastType) return json(res, 400, failure(400, 'InvalidRequest', 'BroadcastType is required.'));
			const created = { ...broadcast(state.nextBroadcast++, 'Pending'), BroadcastName: entry.body.BroadcastName, BroadcastType: entry.body.BroadcastType, PhoneNumberCount: contacts.length };
			state.broadcasts.push(created);
			return json(res, 200, created);
		}
		if (entry.method === 'GET' && entry.path === '/v1/broadcasts') return json(res, 200, { Size: state.broadcasts.length, Items: state.broadcasts, Previous: null, Next: null });
		if (entry.method === 'GET' && (match = /^\/v1\/contacts\/(\d+)$/.exec(entry.path))) return json(res, 200, contact(match[1]));
		if (entry.method === 'GET' && entry.path === '/v1/optouts') return json(res, 200, { Size: state.optouts.length, Items: state.optouts, Previous: null, Next: null });
		// The doc's list feed (GET /v1/lists), trimmed to a system list and a user list.
		if (entry.method === 'GET' && entry.path === '/v1/lists') return json(res, 200, { Size: 2, Items: [{ Uri: '/v1/lists/everyone', ListID: 0, ListType: 'System', ListName: 'Everyone', ListDescription: '', SMSName: '', IsAutoReplyOn: false, AutoReplyMessage: '', LastUpdated: '2015-12-28 16:14:20.613-0600', RosterCount: 4233 }, { Uri: '/v1/lists/36', ListID: 36, ListType: 'User', ListName: '101', ListDescription: '', SMSName: '', IsAutoReplyOn: false, AutoReplyMessage: '', LastUpdated: '2019-01-21 11:55:40.317-0600', RosterCount: 302 }], Previous: null, Next: null });
		if (entry.method === 'GET' && entry.path === '/v1/lists/everyone') return json(res, 200, { Uri: '/v1/lists/everyone', ListID: 0, ListType: 'System', ListName: 'Everyone', RosterCount: 4233 });
		return json(res, 404, failure(404, 'NotFound', `${entry.method} ${entry.path} was not found.`));
	};
	handle.fail = (entry, res) => json(res, 404, failure(404, 'NotFound', 'The contact was not found.'));
	const standIn = await createStandIn({ port, latencyMs, handle, errorBody: (status) => failure(status, status === 429 ? 'TooManyRequests' : 'ServerError', status === 429 ? 'Too many requests.' : 'Something went wrong.') });
	origin = standIn.url;
	// `issuedTokens()`: every login token handed out, for the search for leaked secrets.
	return { ...standIn, state, expireLogins: () => issued.clear(), issuedTokens: () => [...everIssued] };
}
