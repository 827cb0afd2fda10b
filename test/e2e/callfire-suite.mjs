// CallFire's part of the running-n8n suite (vendors-suite.mjs starts the n8n and calls it):
// its stand-in, credential, workflows (workflows/callfire.mjs), checks and editor dropdown. The
// fault cases, which all go through CallFire, are in faults-suite.mjs.
import { createHmac } from 'node:crypto';

import { credentialRef, postJson, uniqueSecret } from './lib.mjs';
import { startCallFire } from './standins/cf-standin.mjs';
import {
	CALLFIRE_CREDENTIAL,
	CF_TRIGGER_WEBHOOK_ID,
	callFireWorkflows,
} from './workflows/callfire.mjs';

/** Texts, DNC batches, a recording's bytes and the signed trigger, through the running n8n. */
export async function runCallFireChecks({ check, hook, standIn: callFire, values, deliveries }) {
	let answer;
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
		const before = deliveries.seen();
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
			`the same signed delivery again is ${deliveries.repeatLabel}`,
			deliveries.repeatHeld(replay),
			replay.text,
		);
		const emitted = await deliveries.emittedSince(before);
		check(
			'exactly one execution ran for the signed delivery, emitting its event',
			emitted.length === 1 &&
				emitted[0].eventType === 'Finished' &&
				emitted[0].resource?.id === 777,
			JSON.stringify(emitted).slice(0, 400),
		);
	}
}

export const callFireSuite = {
	key: 'callFire',
	title: 'CallFire',
	values: () => ({ cfLogin: 'e2e-callfire-login', cfPassword: uniqueSecret('cf', 'password') }),
	credentialSecrets: ['cfPassword'],
	parameterSecrets: [],
	startStandIn: (values) => startCallFire({ login: values.cfLogin, password: values.cfPassword }),
	credentials: (values, callFire) => [
		{
			...CALLFIRE_CREDENTIAL,
			data: {
				username: values.cfLogin,
				password: values.cfPassword,
				baseUrl: `${callFire.url}/v2`,
			},
		},
	],
	workflows: callFireWorkflows,
	triggerWebhooks: [],
	run: runCallFireChecks,
	dropdowns: (packageName) => [
		{
			label: 'CallFire contact lists',
			nodeType: `${packageName}.callFire`,
			methodName: 'getContactLists',
			path: 'parameters.contactListId',
			parameters: { resource: 'contactList', operation: 'get' },
			credentials: credentialRef(CALLFIRE_CREDENTIAL),
			expected: [{ name: 'Created Contact List (1 contacts)', value: '3' }],
		},
	],
};
