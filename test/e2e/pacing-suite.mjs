// Request pacing in a real n8n (issue 15): each vendor's stand-in sits behind a rate-limiting
// front (standins/rate-limiter.mjs) that allows 10 requests in flight and 200 a second and
// answers anything beyond with 429 and Retry-After, as real APIs do. In one `n8n start`:
// - 2,000 items through each vendor's read operation (Continue On Fail on, so a failed item is
//   an error item, not a stopped run), once with Options → Request Pacing set to the stand-in's
//   limits (10 in flight, 200 a second), and once more (CallFire, PhoneBurner, Call-Em-All) with
//   the defaults (10 in flight, no rate), so the 429 handling has to find the rate;
// - the same PrimeVox run with the pacer switched off (both limits 0), for comparison;
// - the floor: the same PrimeVox run straight at the stand-in (no front) with the pacer off,
//   what n8n itself needs for these items;
// - a Return All of 20,000 PhoneBurner contacts through the same limits.
// The checks are on counts (items, error items), never on time; `measurePacing` also returns
// the wall times, which `npm run bench` (BENCH_ONLY=pacing) reports, and when the first and the
// last request reached the stand-in. For a closer look: PACING_RUNS=0,5 runs only those runs (by
// their place in `runs`); PACING_ENGINE_BATCH=10,1 sets n8n's own Settings → Request Options →
// Batching (items per batch, interval in ms) on the per-item runs.
//
// Used by test/e2e/run.mjs as `await runPacingSuite({ check, n8n, nodeBin, n8nBin, env, work })`
// after the n8n CLI has its user folder (it imports its own credentials and workflow), and by
// bench/pacing.mjs. About 1 to 2 minutes on 2 shared cores.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import {
	freePort,
	mergeWorkflows,
	postJson,
	startN8nServer,
	waitForWebhook,
	webhookWorkflow,
} from './lib.mjs';
import { startCallEmAll } from './standins/cea-standin.mjs';
import { startCallFire } from './standins/cf-standin.mjs';
import { startPhoneBurner } from './standins/pb-standin.mjs';
import { standInCredentialData, startPrimeVox } from './standins/primevox.mjs';
import { startRateLimiter } from './standins/rate-limiter.mjs';
import { publishWorkflowArgs } from '../../scripts/n8n-runtime.mjs';

export const PACING = { items: 2000, maxInFlight: 10, perSecond: 200, contacts: 20_000 };

const secret = (...parts) => [...parts, Date.now().toString(36)].join('-');

// The vendors' own 429 bodies (the stand-ins' error envelopes, from the docs).
const errorBodies = {
	primeVox: () => ({ error: 'Too many requests' }),
	callFire: (status) => ({
		httpStatusCode: status,
		internalCode: 0,
		message: 'Too Many Requests',
		developerMessage: 'https://developers.callfire.com/docs.html#errors',
	}),
	phoneBurner: (status) => ({
		http_status: status,
		status: 'error',
		debug_codes: [{ code: String(status), reason: 'Too many requests' }],
	}),
	callEmAll: (status) => ({
		ErrorCode: status,
		ErrorName: 'TooManyRequests',
		Message: 'Too many requests.',
	}),
};

/**
 * Runs the pacing workflows in a running n8n and returns what happened: per run, the items out,
 * the error items, the 429s the rate-limiting stand-in sent, its most requests in flight and the
 * wall time (from the POST to the answer).
 */
