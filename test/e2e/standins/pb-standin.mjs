// A local stand-in for PhoneBurner REST v1 (under /rest/1) that answers as its doc shows:
// Bearer tokens, the `{http_status, status, <key>: {<key>: [...], page_size, total_results,
// page, total_pages}}` envelope, the dial session answer with `redirect_url`, and errors with
// `debug_codes[].reason`. Posted dial sessions are kept in `state.dialSessions`.
// GET /folders answers `folders` folders (the doc's three first) keyed "0", "1", … with no
// paging fields, as the doc's example (lines 2117-2138). GET /tags is the doc's paged list;
// `repeatTagPage(true)` makes it answer the same full page of 100 tags for every page asked,
// with total_pages 1000, as a server that ignores `page` would.
import { createStandIn, json } from './fault-kit.mjs';

const failure = (status, reason) => ({
	http_status: status,
	status: 'error',
	debug_codes: [{ code: String(status), reason }],
});
// The doc's contact (GET /contacts), trimmed; ids and names vary per row.
const contact = (id) => ({
	contact_user_id: String(id),
	owner_id: '13514766',
	first_name: `John${id}`,
	last_name: 'Demo',
	date_added: '2015-06-22 09:43:26',
	category_id: '0',
	archived: '0',
	trashed: '0',
	primary_email: { email_address: 'johndemo@fakedomain.com', is_primary: '1' },
	primary_phone: {
		phone: '(602) 555-1234',
		raw_phone: '6025551234',
		type: '5',
		is_primary: '1',
		label: null,
	},
});

const DOC_FOLDERS = [
	{ folder_id: '11888', folder_name: 'Folder #1' },
	{ folder_id: '11999', folder_name: 'Folder #2' },
	{ folder_id: '11000', folder_name: 'Folder #3' },
];
const folderList = (count) =>
	Object.fromEntries(
		Array.from({ length: count }, (_, i) => [
			String(i),
			DOC_FOLDERS[i] ?? { folder_id: String(12000 + i), folder_name: `Folder #${i + 1}` },
		]),
	);
const tagPage = (tags, page, pageSize, totalPages) => ({
	http_status: 200,
	status: 'success',
	tags: {
		tags,
		total_results: tags.length * totalPages,
		page,
		page_size: pageSize,
		total_pages: totalPages,
	},
});
// The doc's two tags (GET /tags, lines 2683-2701), and 100 of our own for the repeating page.
const DOC_TAGS = [
	{ id: 4406097, title: 'another tag' },
	{ id: 4406096, title: 'test' },
];
const HUNDRED_TAGS = Array.from({ length: 100 }, (_, i) => ({
	id: 4407000 + i,
	title: `tag ${i}`,
}));

export async function startPhoneBurner({
	token,
	port = 0,
	latencyMs = 0,
	totalContacts = 45,
	folders = 3,
}) {
	const state = { dialSessions: [], repeatTagPage: false };
	const handle = (entry, res) => {
		if (entry.headers.authorization !== `Bearer ${token}`)
			return json(res, 401, failure(401, 'Invalid access token'));
		const path = entry.path.replace(/^\/rest\/1/, '');
		let match;
		if (entry.method === 'GET' && path === '/contacts') {
			const pageSize = Math.min(100, Math.max(1, Number(entry.query.page_size ?? 25)));
			const page = Math.max(1, Number(entry.query.page ?? 1));
			const first = (page - 1) * pageSize;
			const rows = Array.from(
				{ length: Math.max(0, Math.min(pageSize, totalContacts - first)) },
				(_, i) => contact(first + i + 1),
			);
			return json(res, 200, {
				http_status: 200,
				status: 'success',
				contacts: {
					contacts: rows,
					page_size: pageSize,
					total_results: String(totalContacts),
					page,
					total_pages: Math.max(1, Math.ceil(totalContacts / pageSize)),
				},
			});
		}
		if (entry.method === 'GET' && (match = /^\/contacts\/(\d+)$/.exec(path))) {
			return json(res, 200, {
				http_status: 200,
				status: 'success',
				contacts: {
					contacts: [contact(match[1])],
					page_size: 1,
					total_results: '1',
					page: 1,
					total_pages: 1,
				},
			});
		}
		// The doc's create answer: 201, the new contact under contacts.contacts.
		if (entry.method === 'POST' && path === '/contacts') {
			const sent = entry.body ?? {};
			const created = {
				contact_user_id: String(30919347 + (state.contacts ?? []).length),
				first_name: sent.first_name ?? '',
				last_name: sent.last_name ?? '',
				email_address: sent.email ?? '',
				phone: sent.phone ?? '',
				phone_label: sent.phone_label ?? '',
				date_added: '2023-10-20 14:38:42',
				notes: sent.notes ?? null,
			};
			(state.contacts ??= []).push(created);
			return json(res, 201, {
				http_status: 201,
				status: 'success',
				contacts: {
					contacts: created,
					additional_messages: true,
					total_results: 1,
					page: 1,
					page_size: 1,
					total_pages: 1,
				},
			});
		}
		if (entry.method === 'POST' && path === '/dialsession') {
			if (!Array.isArray(entry.body?.contacts) || entry.body.contacts.length === 0)
				return json(res, 400, failure(400, 'contacts is required'));
			state.dialSessions.push(entry.body);
			return json(res, 201, {
				http_status: 201,
				status: 'success',
				dialsessions: {
					redirect_url: `https://develop.phoneburner.com/index/sso_key_login?single_sign_on_secret=6a0f4934203948e0727456a2001f07f${state.dialSessions.length}&redirect=%2Fphoneburner%2Fapi_begin_dialsession`,
					errors: null,
					total_results: 0,
					page: 1,
					page_size: 0,
					total_pages: 0,
				},
			});
		}
		// The doc's folder list (GET /folders): folders keyed "0", "1", … with id and name, all of
		// them whatever the query (the doc shows no paging for it).
		if (entry.method === 'GET' && path === '/folders') {
			return json(res, 200, { http_status: 200, status: 'success', folders: folderList(folders) });
		}
		if (entry.method === 'GET' && path === '/tags') {
			if (state.repeatTagPage) return json(res, 200, tagPage(HUNDRED_TAGS, 1, 100, 1000));
			return json(res, 200, tagPage(DOC_TAGS, 1, 2, 1));
		}
		// DELETE /contacts (doc lines 429-455): `contact_user_ids` is required.
		if (entry.method === 'DELETE' && path === '/contacts') {
			const ids = entry.body?.contact_user_ids;
			if (!Array.isArray(ids) || ids.length === 0)
				return json(res, 400, failure(400, 'contact_user_ids is required'));
			return json(res, 204, undefined);
		}
		if (entry.method === 'GET' && path === '/members') {
			return json(res, 200, {
				http_status: 200,
				status: 'success',
				members: {
					members: [
						{ user_id: '13514766', username: 'demo', first_name: 'John', last_name: 'Demo' },
					],
					page_size: 1,
					total_results: '1',
					page: 1,
					total_pages: 1,
				},
			});
		}
		return json(res, 404, failure(404, `${entry.method} ${entry.path} not found`));
	};
	handle.fail = (entry, res) => json(res, 404, failure(404, 'Contact not found'));
	const standIn = await createStandIn({
		port,
		latencyMs,
		handle,
		errorBody: (status) => failure(status, status === 429 ? 'Too many requests' : 'Server error'),
	});
	return { ...standIn, state, repeatTagPage: (on) => (state.repeatTagPage = on) };
}
