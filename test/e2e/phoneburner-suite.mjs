// PhoneBurner's part of the running-n8n suite (vendors-suite.mjs starts the n8n and calls it):
// its stand-in, credential, workflows (workflows/phoneburner.mjs), checks and editor dropdown.
// The burst of 1,000 callbacks to its trigger is in faults-suite.mjs.
import { credentialRef, postJson, uniqueSecret } from './lib.mjs';
import { startPhoneBurner } from './standins/pb-standin.mjs';
import {
	PB_TRIGGER_WEBHOOK_ID,
	PHONEBURNER_CREDENTIAL,
	phoneBurnerWorkflows,
} from './workflows/phoneburner.mjs';

/** A dial session from items, its call-done callback to the trigger, paging and Delete Many. */
export async function runPhoneBurnerChecks({
	check,
	hook,
	standIn: phoneBurner,
	values,
	deliveries,
}) {
	let answer;
	const contacts = [
		{ first: 'Ann', last: 'Ames', phone: '9495551001' },
		{ first: 'Bob', last: 'Burr', phone: '9495551002' },
		{ first: 'Cy', last: 'Cole', phone: '9495551003' },
	];
	answer = await postJson(hook('pb-dial'), { items: contacts });
	const sessions = phoneBurner.log.filter(
		(entry) => entry.method === 'POST' && entry.path === '/rest/1/dialsession',
	);
	check(
		'Create Dial Session from 3 items makes one request with 3 contacts',
		sessions.length === 1 &&
			sessions[0].body.contacts?.length === 3 &&
			sessions[0].body.contacts[2].phone === '9495551003',
		JSON.stringify(sessions.map((entry) => entry.body)).slice(0, 400),
	);
	check(
		'… with the Bearer token',
		sessions[0]?.headers.authorization === `Bearer ${values.pbToken}`,
	);
	check(
		'… and outputs the session once, with its redirect_url',
		Array.isArray(answer.json) &&
			answer.json.length === 1 &&
			String(answer.json[0].redirect_url ?? '').startsWith('http'),
		answer.text.slice(0, 300),
	);
	const callbackUrl = sessions[0]?.body.callbacks?.find(
		(entry) => entry.callback_type === 'api_calldone',
	)?.callback;
	check(
		"the session carries the trigger's callback URL for api_calldone",
		typeof callbackUrl === 'string' && callbackUrl.includes(PB_TRIGGER_WEBHOOK_ID),
		String(callbackUrl),
	);
	if (callbackUrl) {
		const callDone = {
			status: 'Interested',
			duration: 54,
			call_id: '1767709',
			connected: '1',
			contact: {
				user_id: '77',
				lead_id: 'abc123',
				phone: '9495551001',
				first_name: 'Ann',
				last_name: 'Ames',
			},
		};
		const before = deliveries.seen();
		const wrongToken = new URL(callbackUrl);
		wrongToken.searchParams.set('token', 'wrong');
		let status = (await postJson(wrongToken.href, callDone)).status;
		check('a PhoneBurner callback with a wrong token gets 401', status === 401, `got ${status}`);
		const noToken = new URL(callbackUrl);
		noToken.searchParams.delete('token');
		status = (await postJson(noToken.href, callDone)).status;
		check('a PhoneBurner callback without the token gets 401', status === 401, `got ${status}`);
		status = (await postJson(callbackUrl, callDone)).status;
		check(
			'the api_calldone callback PhoneBurner would post is answered 200',
			status === 200,
			`got ${status}`,
		);
		const replay = await postJson(callbackUrl, callDone);
		check(
			`the same callback for the same call again is ${deliveries.repeatLabel}`,
			deliveries.repeatHeld(replay),
			replay.text,
		);
		const emitted = await deliveries.emittedSince(before);
		check(
			'exactly one execution ran, emitting the call-done callback and its event type',
			emitted.length === 1 &&
				emitted[0].event === 'api_calldone' &&
				emitted[0].contact?.lead_id === 'abc123',
			JSON.stringify(emitted).slice(0, 400),
		);
		check(
			'the callback token appears nowhere in what the execution emitted',
			!JSON.stringify(emitted).includes(values.pbCallbackToken),
		);
	}
	answer = await postJson(hook('pb-contacts'), {});
	check(
		'Get Many contacts with Return All pages through all 45',
		Array.isArray(answer.json) && answer.json.length === 45,
		`${answer.status} ${Array.isArray(answer.json) ? answer.json.length : answer.text.slice(0, 200)}`,
	);
	// Issue 18: GET /folders shows no paging (doc lines 2110-2138); a paged list whose server
	// repeats its page ends; Delete Many never sends an empty list.
	const pbRequests = (method, path) =>
		phoneBurner.log.filter((entry) => entry.method === method && entry.path === `/rest/1${path}`);
	let pbBefore = pbRequests('GET', '/folders').length;
	answer = await postJson(hook('pb-folders'), {});
	const folderRequests = pbRequests('GET', '/folders').slice(pbBefore);
	check(
		'Get Many folders with Return All returns all 100 folders from one request without paging parameters',
		Array.isArray(answer.json) &&
			answer.json.length === 100 &&
			answer.json[0].folder_id === '11888' &&
			folderRequests.length === 1 &&
			Object.keys(folderRequests[0].query).length === 0,
		`${folderRequests.length} requests ${JSON.stringify(folderRequests.map((entry) => entry.query))}; ${Array.isArray(answer.json) ? answer.json.length : answer.text.slice(0, 200)}`,
	);
	phoneBurner.repeatTagPage(true);
	pbBefore = pbRequests('GET', '/tags').length;
	const tagsStarted = Date.now();
	answer = await postJson(hook('pb-tags'), {});
	const tagRequests = pbRequests('GET', '/tags').slice(pbBefore);
	phoneBurner.repeatTagPage(false);
	check(
		`Get Many tags with Return All ends when the server repeats its full page forever (${tagRequests.length} requests, ${Date.now() - tagsStarted} ms)`,
		Array.isArray(answer.json) &&
			answer.json.length === 100 &&
			tagRequests.map((entry) => entry.query.page).join() === '1,2',
		`${tagRequests.map((entry) => entry.query.page).join()}; ${answer.text.slice(0, 200)}`,
	);
	pbBefore = pbRequests('DELETE', '/contacts').length;
	answer = await postJson(hook('pb-delete-many'), { ids: [] });
	check(
		`Delete Many with IDs that resolve to nothing sends no request (the item: ${answer.text.slice(0, 120)})`,
		pbRequests('DELETE', '/contacts').length === pbBefore &&
			answer.status === 200 &&
			Array.isArray(answer.json) &&
			answer.json.length === 1,
		answer.text.slice(0, 300),
	);
	answer = await postJson(hook('pb-delete-many'), { ids: [404531653, 404531652] });
	const deletes = pbRequests('DELETE', '/contacts').slice(pbBefore);
	check(
		"Delete Many sends the doc's {contact_user_ids: [...]} body through the real n8n",
		deletes.length === 1 &&
			JSON.stringify(deletes[0].body) === '{"contact_user_ids":[404531653,404531652]}' &&
			deletes[0].status === 204,
		`${JSON.stringify(deletes.map((entry) => [entry.body, entry.status]))}; ${answer.text.slice(0, 200)}`,
	);
}