export async function measurePacing({
	n8n,
	nodeBin,
	n8nBin,
	env,
	work,
	latencyMs = 5,
	n8nVersion = '2',
	items = PACING.items,
	contacts = PACING.contacts,
}) {
	const v = {
		pvxKey: secret('pace', 'pvx'),
		cfLogin: 'pace-login',
		cfPassword: secret('pace', 'cf'),
		pbToken: secret('pace', 'pb'),
		ceaAppKey: 'pace-app-key',
		ceaSecretKey: secret('pace', 'cea', 'secret'),
		ceaAuthToken: secret('pace', 'cea', 'token'),
	};
	const primeVox = await startPrimeVox({ authKey: v.pvxKey, containerId: '123456', latencyMs });
	const callFire = await startCallFire({ login: v.cfLogin, password: v.cfPassword, latencyMs });
	const phoneBurner = await startPhoneBurner({
		token: v.pbToken,
		totalContacts: contacts,
		latencyMs,
	});
	const callEmAll = await startCallEmAll({
		appKey: v.ceaAppKey,
		secretKey: v.ceaSecretKey,
		authToken: v.ceaAuthToken,
		latencyMs,
	});
	const limit = (vendor, target) =>
		startRateLimiter({
			target,
			maxInFlight: PACING.maxInFlight,
			perSecond: PACING.perSecond,
			errorBody: errorBodies[vendor],
		});
	const limiters = {
		primeVox: await limit('primeVox', `http://127.0.0.1:${primeVox.server.address().port}`),
		callFire: await limit('callFire', callFire.url),
		phoneBurner: await limit('phoneBurner', phoneBurner.url),
		callEmAll: await limit('callEmAll', callEmAll.url),
	};
	// The floor run's requests, counted at the stand-in itself (no front, so no 429 and no limit).
	const zero = () => ({ requests: 0, limited: 0, maxInFlight: 0, firstAt: 0, lastAt: 0 });
	const primeVoxDirect = { stats: zero() };
	primeVoxDirect.reset = () => Object.assign(primeVoxDirect.stats, zero());
	let directInFlight = 0;
	primeVox.server.prependListener('request', (req, res) => {
		const { stats } = primeVoxDirect;
		const now = Date.now();
		stats.requests += 1;
		if (!stats.firstAt) stats.firstAt = now;
		stats.lastAt = now;
		directInFlight += 1;
		stats.maxInFlight = Math.max(stats.maxInFlight, directInFlight);
		res.on('close', () => {
			directInFlight -= 1;
		});
	});
	const credentials = [
		{
			id: 'paceCredPvx001',
			name: 'paceCredPvx001',
			type: 'primeVoxApi',
			data: standInCredentialData(`${limiters.primeVox.url}/api`, v.pvxKey),
		},
		{
			// The same stand-in without the rate-limiting front: the floor run's credential.
			id: 'paceCredPvxFlr',
			name: 'paceCredPvxFlr',
			type: 'primeVoxApi',
			data: standInCredentialData(
				`http://127.0.0.1:${primeVox.server.address().port}/api`,
				v.pvxKey,
			),
		},
		{
			id: 'paceCredCf0001',
			name: 'paceCredCf0001',
			type: 'callFireApi',
			data: { username: v.cfLogin, password: v.cfPassword, baseUrl: `${limiters.callFire.url}/v2` },
		},
		{
			id: 'paceCredPb0001',
			name: 'paceCredPb0001',
			type: 'phoneBurnerApi',
			data: { accessToken: v.pbToken, baseUrl: `${limiters.phoneBurner.url}/rest/1` },
		},
		{
			id: 'paceCredCea001',
			name: 'paceCredCea001',
			type: 'callEmAllApi',
			data: {
				appKey: v.ceaAppKey,
				secretKey: v.ceaSecretKey,
				authToken: v.ceaAuthToken,
				username: '',
				pinCode: '',
				baseUrl: limiters.callEmAll.url,
			},
		},
	];
	const cred = (type, id) => ({ [type]: { id, name: id } });
	const paced = { maxInFlight: PACING.maxInFlight, maxPerSecond: PACING.perSecond };
	const unpaced = { maxInFlight: 0, maxPerSecond: 0 };
	/** PrimeVox Call → Get with the given Request Pacing, through the given credential. */
	const primeVoxRead = (label, pacing, credentialId = 'paceCredPvx001') => ({
		key: 'primeVox',
		label,
		type: 'primeVox',
		credentials: cred('primeVoxApi', credentialId),
		parameters: {
			resource: 'call',
			operation: 'get',
			callUuid: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
			options: { requestPacing: { pacing } },
		},
	});
	/** The other vendors' Contact → Get: with both limits set (`pacing`), or their defaults. */
	const contactReads = {
		callFire: { name: 'CallFire', credential: 'paceCredCf0001', options: 'contactOptions' },
		phoneBurner: {
			name: 'PhoneBurner',
			credential: 'paceCredPb0001',
			options: 'options',
			extra: { authentication: 'accessToken' },
		},
		callEmAll: { name: 'Call-Em-All', credential: 'paceCredCea001', options: 'options' },
	};
	const contactRead = (key, pacing) => {
		const vendor = contactReads[key];
		return {
			key,
			label: `${vendor.name} Contact → Get, ${pacing ? 'Request Pacing 10 in flight, 200/s' : 'default pacing'}`,
			type: key,
			credentials: cred(`${key}Api`, vendor.credential),
			parameters: {
				...(vendor.extra ?? {}),
				resource: 'contact',
				operation: 'get',
				contactId: '={{ $json.id }}',
				...(pacing ? { [vendor.options]: { requestPacing: { pacing } } } : {}),
			},
		};
	};
	const runs = [
		primeVoxRead('PrimeVox Call → Get, Request Pacing 10 in flight, 200/s', paced),
		...Object.keys(contactReads).map((key) => contactRead(key, paced)),
		...Object.keys(contactReads).map((key) => contactRead(key)),
		{ ...primeVoxRead('PrimeVox Call → Get, pacer off (both limits 0)', unpaced), unpaced: true },
		// n8n's own floor for these items: the same read with nothing limiting it, neither the
		// pacer nor the vendor. No paced run can be faster than this on the same machine.
		{
			...primeVoxRead(
				'PrimeVox Call → Get, no rate limit at the stand-in, pacer off (the floor)',
				unpaced,
				'paceCredPvxFlr',
			),
			key: 'floor',
			floor: true,
		},
		{
			key: 'phoneBurner',
			label: `PhoneBurner Contact → Get Many, Return All of ${contacts.toLocaleString('en')}`,
			returnAll: true,
			type: 'phoneBurner',
			credentials: cred('phoneBurnerApi', 'paceCredPb0001'),
			parameters: {
				authentication: 'accessToken',
				resource: 'contact',
				operation: 'getAll',
				returnAll: true,
			},
		},
	];
	runs.forEach((run, index) => {
		run.path = `pace-${index}`;
		if (process.env.PACING_ENGINE_BATCH && !run.returnAll) {
			const [batchSize, batchInterval] = process.env.PACING_ENGINE_BATCH.split(',').map(Number);
			run.parameters.requestOptions = { batching: { batch: { batchSize, batchInterval } } };
		}
	});
	const workflows = runs.map((run, index) =>
		webhookWorkflow({
			id: `pace${index}`,
			name: `Pace ${index}`,
			path: run.path,
			splitItems: !run.returnAll,
			nodes: [
				{
					name: 'Read',
					type: `n8n-nodes-telephony.${run.type}`,
					parameters: run.parameters,
					credentials: run.credentials,
					onError: 'continueRegularOutput',
				},
			],
		}),
	);
	writeFileSync(join(work, 'pacing-credentials.json'), JSON.stringify(credentials));
	writeFileSync(
		join(work, 'pacing-workflows.json'),
		JSON.stringify([mergeWorkflows('pacingWorkflow1', 'pacing', workflows)]),
	);
	n8n(['import:credentials', `--input=${join(work, 'pacing-credentials.json')}`]);
	n8n(['import:workflow', `--input=${join(work, 'pacing-workflows.json')}`]);
	n8n(publishWorkflowArgs(n8nVersion, 'pacingWorkflow1'));

	const port = await freePort();
	const server = await startN8nServer({ nodeBin, n8nBin, env, port });
	const results = [];
	try {
		if (!server.ready) throw new Error(`n8n did not start\n${server.log().slice(-2000)}`);
		const hook = (path) => `http://127.0.0.1:${port}/webhook/${path}`;
		await waitForWebhook(hook(runs[0].path));
		const ids = Array.from({ length: items }, (_, index) => ({ id: String(1000 + index) }));
		const only = process.env.PACING_RUNS?.split(',').map(Number);
		for (const [index, run] of runs.entries()) {
			if (only && !only.includes(index)) continue;
			const limiter = limiters[run.key] ?? primeVoxDirect;
			// A fresh second for every run: the last run's 429s and tokens do not count here.
			await new Promise((resolve) => setTimeout(resolve, 2000));
			limiter.reset();
			const startedAt = Date.now();
			const started = process.hrtime.bigint();
			const answer = await postJson(hook(run.path), run.returnAll ? {} : { items: ids });
			const ms = Number(process.hrtime.bigint() - started) / 1e6;
			const output = Array.isArray(answer.json) ? answer.json : [];
			results.push({
				label: run.label,
				key: run.key,
				unpaced: Boolean(run.unpaced),
				floor: Boolean(run.floor),
				returnAll: Boolean(run.returnAll),
				expected: run.returnAll ? contacts : items,
				items: output.length,
				errors: output.filter((item) => item && typeof item === 'object' && 'error' in item).length,
				status: answer.status,
				text: output.length ? '' : answer.text.slice(0, 300),
				limited: limiter.stats.limited,
				requests: limiter.stats.requests,
				maxInFlight: limiter.stats.maxInFlight,
				firstRequestMs: limiter.stats.firstAt ? limiter.stats.firstAt - startedAt : undefined,
				lastRequestMs: limiter.stats.lastAt ? limiter.stats.lastAt - startedAt : undefined,
				ms,
			});
		}
	} finally {
		await server.stop();
		await Promise.all([
			...Object.values(limiters).map((limiter) => limiter.close()),
			callFire.close(),
			phoneBurner.close(),
			callEmAll.close(),
		]);
		primeVox.server.close();
	}
	return {
		results,
		serverLog: server.log(),
		secrets: {
			pacingPrimeVoxKey: v.pvxKey,
			pacingCallFirePassword: v.cfPassword,
			pacingPhoneBurnerToken: v.pbToken,
			pacingCallEmAllSecret: v.ceaSecretKey,
			pacingCallEmAllToken: v.ceaAuthToken,
		},
	};
}

