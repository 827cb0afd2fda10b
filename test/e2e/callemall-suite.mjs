// Call-Em-All's part of the running-n8n suite (vendors-suite.mjs starts the n8n and calls it):
// its stand-in, credentials (an auth token; a user name and PIN), workflows
// (workflows/callemall.mjs), checks and editor dropdowns.
import { credentialRef, postJson, uniqueSecret, waitForWebhook } from './lib.mjs';
import { startCallEmAll } from './standins/cea-standin.mjs';
import {
	CALLEMALL_CREDENTIAL,
	CALLEMALL_PIN_CREDENTIAL,
	CEA_TRIGGER_WEBHOOK_ID,
	callEmAllWorkflows,
} from './workflows/callemall.mjs';

/** A broadcast, opt-outs with token and PIN logins, paced deletes and the Basic-auth trigger. */
export async function runCallEmAllChecks({
	check,
	hook,
	n8nBase,
	standIn: callEmAll,
	values,
	deliveries,
}) {
	let answer;
	answer = await postJson(hook('cea-broadcast'), {
		items: [
			{ phone: '2145550001', first: 'Ann' },
			{ phone: '2145550002', first: 'Bob' },
		],
	});
	const broadcasts = callEmAll.log.filter(
		(entry) => entry.method === 'POST' && entry.path === '/v1/broadcasts',
	);
	check(
		'Create Broadcast to 2 items makes one signed request with both contacts',
		broadcasts.length === 1 &&
			broadcasts[0].body.Contacts?.length === 2 &&
			broadcasts[0].body.Contacts[1].PrimaryPhone === '2145550002' &&
			/^OAuth /.test(broadcasts[0].headers.authorization ?? ''),
		JSON.stringify(
			broadcasts.map((entry) => [entry.body, entry.headers.authorization?.slice(0, 40)]),
		).slice(0, 400),
	);
	check(
		'… whose OAuth signature the stand-in verified',
		broadcasts[0]?.signatureValid !== false,
		JSON.stringify(broadcasts[0]?.signatureValid),
	);
	check(
		'… and outputs the broadcast once',
		Array.isArray(answer.json) &&
			answer.json.length === 1 &&
			answer.json[0].BroadcastID !== undefined,
		answer.text.slice(0, 300),
	);
	answer = await postJson(hook('cea-optouts'), {});
	check(
		'Get Many opt-outs follows the feed',
		Array.isArray(answer.json) && answer.json.length > 0,
		answer.text.slice(0, 300),
	);

	// Signed in with a user name and PIN: n8n's pre-authentication logs in; an expired token is
	// replaced by one new login. The 4-digit PIN is in the opt-outs' phone numbers (214555…):
	// they must come out whole.
	const logins = () => callEmAll.log.filter((entry) => entry.path === '/v1/user/login').length;
	const loginsBefore = logins();
	answer = await postJson(hook('cea-pin-optouts'), {});
	check(
		'with a user name and PIN, n8n logs in once and the opt-outs come out',
		Array.isArray(answer.json) && answer.json.length === 2 && logins() - loginsBefore === 1,
		`${logins() - loginsBefore} logins; ${answer.text.slice(0, 300)}`,
	);
	check(
		'… their phone numbers whole, though they contain the PIN',
		answer.json?.[0]?.PhoneNumber === '2145551234' &&
			answer.json?.[1]?.PhoneNumber === '2145559999',
		answer.text.slice(0, 300),
	);
	answer = await postJson(hook('cea-pin-optouts'), {});
	check(
		'… and the next run reuses the token (no new login)',
		Array.isArray(answer.json) && answer.json.length === 2 && logins() - loginsBefore === 1,
		`${logins() - loginsBefore} logins`,
	);
	callEmAll.expireLogins();
	const refusedBefore = callEmAll.log.filter((entry) => entry.status === 401).length;
	answer = await postJson(hook('cea-pin-optouts'), {});
	const refusals = callEmAll.log.filter((entry) => entry.status === 401).length - refusedBefore;
	check(
		`an expired token is refused once (${refusals}), replaced by one new login and the request sent again`,
		Array.isArray(answer.json) &&
			answer.json.length === 2 &&
			logins() - loginsBefore === 2 &&
			refusals === 1,
		`${logins() - loginsBefore} logins, ${refusals} refusals; ${answer.text.slice(0, 300)}`,
	);

	// Deletes of many contacts (issue 18): one documented DELETE per contact, paced; never a
	// collection DELETE without a body, which the doc reads as "every contact".
	const oneDeletes = (pattern) =>
		callEmAll.log.filter((entry) => entry.method === 'DELETE' && pattern.test(entry.path));
	const deleteIds = [4947403, 4947408, 4947411, 4947420, 4947423, 4947426];
	answer = await postJson(hook('cea-delete'), {
		items: [{ ids: deleteIds.join(', ') }, { ids: '' }, { ids: '999' }, { other: 1 }],
	});
	const contactDeletes = oneDeletes(/^\/v1\/contacts\/\d+$/)
		.map((entry) => entry.path)
		.sort();
	check(
		'Delete Many sends one DELETE /v1/contacts/{id} per contact ID (7: six and a missing one)',
		JSON.stringify(contactDeletes) ===
			JSON.stringify([...deleteIds, 999].map((id) => `/v1/contacts/${id}`).sort()),
		contactDeletes.join(' '),
	);
	check(
		`… at most 4 in flight at once (${callEmAll.deletes.most})`,
		callEmAll.deletes.most >= 1 && callEmAll.deletes.most <= 4,
		String(callEmAll.deletes.most),
	);
	const deleteItems = Array.isArray(answer.json) ? answer.json : [];
	const deleteErrors = deleteItems.filter((item) => item.error !== undefined);
	check(
		'… and outputs 9 items: one per deleted ID, an error item for the missing ID and one for each item without IDs',
		deleteItems.length === 9 &&
			deleteItems
				.filter((item) => item.success === true)
				.map((item) => item.contactId)
				.join() === deleteIds.join() &&
			deleteErrors.length === 3 &&
			deleteErrors.some((item) => String(item.error).includes('(contact ID 999)')) &&
			deleteErrors.filter((item) => String(item.error).includes('No contact IDs were given'))
				.length === 2,
		answer.text.slice(0, 600),
	);
	check(
		'… and the stand-in still has the contacts that were not named',
		callEmAll.contacts.account.size === 6 &&
			deleteIds.every((id) => !callEmAll.contacts.account.has(id)),
		String(callEmAll.contacts.account.size),
	);
	answer = await postJson(hook('cea-remove'), { items: [{ ids: '7541, 8274' }] });
	const listRemovals = oneDeletes(/^\/v1\/lists\/34\/contacts\/\d+$/)
		.map((entry) => entry.path)
		.sort();
	check(
		'Remove Contacts sends one DELETE /v1/lists/34/contacts/{id} per contact and outputs each',
		listRemovals.join() === '/v1/lists/34/contacts/7541,/v1/lists/34/contacts/8274' &&
			Array.isArray(answer.json) &&
			answer.json.length === 2 &&
			answer.json.every((item) => item.listId === 34 && item.success === true),
		`${listRemovals.join(' ')} ${answer.text.slice(0, 300)}`,
	);
	answer = await postJson(hook('cea-purge'), { items: [{ ids: '4947403, 4947408' }] });
	const purges = oneDeletes(/^\/v1\/lists\/deleted\/contacts\/\d+$/)
		.map((entry) => entry.path)
		.sort();
	check(
		'Empty Deleted Folder sends one DELETE /v1/lists/deleted/contacts/{id} per contact',
		purges.join() === '/v1/lists/deleted/contacts/4947403,/v1/lists/deleted/contacts/4947408' &&
			Array.isArray(answer.json) &&
			answer.json.length === 2 &&
			callEmAll.contacts.deleted.size === 4,
		`${purges.join(' ')} ${answer.text.slice(0, 300)}`,
	);
	const bodiless = callEmAll.log.filter(
		(entry) =>
			entry.method === 'DELETE' && /\/contacts\/?$/.test(entry.path) && entry.raw.length === 0,
	);
	check(
		'no DELETE without a body ever reached a collection path (/v1/contacts, /v1/lists/…/contacts)',
		bodiless.length === 0 && callEmAll.deletes.collectionDeletes.length === 0,
		JSON.stringify(callEmAll.deletes.collectionDeletes).slice(0, 300),
	);

	const ceaHook = `${n8nBase}/webhook/${CEA_TRIGGER_WEBHOOK_ID}/webhook`;
	await waitForWebhook(ceaHook);
	const event = {
		notification: {
			eventId: `evt-${Date.now()}`,
			eventType: 'broadcast-status-change',
			createdAt: new Date().toISOString(),
			version: '1',
		},
		payload: { BroadcastID: 42, BroadcastStatus: 'Completed' },
	};
	const basic = (user, password) => ({
		Authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`,
	});
	const before = deliveries.seen();
	let status = (await postJson(ceaHook, event)).status;
	check('a Call-Em-All event without Basic auth gets 401', status === 401, `got ${status}`);
	status = (await postJson(ceaHook, event, basic(values.ceaHookUser, 'wrong'))).status;
	check('a Call-Em-All event with a wrong password gets 401', status === 401, `got ${status}`);
	status = (await postJson(ceaHook, event, basic(values.ceaHookUser, values.ceaHookPassword)))
		.status;
	check('a Call-Em-All event with the right Basic auth gets 200', status === 200, `got ${status}`);
	const replay = await postJson(ceaHook, event, basic(values.ceaHookUser, values.ceaHookPassword));
	check(
		`the same event ID again is ${deliveries.repeatLabel}`,
		deliveries.repeatHeld(replay),
		replay.text,
	);
	const emitted = await deliveries.emittedSince(before);
	check(
		'exactly one execution ran, emitting the broadcast status change',
		emitted.length === 1 &&
			emitted[0].eventType === 'broadcast-status-change' &&
			emitted[0].payload?.BroadcastID === 42,
		JSON.stringify(emitted).slice(0, 400),
	);
}

export const callEmAllSuite = {
	key: 'callEmAll',
	title: 'Call-Em-All',
	values: () => ({
		ceaAppKey: 'e2e-app-key',
		ceaSecretKey: uniqueSecret('cea', 'secret'),
		ceaAuthToken: uniqueSecret('cea', 'auth', 'token'),
		ceaUserName: 'apitest@cea',
		ceaPinCode: '5555',
		ceaHookUser: 'callemall-hook',
		ceaHookPassword: uniqueSecret('cea', 'hook'),
	}),
	credentialSecrets: ['ceaSecretKey', 'ceaAuthToken'],
	parameterSecrets: ['ceaHookPassword'],
	startStandIn: (values) =>
		startCallEmAll({
			appKey: values.ceaAppKey,
			secretKey: values.ceaSecretKey,
			authToken: values.ceaAuthToken,
			userName: values.ceaUserName,
			pinCode: values.ceaPinCode,
		}),
	credentials: (values, callEmAll) => {
		const keys = { appKey: values.ceaAppKey, secretKey: values.ceaSecretKey };
		return [
			{
				...CALLEMALL_CREDENTIAL,
				data: {
					...keys,
					authToken: values.ceaAuthToken,
					username: '',
					pinCode: '',
					baseUrl: callEmAll.url,
				},
			},
			{
				...CALLEMALL_PIN_CREDENTIAL,
				data: {
					...keys,
					authToken: '',
					username: values.ceaUserName,
					pinCode: values.ceaPinCode,
					baseUrl: callEmAll.url,
				},
			},
		];
	},
	workflows: callEmAllWorkflows,
	triggerWebhooks: [`${CEA_TRIGGER_WEBHOOK_ID}/webhook`],
	run: runCallEmAllChecks,
	dropdowns: (packageName) => [
		{
			label: 'Call-Em-All contact lists',
			nodeType: `${packageName}.callEmAll`,
			methodName: 'getContactLists',
			path: 'parameters.listId',
			parameters: { resource: 'contactList', operation: 'get' },
			credentials: credentialRef(CALLEMALL_CREDENTIAL),
			expected: [
				{ name: '101 (302 contacts)', value: '36' },
				{ name: 'Everyone (4233 contacts)', value: '0' },
			],
		},
		{
			label: 'Call-Em-All broadcasts',
			nodeType: `${packageName}.callEmAll`,
			methodName: 'getBroadcasts',
			path: 'parameters.broadcastId',
			parameters: { resource: 'broadcast', operation: 'get' },
			credentials: credentialRef(CALLEMALL_CREDENTIAL),
			expected: (options) =>
				options.length >= 1 && options.every((option) => /^\d+$/.test(option.value)),
		},
	],
};