export const phoneBurnerSuite = {
	key: 'phoneBurner',
	title: 'PhoneBurner',
	values: () => ({
		pbToken: uniqueSecret('pb', 'access', 'token'),
		pbCallbackToken: uniqueSecret('pb', 'callback'),
	}),
	credentialSecrets: ['pbToken'],
	parameterSecrets: ['pbCallbackToken'],
	startStandIn: (values) =>
		startPhoneBurner({ token: values.pbToken, totalContacts: 45, folders: 100 }),
	credentials: (values, phoneBurner) => [
		{
			...PHONEBURNER_CREDENTIAL,
			data: { accessToken: values.pbToken, baseUrl: `${phoneBurner.url}/rest/1` },
		},
	],
	workflows: phoneBurnerWorkflows,
	triggerWebhooks: [`${PB_TRIGGER_WEBHOOK_ID}/callback`],
	run: runPhoneBurnerChecks,
	dropdowns: (packageName) => [
		{
			label: 'PhoneBurner folders',
			nodeType: `${packageName}.phoneBurner`,
			methodName: 'getFolders',
			path: 'parameters.category_id',
			parameters: { authentication: 'accessToken', resource: 'contact', operation: 'create' },
			credentials: credentialRef(PHONEBURNER_CREDENTIAL),
			expected: (options) =>
				options.length === 100 &&
				['11888', '11999', '11000'].every((value) =>
					options.some((option) => option.value === value),
				),
		},
	],
};