/** The checks of `npm test`: counts only. */
export async function runPacingSuite({
	check,
	n8n,
	nodeBin,
	n8nBin,
	env,
	work,
	n8nVersion,
	items = 500,
	contacts = 5000,
}) {
	const started = Date.now();
	// Smaller than the bench's runs (PACING): the checks are on counts, and npm test's time is
	// better spent elsewhere; `BENCH_ONLY=pacing npm run bench` runs the full sizes.
	const measured = await measurePacing({
		n8n,
		nodeBin,
		n8nBin,
		env,
		work,
		n8nVersion,
		items,
		contacts,
	});
	for (const result of measured.results) {
		const detail = `items ${result.items}, error items ${result.errors}, 429s sent ${result.limited}, most in flight ${result.maxInFlight}${result.text ? `, answer ${result.status} ${result.text}` : ''}`;
		if (result.floor) {
			check(
				`pacing: ${result.label}: ${result.expected.toLocaleString('en')} items, no error item`,
				result.items === result.expected && result.errors === 0,
				detail,
			);
		} else if (result.unpaced) {
			// For comparison only: the figure is reported, whatever it is.
			check(
				`pacing: ${result.label}: ${result.items} items out (${result.errors} error items, ${result.limited} 429s)`,
				result.items === result.expected,
				detail,
			);
		} else if (result.returnAll) {
			check(
				`pacing: ${result.label}: all ${result.expected.toLocaleString('en')} contacts through the limits`,
				result.items === result.expected && result.errors === 0,
				detail,
			);
		} else {
			check(
				`pacing: ${result.label}: ${result.expected.toLocaleString('en')} items against 10 in flight and 200/s, no error item`,
				result.items === result.expected && result.errors === 0,
				detail,
			);
		}
	}
	process.stdout.write(`pacing suite: ${Math.round((Date.now() - started) / 1000)} s\n`);
	return measured;
}
