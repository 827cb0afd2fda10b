// A local stand-in for CallFire API v2 (under /v2) that answers as the doc and the vendor-docs
// README say: HTTP Basic, `{items, limit, offset, totalCount}` pages, `{items: [{id}]}` for
// created resources, 204 for DNC and list-item additions, MP3 recordings, webhooks kept in
// `state.webhooks`, and errors as `{httpStatusCode, internalCode, message, developerMessage}`.
import { createStandIn, json } from './fault-kit.mjs';

const error = (status, message) => ({
	httpStatusCode: status,
	internalCode: 0,
	message,
	developerMessage: 'https://developers.callfire.com/docs.html#errors',
});
// Doc example of a contact (GET /contacts/{id}).
const contact = (id) => ({
	id: Number(id),
	firstName: 'Test',
	lastName: 'Contact',
	homePhone: '12135551124',
	workPhone: '1213555115',
});
// A few bytes that start like an MP3 file (ID3 tag), different per recording.
export const recordingBytes = (id) =>
	Buffer.concat([
		Buffer.from('ID3\u0003\u0000\u0000\u0000\u0000\u0000\u0000', 'latin1'),
		Buffer.from(`recording-${id}-`.repeat(20)),
	]);

export async function startCallFire({
	login,
	password,
	port = 0,
	latencyMs = 0,
	totalContacts = 250,
}) {
	const state = { webhooks: {}, nextWebhook: 1, nextId: 1000 };
	const expected = `Basic ${Buffer.from(`${login}:${password}`).toString('base64')}`;
	const handle = (entry, res) => {
		if (entry.headers.authorization !== expected) return json(res, 401, error(401, 'Unauthorized'));
		const path = entry.path.replace(/^\/v2/, '');
		const method = entry.method;
		const created = (count) => ({
			items: Array.from({ length: count }, () => ({ id: state.nextId++ })),
		});
		let match;
		if (method === 'GET' && path === '/me/account')
			return json(res, 200, {
				id: 2345,
				email: 'user@example.com',
				name: 'John Doe',
				firstName: 'John',
				lastName: 'Doe',
				permissions: ['API', 'ACCOUNT_HOLDER'],
			});
		if (method === 'POST' && (path === '/texts' || path === '/calls')) {
			if (!Array.isArray(entry.body) || entry.body.length === 0)
				return json(res, 400, error(400, 'body: must not be empty'));
			if (path === '/calls' && entry.body.length > 10)
				return json(res, 400, error(400, 'body: at most 10 recipients per request'));
			// As the doc's answers: each call or text names its number and its contact; a recipient
			// given by contact ID ("contactId integer An id of existing contact") is called or
			// texted at that contact's number.
			return json(res, 200, {
				items: entry.body.map((recipient) => {
					const known =
						recipient.contactId !== undefined ? contact(recipient.contactId) : undefined;
					const toNumber = known ? known.homePhone : recipient.phoneNumber;
					const id = state.nextId++;
					return {
						id,
						toNumber,
						state: 'READY',
						contact: { id: known ? known.id : id, homePhone: toNumber },
						...(recipient.attributes ? { attributes: recipient.attributes } : {}),
						...(path === '/texts' ? { message: recipient.message } : {}),
					};
				}),
			});
		}
		if (method === 'POST' && path === '/contacts')
			return json(res, 200, created(Array.isArray(entry.body) ? entry.body.length : 0));
		if (method === 'GET' && (match = /^\/contacts\/(\d+)$/.exec(path)))
			return json(res, 200, contact(match[1]));
		if (method === 'GET' && path === '/contacts') {
			const limit = Number(entry.query.limit ?? 100);
			const offset = Number(entry.query.offset ?? 0);
			const items = Array.from(
				{ length: Math.max(0, Math.min(limit, totalContacts - offset)) },
				(_, i) => contact(offset + i + 1),
			);
			return json(res, 200, { items, limit, offset, totalCount: totalContacts });
		}
		// The doc's contact list page (GET /contacts/lists).
		if (method === 'GET' && path === '/contacts/lists')
			return json(res, 200, {
				items: [
					{
						id: 3,
						name: 'Created Contact List',
						size: 1,
						created: 1443390407000,
						status: 'ACTIVE',
					},
				],
				totalCount: 1,
			});
		if (method === 'POST' && path === '/contacts/dncs') {
			if (!Array.isArray(entry.body?.numbers) || entry.body.numbers.length === 0)
				return json(res, 400, error(400, 'numbers: must not be empty'));
			res.writeHead(204).end();
			return;
		}
		if (method === 'POST' && /^\/contacts\/lists\/\d+\/items$/.test(path)) {
			res.writeHead(204).end();
			return;
		}
		if (method === 'POST' && /^\/(calls|texts)\/broadcasts\/\d+\/recipients$/.test(path))
			return json(res, 200, created(Array.isArray(entry.body) ? entry.body.length : 0));
		if (method === 'GET' && (match = /^\/calls\/recordings\/(\d+)\.mp3$/.exec(path))) {
			res.writeHead(200, { 'Content-Type': 'audio/mpeg' });
			res.end(recordingBytes(match[1]));
			return;
		}
		if (method === 'GET' && (match = /^\/calls\/recordings\/(\d+)$/.exec(path)))
			return json(res, 200, {
				id: Number(match[1]),
				name: 'call_recording',
				callId: 1234,
				url: `https://api.callfire.com/v2/calls/recordings/${match[1]}.mp3`,
				state: 'READY',
				lengthInBytes: 4000,
				lengthInSeconds: 12,
			});
		if (method === 'POST' && path === '/webhooks') {
			const id = state.nextWebhook++;
			state.webhooks[id] = { id, ...entry.body };
			return json(res, 200, { id });
		}
		if (method === 'GET' && path === '/webhooks') {
			const items = Object.values(state.webhooks);
			return json(res, 200, { items, limit: 100, offset: 0, totalCount: items.length });
		}
		if ((match = /^\/webhooks\/(\d+)$/.exec(path))) {
			const hook = state.webhooks[match[1]];
			if (!hook) return json(res, 404, error(404, 'webhook not found'));
			if (method === 'GET') return json(res, 200, hook);
			if (method === 'PUT') {
				Object.assign(hook, entry.body);
				res.writeHead(204).end();
				return;
			}
			if (method === 'DELETE') {
				delete state.webhooks[match[1]];
				res.writeHead(204).end();
				return;
			}
		}
		return json(res, 404, error(404, `${method} ${entry.path} is not a CallFire endpoint`));
	};
	handle.fail = (entry, res) =>
		json(res, 404, error(404, `Contact ${entry.path.split('/').pop()} not found`));
	const standIn = await createStandIn({
		port,
		latencyMs,
		handle,
		errorBody: (status) =>
			error(status, status === 429 ? 'Too Many Requests' : 'Service unavailable'),
	});
	return { ...standIn, state, recordingBytes };
}
