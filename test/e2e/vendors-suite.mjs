// The running-n8n part of the end-to-end suite: one `n8n start` with every workflow of
// workflows/vendors.mjs published, local stand-ins for CallFire, PhoneBurner and Call-Em-All,
// and an observer that sees what trigger workflows emit. Also the fault-injection cases.
import { createHmac } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { publishWorkflowArgs } from '../../scripts/n8n-runtime.mjs';
import { COMBINED_PACKAGE } from '../../scripts/packages.mjs';
import {
	editorSession,
	freePort,
	mergeWorkflows,
	postJson,
	sleep,
	startN8nServer,
	waitForRegistration,
	waitForWebhook,
} from './lib.mjs';
import { startCallEmAll } from './standins/cea-standin.mjs';
import { startCallFire } from './standins/cf-standin.mjs';
import { startObserver } from './standins/observer.mjs';
import { startPhoneBurner } from './standins/pb-standin.mjs';
import {
	CEA_TRIGGER_WEBHOOK_ID,
	CF_TRIGGER_WEBHOOK_ID,
	CREDENTIAL_IDS,
	PB_TRIGGER_WEBHOOK_ID,
	SUITE_VENDORS,
	actionWorkflows,
	triggerWorkflows,
	vendorCredentials,
} from './workflows/vendors.mjs';
import { runBurst, runFaultCases } from './faults-suite.mjs';

const secret = (...parts) => [...parts, Date.now().toString(36)].join('-');

/** One `n8n start` doing everything: the editor, the webhooks and the executions. */
export async function singleProcess({ nodeBin, n8nBin, env }) {
	const port = await freePort();
	const base = `http://127.0.0.1:${port}`;
	return {
		webhookBase: base,
		editorBase: base,
		start: async () => await startN8nServer({ nodeBin, n8nBin, env, port }),
	};
}

/**
 * The vendor workflows, triggers, editor dropdowns and fault cases against a running n8n.
 * `deployment` says where its webhooks and editor answer and starts it (default: one process;
 * the queue-mode run passes its main, workers and webhook processes). `whileRunning` runs more
 * checks before it is stopped. `burst: false` leaves out the burst of 1,000 callbacks;
 * `manyItems` is the size of the Continue-On-Fail run (10,000). `packageName` is the package
 * installed in n8n, whose node types the workflows use (the combined one by default, or a single
 * vendor's package of `npm run pack:all`), and `vendors` the vendors whose part runs (node type
 * keys of SUITE_VENDORS, all by default): their workflows, triggers, dropdowns and, with CallFire,
 * the fault cases (all through CallFire), with PhoneBurner the burst.
 */
