// A local stand-in for the Call-Em-All (Text-Em-All) REST API that answers as its doc shows:
// every request must carry an OAuth 1.0a HMAC-SHA1 `Authorization` header (consumer key = App
// Key, secret = Secret Key, token = Auth Token, no token secret), checked here with an
// independent implementation; feeds are `{Size, Items, Previous, Next}`; errors are
// `{ErrorCode, ErrorName, Message}`. `POST /v1/user/login` takes `{UserName, PinCode}` signed with the
// keys alone (any token) and answers `{UserID, AuthToken}`; `expireLogins()` makes the tokens it
// issued invalid, as an expired session would be.
import { createHmac, randomUUID } from 'node:crypto';

import { createStandIn, json } from './fault-kit.mjs';

const failure = (status, name, message) => ({
	ErrorCode: status,
	ErrorName: name,
	Message: message,
});
const enc = (value) =>
	encodeURIComponent(value).replace(
		/[!'()*]/g,
		(c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
	);

function parseOAuth(header) {
	if (!/^OAuth /.test(header ?? '')) return undefined;
	return Object.fromEntries(
		[...header.slice(6).matchAll(/(\w+)="([^"]*)"/g)].map(([, k, v]) => [k, decodeURIComponent(v)]),
	);
}

/** Whether the header's signature is right for this request (RFC 5849 §3.4). */
function verify(entry, oauth, secretKey, origin) {
	const params = [
		...Object.entries(oauth).filter(([k]) => k !== 'oauth_signature'),
		...Object.entries(entry.query),
	];
	const normalized = params
		.map(([k, v]) => [enc(k), enc(String(v))])
		.sort((a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : 1) : a[0] < b[0] ? -1 : 1))
		.map(([k, v]) => `${k}=${v}`)
		.join('&');
	const base = [entry.method, enc(`${origin}${entry.path}`), enc(normalized)].join('&');
	const expected = createHmac('sha1', `${enc(secretKey)}&`)
		.update(base)
		.digest('base64');
	return expected === oauth.oauth_signature;
}

const broadcast = (id, status = 'Complete') => ({
	Uri: `/v1/broadcasts/${id}`,
	UriBroadcastDetails: `/v1/broadcasts/${id}/details`,
	BroadcastID: id,
	BroadcastName: 'Test',
	BroadcastType: 'Announcement',
	BroadcastStatus: status,
	BroadcastStatusCategory: 'Completed',
	CreatedDate: '2017-05-25 17:54:12-0500',
	StartDate: '2017-05-25 17:54:11-0500',
	CallerID: '5052053399',
	CreditsUsed: 1.0,
	PhoneNumberCount: 1,
	TotalCompleted: 1,
});
// The doc's GET /v1/broadcasts/{id} examples.
const DOC_BROADCASTS = {
	39609: {
		...broadcast(39609),
		BroadcastName: 'Test',
		CompletedDate: '2017-05-25 17:54:53-0500',
		User: { Uri: '/v1/account/users/73312', UserID: 73312 },
		Audio: { Uri: '/v1/audio/af0277', AudioID: 'af0277' },
		RetryTimes: 1,
		CallThrottle: 0,
		LivePersonTotal: 1,
		AnsweringMachineTotal: 0,
		BusyNoAnswerTotal: 0,
		InvalidNumberTotal: 0,
	},
	33945: {
		Uri: '/v1/broadcasts/33945',
		UriBroadcastDetails: '/v1/broadcasts/33945/details',
		BroadcastID: 33945,
		BroadcastName: 'staging test',
		BroadcastType: 'SMS',
		BroadcastStatus: 'Complete',
		BroadcastStatusCategory: 'Completed',
		CreatedDate: '2016-07-14 16:18:55-0500',
		StartDate: '2016-07-14 16:18:47-0500',
		CompletedDate: '2016-07-14 16:19:12-0500',
		CallerID: '3125936821',
		CreditsUsed: 0.5,
		PhoneNumberCount: 1,
		TotalCompleted: 1,
		User: { Uri: '/v1/account/users/73312', UserID: 73312 },
		TextMessage: 'This is a staging test',
		DeliveredTexts: 1,
		NotDeliveredTexts: 0,
		InvalidTextCount: 0,
		TextReplies: 1,
		TextOptedOut: 0,
		TextPhoneNumber: null,
		TextBroadcastID: 0,
		HasCustomField: false,
	},
};
const contact = (id) => ({
	Uri: `/v1/contacts/${id}`,
	FirstName: 'Bob',
	LastName: 'White',
	PrimaryPhone: '5855550337',
	SecondaryPhone: '',
	TertiaryPhone: '',
	Notes: '',
	IntegrationData: '',
});

// Contacts for the deletes: the doc's contact feed (line 1266) and list 34's members (line 1869).
const ACCOUNT_CONTACTS = [
	4947403, 4947408, 4947411, 4947420, 4947423, 4947426, 4947429, 4947432, 4947441, 4947437, 7541,
	8274,
];
const LIST_34 = [7541, 8274];
/** How long the stand-in holds a one-contact delete, so that deletes in flight overlap. */
const DELETE_HOLD_MS = 40;

export async function startCallEmAll({
	appKey,
	secretKey,
	authToken,
	userName,
	pinCode,
	port = 0,
	latencyMs = 0,
}) {
	const issued = new Set();
	const everIssued = [];
	// Deletes as the doc describes them: a deleted contact leaves every list and goes to the
	// Deleted folder (line 1905: "the deleted contacts are moved to the Deleted folder so they
	// can still be restored"); a collection DELETE without a body acts on every contact (lines
	// 1485, 1889, 1905: "If left empty all contacts are deleted"). Every collection DELETE is
	// kept in `collectionDeletes`, and the most one-contact deletes seen at once in
	// `deletes.most`.
	const contacts = {
		account: new Set(ACCOUNT_CONTACTS),
		lists: { 34: new Set(LIST_34) },
		deleted: new Set(),
	};
	const deletes = { inFlight: 0, most: 0, collectionDeletes: [] };
	const state = {
		broadcasts: [],
		optouts: [
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
		nextBroadcast: 1234535,
	};
	let origin = '';
	// The URL the client signed: the host it asked for (a front such as rate-limiter.mjs passes it on).
	const signedOrigin = (entry) => (entry.headers.host ? `http://${entry.headers.host}` : origin);
	const handle = (entry, res) => {
		const oauth = parseOAuth(entry.headers.authorization);
		if (
			entry.method === 'POST' &&
			entry.path === '/v1/user/login' &&
			oauth?.oauth_consumer_key === appKey
		) {
			entry.signatureValid = verify(entry, oauth, secretKey, signedOrigin(entry));
			if (!entry.signatureValid)
				return json(
					res,
					401,
					failure(401, 'InvalidSignature', 'The OAuth signature does not match.'),
				);
			if (!userName || entry.body?.UserName !== userName || entry.body?.PinCode !== pinCode)
				return json(
					res,
					401,
					failure(401, 'InvalidCredentials', 'The user name or PIN code is not valid.'),
				);
			const token = randomUUID();
			issued.add(token);
			everIssued.push(token);
			return json(res, 200, { UserID: 73312, AuthToken: token });
		}
		if (
			!oauth ||
			oauth.oauth_consumer_key !== appKey ||
			(oauth.oauth_token !== authToken && !issued.has(oauth.oauth_token))
		)
			return json(
				res,
				401,
				failure(
					401,
					'Unauthorized',
					'The request is not signed with a known App Key and Auth Token.',
				),
			);
		entry.signatureValid = verify(entry, oauth, secretKey, signedOrigin(entry));
		if (!entry.signatureValid)
			return json(
				res,
				401,
				failure(401, 'InvalidSignature', 'The OAuth signature does not match.'),
			);
		let match;
		if (entry.method === 'POST' && entry.path === '/v1/broadcasts') {
			const contacts = entry.body?.Contacts ?? [];
			if (!entry.body?.BroadcastType)
				return json(res, 400, failure(400, 'InvalidRequest', 'BroadcastType is required.'));
			const created = {
				...broadcast(state.nextBroadcast++, 'Pending'),
				BroadcastName: entry.body.BroadcastName,
				BroadcastType: entry.body.BroadcastType,
				PhoneNumberCount: contacts.length,
			};
			state.broadcasts.push(created);
			return json(res, 200, created);
		}
		if (entry.method === 'GET' && entry.path === '/v1/broadcasts')
			return json(res, 200, {
				Size: state.broadcasts.length,
				Items: state.broadcasts,
				Previous: null,
				Next: null,
			});
		// One broadcast: those created here, or the doc's own examples (39609 voice, 33945 SMS).
		if (entry.method === 'GET' && (match = /^\/v1\/broadcasts\/(\d+)$/.exec(entry.path))) {
			const found =
				state.broadcasts.find((item) => item.BroadcastID === Number(match[1])) ??
				DOC_BROADCASTS[match[1]];
			return found
				? json(res, 200, found)
				: json(res, 404, failure(404, 'NotFound', `Broadcast ${match[1]} was not found.`));
		}
		if (entry.method === 'GET' && (match = /^\/v1\/contacts\/(\d+)$/.exec(entry.path)))
			return json(res, 200, contact(match[1]));
		if (entry.method === 'GET' && entry.path === '/v1/optouts')
			return json(res, 200, {
				Size: state.optouts.length,
				Items: state.optouts,
				Previous: null,
				Next: null,
			});
		// The doc's list feed (GET /v1/lists), trimmed to a system list and a user list.
		if (entry.method === 'GET' && entry.path === '/v1/lists')
			return json(res, 200, {
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
						Uri: '/v1/lists/36',
						ListID: 36,
						ListType: 'User',
						ListName: '101',
						ListDescription: '',
						SMSName: '',
						IsAutoReplyOn: false,
						AutoReplyMessage: '',
						LastUpdated: '2019-01-21 11:55:40.317-0600',
						RosterCount: 302,
					},
				],
				Previous: null,
				Next: null,
			});
		if (
			entry.method === 'DELETE' &&
			(match = /^\/v1\/(contacts|lists\/deleted\/contacts|lists\/(\d+)\/contacts)\/(\d+)$/.exec(
				entry.path,
			))
		) {
			const [, where, listId, id] = match;
			const set =
				where === 'contacts'
					? contacts.account
					: where.startsWith('lists/deleted')
						? contacts.deleted
						: contacts.lists[listId];
			deletes.inFlight += 1;
			deletes.most = Math.max(deletes.most, deletes.inFlight);
			setTimeout(() => {
				deletes.inFlight -= 1;
				if (!set?.has(Number(id)))
					return json(res, 404, failure(404, 'NotFound', 'The contact was not found.'));
				set.delete(Number(id));
				if (where === 'contacts') {
					for (const members of Object.values(contacts.lists)) members.delete(Number(id));
					contacts.deleted.add(Number(id));
				}
				res.writeHead(204);
				res.end();
			}, DELETE_HOLD_MS);
			return;
		}
		if (
			entry.method === 'DELETE' &&
			(match = /^\/v1\/(contacts|lists\/deleted\/contacts|lists\/(\d+)\/contacts)\/?$/.exec(
				entry.path,
			))
		) {
			const [, where, listId] = match;
			const set =
				where === 'contacts'
					? contacts.account
					: where.startsWith('lists/deleted')
						? contacts.deleted
						: contacts.lists[listId];
			const listed = Array.isArray(entry.body)
				? entry.body.map((person) => Number(person?.PersonID))
				: [];
			deletes.collectionDeletes.push({
				path: entry.path,
				body: entry.body,
				empty: entry.raw.length === 0,
			});
			if (!set) return json(res, 404, failure(404, 'NotFound', 'The list was not found.'));
			for (const id of entry.raw.length === 0 ? [...set] : listed) set.delete(id);
			res.writeHead(204);
			res.end();
			return;
		}
		if (entry.method === 'GET' && entry.path === '/v1/lists/everyone')
			return json(res, 200, {
				Uri: '/v1/lists/everyone',
				ListID: 0,
				ListType: 'System',
				ListName: 'Everyone',
				RosterCount: 4233,
			});
		return json(res, 404, failure(404, 'NotFound', `${entry.method} ${entry.path} was not found.`));
	};
	handle.fail = (entry, res) =>
		json(res, 404, failure(404, 'NotFound', 'The contact was not found.'));
	const standIn = await createStandIn({
		port,
		latencyMs,
		handle,
		errorBody: (status) =>
			failure(
				status,
				status === 429 ? 'TooManyRequests' : 'ServerError',
				status === 429 ? 'Too many requests.' : 'Something went wrong.',
			),
	});
	origin = standIn.url;
	// `issuedTokens()`: every login token handed out, for the search for leaked secrets.
	return {
		...standIn,
		state,
		contacts,
		deletes,
		expireLogins: () => issued.clear(),
		issuedTokens: () => [...everIssued],
	};
}