export async function runVendorSuite({
	check,
	n8n,
	nodeBin,
	n8nBin,
	env,
	work,
	n8nVersion,
	deployment,
	whileRunning,
	burst = true,
	manyItems = 10_000,
	packageName = COMBINED_PACKAGE,
	vendors = SUITE_VENDORS,
}) {
	const has = (vendor) => vendors.includes(vendor);
	const values = {
		cfLogin: 'e2e-callfire-login',
		cfPassword: secret('cf', 'password'),
		pbToken: secret('pb', 'access', 'token'),
		pbCallbackToken: secret('pb', 'callback'),
		ceaAppKey: 'e2e-app-key',
		ceaSecretKey: secret('cea', 'secret'),
		ceaAuthToken: secret('cea', 'auth', 'token'),
		ceaUserName: 'apitest@cea',
		ceaPinCode: '5555',
		ceaHookUser: 'callemall-hook',
		ceaHookPassword: secret('cea', 'hook'),
	};
	const callFire = await startCallFire({ login: values.cfLogin, password: values.cfPassword });
	const phoneBurner = await startPhoneBurner({
		token: values.pbToken,
		totalContacts: 45,
		folders: 100,
	});
	const callEmAll = await startCallEmAll({
		appKey: values.ceaAppKey,
		secretKey: values.ceaSecretKey,
		authToken: values.ceaAuthToken,
		userName: values.ceaUserName,
		pinCode: values.ceaPinCode,
	});
	const observer = await startObserver();
	const {
		webhookBase: n8nBase,
		editorBase,
		start,
		webhookProcesses = 1,
	} = deployment ?? (await singleProcess({ nodeBin, n8nBin, env }));
	// Behind the round-robin proxy a repeat reaches the other webhook process, which does not know
	// it: it is accepted there and dropped as its execution starts (n8n's deduplication store), so
	// "exactly one execution" (checked next) is what holds, not the `duplicate` answer.
	const spread = webhookProcesses > 1;
	// A repeat's execution may start a little later on a worker: give it time to show.
	const settleMs = spread ? 8000 : 1000;
	const repeatLabel = spread
		? 'accepted at the other webhook process (the next check: it does not run twice)'
		: 'answered as a duplicate';

	writeFileSync(
		join(work, 'vendor-credentials.json'),
		JSON.stringify(
			vendorCredentials({
				callFire: has('callFire') && {
					username: values.cfLogin,
					password: values.cfPassword,
					baseUrl: `${callFire.url}/v2`,
				},
				phoneBurner: has('phoneBurner') && {
					accessToken: values.pbToken,
					baseUrl: `${phoneBurner.url}/rest/1`,
				},
				callEmAll: has('callEmAll') && {
					appKey: values.ceaAppKey,
					secretKey: values.ceaSecretKey,
					authToken: values.ceaAuthToken,
					username: '',
					pinCode: '',
					baseUrl: callEmAll.url,
				},
				callEmAllPin: has('callEmAll') && {
					appKey: values.ceaAppKey,
					secretKey: values.ceaSecretKey,
					authToken: '',
					username: values.ceaUserName,
					pinCode: values.ceaPinCode,
					baseUrl: callEmAll.url,
				},
			}),
		),
	);
	// Two workflows (actions, triggers) so that only two `publish:workflow` runs are needed.
	const workflows = [
		mergeWorkflows(
			'e2eVendorActns',
			'Vendor actions (e2e)',
			actionWorkflows({ n8nBase, pbToken: values.pbCallbackToken, packageName, vendors }),
		),
		mergeWorkflows(
			'e2eVendorTrigs',
			'Vendor triggers (e2e)',
			triggerWorkflows({
				observerUrl: observer.url,
				pbToken: values.pbCallbackToken,
				callEmAllTrigger: {
					parameters: {
						events: ['broadcast-status-change'],
						authentication: 'basicAuth',
						username: values.ceaHookUser,
						password: values.ceaHookPassword,
					},
				},
				packageName,
				vendors,
			}),
		),
	];
	writeFileSync(join(work, 'vendor-workflows.json'), JSON.stringify(workflows));
	n8n(['import:credentials', `--input=${join(work, 'vendor-credentials.json')}`]);
	n8n(['import:workflow', `--input=${join(work, 'vendor-workflows.json')}`]);
	for (const workflow of workflows) n8n(publishWorkflowArgs(n8nVersion, workflow.id));

	const server = await start();
	try {
		check(
			'n8n starts with every vendor workflow published',
			server.ready,
			server.log().slice(-1500),
		);
		const hook = (path) => `${n8nBase}/webhook/${path}`;
		// Every production webhook the suite calls, as n8n registers them one after another.
		const paths = workflows[0].nodes
			.filter((entry) => entry.type === 'n8n-nodes-base.webhook')
			.map((entry) => entry.parameters.path);
		for (const path of paths) await waitForRegistration(hook(path));
		if (has('phoneBurner'))
			await waitForWebhook(`${n8nBase}/webhook/${PB_TRIGGER_WEBHOOK_ID}/callback`);
		if (has('callEmAll'))
			await waitForWebhook(`${n8nBase}/webhook/${CEA_TRIGGER_WEBHOOK_ID}/webhook`);

		let answer;
		// ------------------------------------------------------------ CallFire
		if (has('callFire')) {
			process.stdout.write('e2e: CallFire\n');
			const people = Array.from({ length: 25 }, (_, i) => ({
				phone: String(12135550100 + i),
				message: `Hello ${i}`,
			}));
			answer = await postJson(hook('cf-texts'), { items: people });
			const textPosts = callFire.log.filter(
				(entry) => entry.method === 'POST' && entry.path === '/v2/texts',
			);
			check(
				'Send Texts from 25 items makes one request carrying all 25 recipients',
				textPosts.length === 1 &&
					textPosts[0].body.length === 25 &&
					textPosts[0].body[24].phoneNumber === people[24].phone,
				`requests ${textPosts.length}`,
			);
			check(
				'… with HTTP Basic auth',
				textPosts[0]?.headers.authorization ===
					`Basic ${Buffer.from(`${values.cfLogin}:${values.cfPassword}`).toString('base64')}`,
			);
			check(
				'… and outputs 25 items, one text each',
				answer.status === 200 &&
					Array.isArray(answer.json) &&
					answer.json.length === 25 &&
					answer.json.every((item) => item.id !== undefined),
				`${answer.status} ${answer.text.slice(0, 300)}`,
			);

			// Doc line 11611 ("Send texts"): one recipient by number, one by contact ID, one with attributes.
			const docTexts = [
				{ phoneNumber: '12135551122', message: 'Hello World!' },
				{ contactId: 122460000043 },
				{
					phoneNumber: '12135558090',
					attributes: { custom_external_id: 30005044, custom_name: 'Alice' },
					message: 'Hello, ${custom_name}!',
				},
			];
			const sorted = (value) =>
				JSON.stringify(value, (_key, entry) =>
					entry && typeof entry === 'object' && !Array.isArray(entry)
						? Object.fromEntries(Object.entries(entry).sort(([a], [b]) => a.localeCompare(b)))
						: entry,
				);
			const textsBefore = callFire.log.filter(
				(entry) => entry.method === 'POST' && entry.path === '/v2/texts',
			).length;
			answer = await postJson(hook('cf-texts-contacts'), { items: docTexts });
			const docPosts = callFire.log
				.filter((entry) => entry.method === 'POST' && entry.path === '/v2/texts')
				.slice(textsBefore);
			check(
				"Send Texts to a number, a contact ID and a number with attributes sends exactly the doc's request (line 11611)",
				docPosts.length === 1 &&
					sorted(docPosts[0].body) === sorted(docTexts) &&
					docPosts[0].query.campaignId === '4050600003' &&
					docPosts[0].query.defaultMessage === 'Hello!',
				JSON.stringify(docPosts.map((entry) => [entry.query, entry.body])).slice(0, 500),
			);
			check(
				"… and each item gets its own text, the contact's at the contact's number",
				Array.isArray(answer.json) &&
					answer.json.length === 3 &&
					answer.json[1].contact?.id === 122460000043 &&
					answer.json[0].toNumber === '12135551122' &&
					answer.json[2].toNumber === '12135558090',
				answer.text.slice(0, 400),
			);

			const numbers = Array.from({ length: 2500 }, (_, i) => ({ phone: String(12135560000 + i) }));
			answer = await postJson(hook('cf-dnc'), { items: numbers, batchSize: 1000 });
			const dncPosts = callFire.log.filter(
				(entry) => entry.method === 'POST' && entry.path === '/v2/contacts/dncs',
			);
			check(
				'Add DNC of 2,500 numbers makes 3 requests (1,000 + 1,000 + 500)',
				dncPosts.length === 3 &&
					dncPosts.map((entry) => entry.body.numbers.length).join() === '1000,1000,500',
				dncPosts.map((entry) => entry.body?.numbers?.length).join(),
			);
			check(
				'… and outputs 2,500 items',
				Array.isArray(answer.json) && answer.json.length === 2500,
				`${answer.status} ${answer.text.slice(0, 200)}`,
			);

			const recordingId = '123';
			const recording = await fetch(hook('cf-recording'), {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify({ id: recordingId }),
			});
			const audio = Buffer.from(await recording.arrayBuffer());
			const served = callFire.recordingBytes?.(recordingId);
			check(
				'Download Recording returns the MP3 bytes as binary',
				recording.status === 200 &&
					/audio\/mpeg/.test(recording.headers.get('content-type') ?? '') &&
					(!served || audio.equals(served)) &&
					audio.length > 0,
				`${recording.status} ${recording.headers.get('content-type')} ${audio.length} bytes`,
			);

			// Trigger: registered on activation with a generated secret.
			const registration = Object.values(callFire.state.webhooks ?? {}).find((hookEntry) =>
				String(hookEntry.callback ?? '').includes(CF_TRIGGER_WEBHOOK_ID),
			);
			check(
				'activating the CallFire Trigger registered a webhook (resource, events, callback, secret)',
				registration &&
					registration.resource === 'OutboundText' &&
					registration.events?.includes('Finished') &&
					String(registration.secret ?? '').length >= 32,
				JSON.stringify(callFire.state.webhooks ?? {}).slice(0, 400),
			);
			if (registration) {
				const delivery = JSON.stringify({
					timestamp: Date.now(),
					webhookId: registration.id,
					webhookName: registration.name,
					resourceType: 'OutboundText',
					events: [
						{
							timestamp: Date.now(),
							webhookId: registration.id,
							resourceType: 'OutboundText',
							eventType: 'Finished',
							resource: { id: 777, toNumber: '12135551100', state: 'FINISHED' },
						},
					],
				});
				const signature = createHmac('sha1', registration.secret).update(delivery).digest('base64');
				const before = observer.received.length;
				let status = (await postJson(registration.callback, delivery)).status;
				check('an unsigned CallFire delivery gets 401', status === 401, `got ${status}`);
				status = (
					await postJson(registration.callback, delivery, {
						'X-CallFire-Signature': createHmac('sha1', 'forged').update(delivery).digest('base64'),
					})
				).status;
				check('a forged CallFire signature gets 401', status === 401, `got ${status}`);
				status = (
					await postJson(registration.callback, delivery, { 'X-CallFire-Signature': signature })
				).status;
				check('a signed CallFire delivery gets 200', status === 200, `got ${status}`);
				const replay = await postJson(registration.callback, delivery, {
					'X-CallFire-Signature': signature,
				});
				check(
					`the same signed delivery again is ${repeatLabel}`,
					replay.status === 200 && (replay.json?.duplicate === true || spread),
					replay.text,
				);
				await until(() => observer.received.length > before, 15_000);
				await sleep(settleMs);
				const emitted = observer.received.slice(before);
				check(
					'exactly one execution ran for the signed delivery, emitting its event',
					emitted.length === 1 &&
						emitted[0].eventType === 'Finished' &&
						emitted[0].resource?.id === 777,
					JSON.stringify(emitted).slice(0, 400),
				);
			}
		}

		// ------------------------------------------------------------ PhoneBurner
		if (has('phoneBurner')) {
			process.stdout.write('e2e: PhoneBurner\n');
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
				const before = observer.received.length;
				const wrongToken = new URL(callbackUrl);
				wrongToken.searchParams.set('token', 'wrong');
				let status = (await postJson(wrongToken.href, callDone)).status;
				check(
					'a PhoneBurner callback with a wrong token gets 401',
					status === 401,
					`got ${status}`,
				);
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
					`the same callback for the same call again is ${repeatLabel}`,
					replay.status === 200 && (replay.json?.duplicate === true || spread),
					replay.text,
				);
				await until(() => observer.received.length > before, 15_000);
				await sleep(settleMs);
				const emitted = observer.received.slice(before);
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
				phoneBurner.log.filter(
					(entry) => entry.method === method && entry.path === `/rest/1${path}`,
				);
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

		// ------------------------------------------------------------ Call-Em-All
		if (has('callEmAll')) {
			process.stdout.write('e2e: Call-Em-All\n');
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
			const before = observer.received.length;
			let status = (await postJson(ceaHook, event)).status;
			check('a Call-Em-All event without Basic auth gets 401', status === 401, `got ${status}`);
			status = (await postJson(ceaHook, event, basic(values.ceaHookUser, 'wrong'))).status;
			check('a Call-Em-All event with a wrong password gets 401', status === 401, `got ${status}`);
			status = (await postJson(ceaHook, event, basic(values.ceaHookUser, values.ceaHookPassword)))
				.status;
			check(
				'a Call-Em-All event with the right Basic auth gets 200',
				status === 200,
				`got ${status}`,
			);
			const replay = await postJson(
				ceaHook,
				event,
				basic(values.ceaHookUser, values.ceaHookPassword),
			);
			check(
				`the same event ID again is ${repeatLabel}`,
				replay.status === 200 && (replay.json?.duplicate === true || spread),
				replay.text,
			);
			await until(() => observer.received.length > before, 15_000);
			await sleep(settleMs);
			const emitted = observer.received.slice(before);
			check(
				'exactly one execution ran, emitting the broadcast status change',
				emitted.length === 1 &&
					emitted[0].eventType === 'broadcast-status-change' &&
					emitted[0].payload?.BroadcastID === 42,
				JSON.stringify(emitted).slice(0, 400),
			);
		}

		// ------------------------------------------------------------ editor
		// The dropdowns a user picks IDs from, filled by the running n8n as its editor asks.
		process.stdout.write('e2e: dropdowns in the editor\n');
		const editor = await editorSession(editorBase);
		check('the owner account is set up and signed in', editor.ok, `HTTP ${editor.status}`);
		const pickers = [
			{
				vendor: 'phoneBurner',
				label: 'PhoneBurner folders',
				nodeType: `${packageName}.phoneBurner`,
				methodName: 'getFolders',
				path: 'parameters.category_id',
				parameters: { authentication: 'accessToken', resource: 'contact', operation: 'create' },
				credentials: {
					phoneBurnerApi: { id: CREDENTIAL_IDS.phoneBurner, name: 'PhoneBurner (stand-in)' },
				},
				expected: (options) =>
					options.length === 100 &&
					['11888', '11999', '11000'].every((value) =>
						options.some((option) => option.value === value),
					),
			},
			{
				vendor: 'callFire',
				label: 'CallFire contact lists',
				nodeType: `${packageName}.callFire`,
				methodName: 'getContactLists',
				path: 'parameters.contactListId',
				parameters: { resource: 'contactList', operation: 'get' },
				credentials: { callFireApi: { id: CREDENTIAL_IDS.callFire, name: 'CallFire (stand-in)' } },
				expected: [{ name: 'Created Contact List (1 contacts)', value: '3' }],
			},
			{
				vendor: 'callEmAll',
				label: 'Call-Em-All contact lists',
				nodeType: `${packageName}.callEmAll`,
				methodName: 'getContactLists',
				path: 'parameters.listId',
				parameters: { resource: 'contactList', operation: 'get' },
				credentials: {
					callEmAllApi: { id: CREDENTIAL_IDS.callEmAll, name: 'Call-Em-All (stand-in)' },
				},
				expected: [
					{ name: '101 (302 contacts)', value: '36' },
					{ name: 'Everyone (4233 contacts)', value: '0' },
				],
			},
			{
				vendor: 'callEmAll',
				label: 'Call-Em-All broadcasts',
				nodeType: `${packageName}.callEmAll`,
				methodName: 'getBroadcasts',
				path: 'parameters.broadcastId',
				parameters: { resource: 'broadcast', operation: 'get' },
				credentials: {
					callEmAllApi: { id: CREDENTIAL_IDS.callEmAll, name: 'Call-Em-All (stand-in)' },
				},
				expected: (options) =>
					options.length >= 1 && options.every((option) => /^\d+$/.test(option.value)),
			},
		];
		for (const picker of pickers.filter((entry) => has(entry.vendor))) {
			const answer = await editor.options(picker);
			const ok =
				Array.isArray(answer.options) &&
				(typeof picker.expected === 'function'
					? picker.expected(answer.options)
					: JSON.stringify(answer.options) === JSON.stringify(picker.expected));
			check(
				`the ${picker.label} dropdown lists the account's own: ${Array.isArray(answer.options) ? answer.options.map((option) => option.name).join(', ') : '—'}`,
				ok,
				`HTTP ${answer.status} ${answer.text.slice(0, 400)}`,
			);
		}

		// ------------------------------------------------------------ faults
		if (has('callFire')) await runFaultCases({ check, hook, n8nBase, callFire, manyItems });
		// A burst of 1,000 callbacks in 10 seconds: exactly 1,000 executions.
		if (burst && has('phoneBurner')) await runBurst({ check, n8nBase, observer, values });
		await whileRunning?.({
			hook,
			n8nBase,
			server,
			callFire,
			phoneBurner,
			callEmAll,
			observer,
			values,
		});
	} finally {
		await server.stop();
		// E2E_SERVER_LOG=<file> keeps n8n's own log of the run, to look into a failure.
		if (process.env.E2E_SERVER_LOG) writeFileSync(process.env.E2E_SERVER_LOG, server.log());
		observer.server.close();
		await Promise.all([callFire.close(), phoneBurner.close(), callEmAll.close()]);
	}
	// Credential values (never stored in clear), and the triggers' own secrets, which are node
	// parameters and so are kept with the workflow like any parameter, but must not reach
	// output items or the log.
	const credentialKeys = [
		...(has('callFire') ? ['cfPassword'] : []),
		...(has('phoneBurner') ? ['pbToken'] : []),
		...(has('callEmAll') ? ['ceaSecretKey', 'ceaAuthToken'] : []),
	];
	const parameterKeys = [
		...(has('phoneBurner') ? ['pbCallbackToken'] : []),
		...(has('callEmAll') ? ['ceaHookPassword'] : []),
	];
	return {
		secrets: Object.fromEntries(credentialKeys.map((key) => [key, values[key]])),
		parameterSecrets: Object.fromEntries(parameterKeys.map((key) => [key, values[key]])),
		observed: JSON.stringify(observer.received),
		serverLog: server.log(),
		sessionTokens: callEmAll.issuedTokens(),
	};
}

export async function until(condition, timeoutMs) {
	const deadline = Date.now() + timeoutMs;
	while (!condition() && Date.now() < deadline) await sleep(100);
	return condition();
}
