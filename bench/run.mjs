// `npm run bench`: figures measured in a real n8n (the one the end-to-end tests use) against
// local stand-ins with a fixed small latency, each set beside n8n's own floor: the same work done
// in the same n8n by the cheapest means n8n has. Writes bench/results.md.
//
// 1. Per-item reads: 1,000 items through one read operation of each vendor node, through n8n's
//    HTTP Request node making the same calls (same credential), through a bare Node.js loop
//    making the same calls all at once; floors: the same items through a NoOp and a Set node.
// 2. Bulk: 10,000 DNC numbers and 10,000 texts through the CallFire node, mapping the phone
//    field with an expression and with Input by field name (no expression per item); against the
//    one-request-per-item way (HTTP Request node, one run) and the floors: NoOp, a Set node
//    mapping the same fields, and a Code node (once for all items) making the same 10 requests
//    with `this.helpers.httpRequest` and returning one item per entry.
// 3. Return All: 50,000 PrimeVox calls and 20,000 PhoneBurner contacts (`n8n execute`, a fresh
//    process each: wall time, CPU time and peak memory) against the bare loop and the floor: a
//    Code node fetching the same pages and returning the same items.
// 4. Load cost: n8n start-up with and without this package installed; the tarball's size.
//
// Every figure is a median of BENCH_RUNS runs taken in turns (node, floors, …), with the CPU
// time n8n used (its main process and its task runner, read from /proc: far steadier than wall
// time on a shared machine) and the load average while it ran.
//
//   BENCH_RUNS=3            runs per figure (the one-request-per-item bulk runs once)
//   BENCH_LATENCY_MS=5      stand-in latency per request
//   A plain `npm run bench` runs every section below, the profiles and the growth curve, and
//   writes all of results.md from that one run.
//   BENCH_ONLY=reads,bulk,returnAll,load,pacing   a subset (the other sections of results.md are
//                           kept; profiles and growth then only when asked for with =1)
//   BENCH_ONLY=pacing       request pacing against a rate-limiting stand-in (bench/pacing.mjs, its
//                           own n8n; about 10 minutes under load), alone or last after the others
//   BENCH_PROFILE=0/1       one CPU-profiled run of each bulk, Return All and read figure (on in a
//                           whole run): profiles in bench/tmp/profiles/, their summary in results.md
//   BENCH_BULK_ITEMS=10000  entries per bulk run (fewer, for quick comparisons of a change)
//   BENCH_BULK_OPS=dnc      only one of the bulk figures (dnc, texts)
//   BENCH_HTTP_BULK=0       skip the one-request-per-item bulk runs (about 4 minutes under load)
//   BENCH_N8N_ENV='{"N8N_EXPRESSION_ENGINE":"legacy"}'   more settings for n8n (said in results.md)
//   BENCH_COUNT=1           also count, per item, the work that decides a node's cost (expressions
//                           evaluated, getNodeParameter calls, properties visited by the engine):
//                           counts do not depend on the machine's load (bench/n8n-patches/count.cjs)
//   BENCH_FIGURES=0         leave the figures of results.md as they are (e.g. a counting run)
//   BENCH_KEEP=1            keep the work folder (n8n's user folder, workflows) for a look afterwards
//   BENCH_GROWTH=0/1        the growth curve (on in a whole run): bulk and Return All at
//                           BENCH_GROWTH_SIZES (default 2500,10000,40000) entries, time and memory
//                           per entry
//
// Durations on this 2-core machine: the whole run (every section, profiles, growth, pacing)
// took 30 minutes on 2026-12-02 at a load of 1–2.5; under a load of ~8 the four main sections
// alone take about 15, BENCH_PROFILE adds about 3, BENCH_GROWTH about 10. Run `npm run build`
// first.
import { execFileSync, spawn } from 'node:child_process';
import {
	closeSync,
	existsSync,
	openSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';

import {
	PROJECT_DIR,
	ensureN8n,
	installIntoUserFolder,
	n8nEnv,
	packPackage,
} from '../scripts/n8n-runtime.mjs';
import {
	freePort,
	mergeWorkflows,
	postJson,
	sleep,
	startN8nServer,
	waitForWebhook,
	webhookWorkflow,
} from '../test/e2e/lib.mjs';
import { startCallEmAll } from '../test/e2e/standins/cea-standin.mjs';
import { startCallFire } from '../test/e2e/standins/cf-standin.mjs';
import { startPhoneBurner } from '../test/e2e/standins/pb-standin.mjs';
import { startPrimeVox } from '../test/e2e/standins/primevox.mjs';
import signer from '../dist/nodes/CallEmAll/OAuth1Signer.js';
import {
	connectInspector,
	executeWindow,
	inspectorUrlIn,
	loadNow,
	profileMarkdown,
	summariseProfile,
	watch,
} from './lib.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const LATENCY = Number(process.env.BENCH_LATENCY_MS ?? 5);
// A plain `npm run bench` measures everything (sections, profiles, growth curve) in one run; a
// BENCH_ONLY subset leaves profiles and growth off unless they are asked for.
const WHOLE = process.env.BENCH_ONLY === undefined;
const SECTIONS = new Set(
	(process.env.BENCH_ONLY ?? 'reads,bulk,returnAll,load,pacing')
		.split(',')
		.map((name) => name.trim()),
);
const wanted = (flag) => process.env[flag] === '1' || (WHOLE && process.env[flag] !== '0');
const PROFILE = wanted('BENCH_PROFILE');
const GROWTH = wanted('BENCH_GROWTH');
const HTTP_BULK = process.env.BENCH_HTTP_BULK !== '0';
const COUNT = process.env.BENCH_COUNT === '1';
const counted = new Map();
const BULK_OPS = new Set((process.env.BENCH_BULK_OPS ?? 'dnc,texts').split(','));
const N8N_ENV = JSON.parse(process.env.BENCH_N8N_ENV || '{}');
const GROWTH_SIZES = (process.env.BENCH_GROWTH_SIZES ?? '2500,10000,40000').split(',').map(Number);
const ITEMS = 1000;
const BULK = Number(process.env.BENCH_BULK_ITEMS ?? 10_000);
const bulkCount = BULK.toLocaleString('en');
const PVX_CALLS = 50_000;
const PB_CONTACTS = 20_000;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const mb = (value) => `${value.toFixed(0)} MB`;
const benchStarted = Date.now();
// 5. Request pacing (bench/pacing.mjs writes its own section of results.md), run on its own or
// after the other sections.
const runPacing = () =>
	execFileSync(process.execPath, [join(PROJECT_DIR, 'bench', 'pacing.mjs')], { stdio: 'inherit' });
if (SECTIONS.has('pacing') && SECTIONS.size === 1) {
	runPacing();
	process.exit(0);
}
const loads = [loadNow()];
const noteLoad = () => loads.push(loadNow());

const { nodeBin, n8nBin, n8nDir, n8nVersion } = ensureN8n();
const work = mkdtempSync(join(tmpdir(), 'n8n-telephony-bench-'));
// Removed however the run ends (a failed check, a crash of n8n).
process.on(
	'exit',
	() => process.env.BENCH_KEEP !== '1' && rmSync(work, { recursive: true, force: true }),
);
const userFolder = join(work, 'user');
const profileDir = join(PROJECT_DIR, 'bench', 'tmp', 'profiles');
const countsFile = join(work, 'counts.json');
if (PROFILE) mkdirSync(profileDir, { recursive: true });
const env = n8nEnv(userFolder, {
	N8N_ENCRYPTION_KEY: 'bench-encryption-key',
	EXECUTIONS_DATA_SAVE_ON_SUCCESS: 'none',
	N8N_LOG_LEVEL: 'warn',
	N8N_PAYLOAD_SIZE_MAX: '256',
	...N8N_ENV,
});
const tarball = packPackage(work);
const tarballBytes = statSync(tarball).size;
installIntoUserFolder(tarball, userFolder);

const v = {
	pvxKey: 'bench-pvx-key-0001',
	cfLogin: 'bench-login',
	cfPassword: 'bench-cf-password-0001',
	pbToken: 'bench-pb-token-0001',
	ceaAppKey: 'bench-app-key',
	ceaSecretKey: 'bench-cea-secret-0001',
	ceaAuthToken: 'bench-cea-token-0001',
};
const primeVox = await startPrimeVox({
	authKey: v.pvxKey,
	containerId: '123456',
	totalCalls: PVX_CALLS,
	latencyMs: LATENCY,
});
const callFire = await startCallFire({
	login: v.cfLogin,
	password: v.cfPassword,
	latencyMs: LATENCY,
});
const phoneBurner = await startPhoneBurner({
	token: v.pbToken,
	totalContacts: PB_CONTACTS,
	latencyMs: LATENCY,
});
const callEmAll = await startCallEmAll({
	appKey: v.ceaAppKey,
	secretKey: v.ceaSecretKey,
	authToken: v.ceaAuthToken,
	latencyMs: LATENCY,
});
// The growth curve's PrimeVox lists, one stand-in per size.
const growthPrimeVox = GROWTH
	? await Promise.all(
			GROWTH_SIZES.map((size) =>
				startPrimeVox({
					authKey: v.pvxKey,
					containerId: '123456',
					totalCalls: size,
					latencyMs: LATENCY,
				}),
			),
		)
	: [];
const bases = {
	primeVox: `http://127.0.0.1:${primeVox.port}/api`,
	callFire: `${callFire.url}/v2`,
	phoneBurner: `${phoneBurner.url}/rest/1`,
	callEmAll: callEmAll.url,
};

const n8n = (args) => execFileSync(nodeBin, [n8nBin, ...args], { env, stdio: 'ignore' });
const cred = (type, id) => ({ [type]: { id, name: id } });
const pvxCredential = (id, base) => ({
	id,
	name: id,
	type: 'primeVoxApi',
	data: {
		authKey: v.pvxKey,
		containerId: '123456',
		tenantId: '',
		baseUrl: base,
		callListScript: 'call_list.php',
		callDetailsScript: 'call_details.php',
		recordingScript: 'call_recording.php',
		callNotesScript: 'call_notes.php',
	},
});
const credentials = [
	pvxCredential('benchPvx000001', bases.primeVox),
	...growthPrimeVox.map((standIn, index) =>
		pvxCredential(`benchPvxGrow0${index}`, `http://127.0.0.1:${standIn.port}/api`),
	),
	{
		id: 'benchCf0000001',
		name: 'benchCf0000001',
		type: 'callFireApi',
		data: { username: v.cfLogin, password: v.cfPassword, baseUrl: bases.callFire },
	},
	{
		id: 'benchPb0000001',
		name: 'benchPb0000001',
		type: 'phoneBurnerApi',
		data: { accessToken: v.pbToken, baseUrl: bases.phoneBurner },
	},
	{
		id: 'benchCea000001',
		name: 'benchCea000001',
		type: 'callEmAllApi',
		data: {
			appKey: v.ceaAppKey,
			secretKey: v.ceaSecretKey,
			authToken: v.ceaAuthToken,
			username: '',
			pinCode: '',
			baseUrl: bases.callEmAll,
		},
	},
];
const cfBasic = `Basic ${Buffer.from(`${v.cfLogin}:${v.cfPassword}`).toString('base64')}`;

// ---------------------------------------------------------------- n8n's own nodes, the floors
const noOp = { name: 'Floor', type: 'n8n-nodes-base.noOp', typeVersion: 1, parameters: {} };
/** A Set node (manual mapping, only the mapped fields kept): `fields` is `[name, value, type]`. */
const setNode = (fields) => ({
	name: 'Floor',
	type: 'n8n-nodes-base.set',
	typeVersion: 3.4,
	parameters: {
		mode: 'manual',
		assignments: {
			assignments: fields.map(([name, value, type], index) => ({
				id: `a${index}`,
				name,
				value,
				type,
			})),
		},
		includeOtherFields: false,
		options: {},
	},
});
/**
 * A Code node run once for all items. n8n 2.40 runs it in its task runner, whose sandbox has no
 * `fetch` and refuses `httpRequestWithAuthentication`: `this.helpers.httpRequest` (sent back to
 * n8n's main process, which makes the request with its own HTTP client) is the one way it has.
 */
const codeNode = (jsCode) => ({
	name: 'Floor',
	type: 'n8n-nodes-base.code',
	typeVersion: 2,
	parameters: { mode: 'runOnceForAllItems', language: 'javaScript', jsCode },
});
const literal = (value) => JSON.stringify(value);
const codeDnc = (url) => `const numbers = $input.all().map((item) => item.json.phone);
const out = [];
for (let i = 0; i < numbers.length; i += 1000) {
  const chunk = numbers.slice(i, i + 1000);
  await this.helpers.httpRequest({ method: 'POST', url: ${literal(url)}, headers: { Authorization: ${literal(cfBasic)} }, body: { numbers: chunk, call: true, text: true }, json: true });
  for (const number of chunk) out.push({ json: { number, success: true } });
}
return out;`;
const codeTexts = (
	url,
) => `const entries = $input.all().map((item) => ({ phoneNumber: item.json.phone, message: 'Hello' }));
const out = [];
for (let i = 0; i < entries.length; i += 1000) {
  const answer = await this.helpers.httpRequest({ method: 'POST', url: ${literal(url)}, headers: { Authorization: ${literal(cfBasic)} }, body: entries.slice(i, i + 1000), json: true });
  for (const result of answer.items) out.push({ json: result });
}
return out;`;
// The same items as the node's: each call with its direction's name, the auth key in the
// recording URL hidden.
const codePrimeVox = (base) => `const names = { 1: 'inbound', 2: 'outbound', 3: 'internal' };
const out = [];
for (let page = 1; ; page++) {
  const body = await this.helpers.httpRequest({ url: ${literal(`${base}/call_list.php`)}, qs: { auth: ${literal(v.pvxKey)}, containerID: '123456', page }, json: true });
  for (const [key, row] of Object.entries(body)) {
    if (row === null || typeof row !== 'object') continue;
    const call = { ...row };
    if (call.callUuid === undefined) call.callUuid = key;
    if (names[call.callDirection]) call.callDirectionName = names[call.callDirection];
    if (typeof call.recordingUrl === 'string') call.recordingUrl = call.recordingUrl.replace(/([?&]auth=)[^&]*/, '$1[redacted]');
    out.push({ json: call });
  }
  if (page >= Number(body.maxPages ?? 1)) break;
}
return out;`;
const codePhoneBurner = (base) => `const out = [];
for (let page = 1; ; page++) {
  const body = await this.helpers.httpRequest({ url: ${literal(`${base}/contacts`)}, qs: { page, page_size: 100 }, headers: { Authorization: ${literal(`Bearer ${v.pbToken}`)}, Accept: 'application/json' }, json: true });
  for (const contact of body.contacts.contacts) out.push({ json: contact });
  if (page >= Number(body.contacts.total_pages ?? 1)) break;
}
return out;`;

// ---------------------------------------------------------------- per-item reads
const reads = [
	{
		vendor: 'CallFire',
		what: 'Contact → Get',
		type: 'callFire',
		credType: 'callFireApi',
		credId: 'benchCf0000001',
		parameters: { resource: 'contact', operation: 'get', contactId: '={{ $json.id }}' },
		url: (id) => `${bases.callFire}/contacts/${id}`,
	},
	{
		vendor: 'PhoneBurner',
		what: 'Contact → Get',
		type: 'phoneBurner',
		credType: 'phoneBurnerApi',
		credId: 'benchPb0000001',
		parameters: {
			authentication: 'accessToken',
			resource: 'contact',
			operation: 'get',
			contactId: '={{ $json.id }}',
		},
		url: (id) => `${bases.phoneBurner}/contacts/${id}`,
	},
	{
		vendor: 'Call-Em-All',
		what: 'Contact → Get',
		type: 'callEmAll',
		credType: 'callEmAllApi',
		credId: 'benchCea000001',
		parameters: { resource: 'contact', operation: 'get', contactId: '={{ $json.id }}' },
		url: (id) => `${bases.callEmAll}/v1/contacts/${id}`,
	},
	{
		vendor: 'PrimeVox',
		what: 'Call → Get',
		type: 'primeVox',
		credType: 'primeVoxApi',
		credId: 'benchPvx000001',
		parameters: {
			resource: 'call',
			operation: 'get',
			callUuid: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
		},
		url: (id) => `${bases.primeVox}/call_details.php?callUuid=${id}`,
		bareUrl: (id) =>
			`${bases.primeVox}/call_details.php?auth=${v.pvxKey}&containerID=123456&callUuid=${id}`,
	},
];
const slug = (text) => text.toLowerCase().replace(/[^a-z]+/g, '-');
const benchWorkflows = [];
const floorHook = (id, path, node) =>
	webhookWorkflow({ id, name: `floor ${path}`, path, splitItems: true, nodes: [node] });
for (const read of reads) {
	benchWorkflows.push(
		webhookWorkflow({
			id: `bn${slug(read.vendor)}`.slice(0, 16),
			name: `${read.vendor} node`,
			path: `node-${slug(read.vendor)}`,
			splitItems: true,
			nodes: [
				{
					name: 'Read',
					type: `n8n-nodes-telephony.${read.type}`,
					parameters: read.parameters,
					credentials: cred(read.credType, read.credId),
				},
			],
		}),
		webhookWorkflow({
			id: `bh${slug(read.vendor)}`.slice(0, 16),
			name: `${read.vendor} HTTP Request`,
			path: `http-${slug(read.vendor)}`,
			splitItems: true,
			nodes: [
				{
					name: 'Read',
					type: 'n8n-nodes-base.httpRequest',
					typeVersion: 4.2,
					parameters: {
						url: `=${read.url('{{ $json.id }}')}`,
						authentication: 'predefinedCredentialType',
						nodeCredentialType: read.credType,
						options: {},
					},
					credentials: cred(read.credType, read.credId),
				},
			],
		}),
	);
}
benchWorkflows.push(
	floorHook('bfNoOp', 'floor-noop', noOp),
	floorHook('bfSetRead', 'floor-set-read', setNode([['id', '={{ $json.id }}', 'string']])),
);
// ---------------------------------------------------------------- bulk
const cfCred = cred('callFireApi', 'benchCf0000001');
const dncNode = {
	name: 'Add',
	type: 'n8n-nodes-telephony.callFire',
	parameters: {
		resource: 'doNotContact',
		operation: 'add',
		inputMode: 'item',
		doNotContactEntryNumber: '={{ $json.phone }}',
		call: true,
		text: true,
		source: '',
		batchSize: 1000,
	},
	credentials: cfCred,
};
const textsNode = {
	name: 'Send',
	type: 'n8n-nodes-telephony.callFire',
	parameters: {
		resource: 'text',
		operation: 'send',
		inputMode: 'item',
		textEntryPhoneNumber: '={{ $json.phone }}',
		textEntryMessage: 'Hello',
		batchSize: 1000,
	},
	credentials: cfCred,
};
// The same operations with Input "Each Item Is One Entry, by Field Name": no expression per item.
const byFieldName = (node, entryParameter, rest = {}) => {
	const parameters = { ...node.parameters, inputMode: 'fieldNames', ...rest };
	delete parameters[entryParameter];
	parameters[`${entryParameter}Field`] = 'phone';
	return { ...node, parameters };
};
const dncByName = byFieldName(dncNode, 'doNotContactEntryNumber');
const textsByName = byFieldName(textsNode, 'textEntryPhoneNumber');
const dncSet = setNode([
	['number', '={{ $json.phone }}', 'string'],
	['success', true, 'boolean'],
]);
const textsSet = setNode([
	['toNumber', '={{ $json.phone }}', 'string'],
	['message', 'Hello', 'string'],
]);
benchWorkflows.push(
	webhookWorkflow({
		id: 'bnDnc',
		name: 'DNC node',
		path: 'node-dnc',
		splitItems: true,
		nodes: [dncNode],
	}),
	webhookWorkflow({
		id: 'bhDnc',
		name: 'DNC HTTP Request',
		path: 'http-dnc',
		splitItems: true,
		nodes: [
			{
				name: 'Add',
				type: 'n8n-nodes-base.httpRequest',
				typeVersion: 4.2,
				parameters: {
					method: 'POST',
					url: `${bases.callFire}/contacts/dncs`,
					authentication: 'predefinedCredentialType',
					nodeCredentialType: 'callFireApi',
					sendBody: true,
					specifyBody: 'json',
					jsonBody: '={{ JSON.stringify({ numbers: [$json.phone], call: true, text: true }) }}',
					options: {},
				},
				credentials: cfCred,
			},
		],
	}),
	webhookWorkflow({
		id: 'bnDncNames',
		name: 'DNC node, by field name',
		path: 'node-dnc-names',
		splitItems: true,
		nodes: [dncByName],
	}),
	webhookWorkflow({
		id: 'bnTextsNames',
		name: 'Texts node, by field name',
		path: 'node-texts-names',
		splitItems: true,
		nodes: [textsByName],
	}),
	floorHook('bfSetDnc', 'floor-set-dnc', dncSet),
	floorHook('bfCodeDnc', 'floor-code-dnc', codeNode(codeDnc(`${bases.callFire}/contacts/dncs`))),
	webhookWorkflow({
		id: 'bnTexts',
		name: 'Texts node',
		path: 'node-texts',
		splitItems: true,
		nodes: [textsNode],
	}),
	webhookWorkflow({
		id: 'bhTexts',
		name: 'Texts HTTP Request',
		path: 'http-texts',
		splitItems: true,
		nodes: [
			{
				name: 'Send',
				type: 'n8n-nodes-base.httpRequest',
				typeVersion: 4.2,
				parameters: {
					method: 'POST',
					url: `${bases.callFire}/texts`,
					authentication: 'predefinedCredentialType',
					nodeCredentialType: 'callFireApi',
					sendBody: true,
					specifyBody: 'json',
					jsonBody: '={{ JSON.stringify([{ phoneNumber: $json.phone, message: "Hello" }]) }}',
					options: {},
				},
				credentials: cfCred,
			},
		],
	}),
	floorHook('bfSetTexts', 'floor-set-texts', textsSet),
	floorHook('bfCodeTexts', 'floor-code-texts', codeNode(codeTexts(`${bases.callFire}/texts`))),
	// What the Code node's sandbox offers (answers the first item with it).
	floorHook(
		'bfProbe',
		'floor-probe',
		codeNode(
			`return [{ json: { fetch: typeof fetch, httpRequest: typeof this.helpers?.httpRequest, httpRequestWithAuthentication: typeof this.helpers?.httpRequestWithAuthentication } }];`,
		),
	),
);
// ---------------------------------------------------------------- Return All and growth (n8n execute)
const start = {
	id: 't',
	name: 'Start',
	type: 'n8n-nodes-base.manualTrigger',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};
/** Start → the given nodes in a chain, for `n8n execute`. */
const chainOf = (id, ...nodes) => {
	const all = [
		start,
		...nodes.map((node, index) => ({
			id: `n${index}`,
			position: [300 * (index + 1), 0],
			typeVersion: 1,
			...node,
		})),
	];
	const connections = {};
	for (let index = 0; index < all.length - 1; index++)
		connections[all[index].name] = {
			main: [[{ node: all[index + 1].name, type: 'main', index: 0 }]],
		};
	return {
		id,
		name: id,
		active: false,
		settings: { executionOrder: 'v1' },
		pinData: {},
		nodes: all,
		connections,
	};
};
const pvxAllNode = (credId) => ({
	name: 'PrimeVox',
	type: 'n8n-nodes-telephony.primeVox',
	parameters: { resource: 'call', operation: 'getAll', returnAll: true },
	credentials: cred('primeVoxApi', credId),
});
const executeWorkflows = [
	chainOf('benchEmpty00001'),
	chainOf('benchPvxAll0001', pvxAllNode('benchPvx000001')),
	chainOf('benchPbAll00001', {
		name: 'PhoneBurner',
		type: 'n8n-nodes-telephony.phoneBurner',
		parameters: {
			authentication: 'accessToken',
			resource: 'contact',
			operation: 'getAll',
			returnAll: true,
		},
		credentials: cred('phoneBurnerApi', 'benchPb0000001'),
	}),
	chainOf('benchPvxCode001', codeNode(codePrimeVox(bases.primeVox))),
	chainOf('benchPbCode0001', codeNode(codePhoneBurner(bases.phoneBurner))),
];
// Growth: one Set node makes N entries in one expression, Split Out makes them items.
const makeEntries = (size) => [
	{
		...setNode([
			[
				'items',
				`={{ Array.from({ length: ${size} }, (_, i) => ({ phone: String(12130000000 + i) })) }}`,
				'array',
			],
		]),
		name: 'Entries',
	},
	{
		name: 'Items',
		type: 'n8n-nodes-base.splitOut',
		typeVersion: 1,
		parameters: { fieldToSplitOut: 'items', options: {} },
	},
];
const growthIds = (size) => ({
	noOp: `benchGrowNoop${size}`,
	set: `benchGrowSet${size}`,
	code: `benchGrowCode${size}`,
	dnc: `benchGrowDnc${size}`,
	pvx: `benchGrowPvx${size}`,
	pvxCode: `benchGrowPvxC${size}`,
});
if (GROWTH) {
	GROWTH_SIZES.forEach((size, index) => {
		const ids = growthIds(size);
		const pvxBase = `http://127.0.0.1:${growthPrimeVox[index].port}/api`;
		executeWorkflows.push(
			chainOf(ids.noOp, ...makeEntries(size), noOp),
			chainOf(ids.set, ...makeEntries(size), dncSet),
			chainOf(ids.code, ...makeEntries(size), codeNode(codeDnc(`${bases.callFire}/contacts/dncs`))),
			chainOf(ids.dnc, ...makeEntries(size), dncNode),
			chainOf(ids.pvx, pvxAllNode(`benchPvxGrow0${index}`)),
			chainOf(ids.pvxCode, codeNode(codePrimeVox(pvxBase))),
		);
	});
}
writeFileSync(join(work, 'credentials.json'), JSON.stringify(credentials));
writeFileSync(
	join(work, 'workflows.json'),
	JSON.stringify([
		mergeWorkflows('benchWebhooks01', 'bench webhooks', benchWorkflows),
		...executeWorkflows,
	]),
);
n8n(['import:credentials', `--input=${join(work, 'credentials.json')}`]);
n8n(['import:workflow', `--input=${join(work, 'workflows.json')}`]);
n8n(['publish:workflow', '--id=benchWebhooks01']);

// A preload that reports the process's own CPU time and peak memory (the kernel's) as it exits.
const exitReport = join(work, 'exit-report.cjs');
writeFileSync(
	exitReport,
	`process.on('exit', () => { try { const u = process.resourceUsage(); require('fs').writeFileSync(process.env.BENCH_EXIT_REPORT, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssMb: u.maxRSS / 1024 })); } catch {} });\n`,
);

/**
 * Runs `n8n execute`: wall time, CPU time and peak memory of the n8n process (its own report as
 * it exits), and of its task runner (sampled). Its output goes to a file; `countItems` counts
 * the output items in it afterwards (for checks). With `profile`, writes a CPU profile of the
 * n8n process there.
 *
 * n8n 2.40.7's `execute` ends with SIGSEGV after it has printed its output and called
 * process.exit (the isolated-vm expression engine's teardown; with N8N_EXPRESSION_ENGINE=legacy
 * it exits 0). Such a run counts when it reached its exit (its report is written) and its output
 * is whole; how many did is said in results.md.
 */
let executions = 0;
let crashedAtExit = 0;
function countIn(file, marker) {
	const text = readFileSync(file, 'utf8');
	let count = 0;
	for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + marker.length))
		count++;
	return count;
}
let crashedEarly = 0;
let databaseRetries = 0;
/** `executeOnce`, again (up to twice more) when n8n crashed before its output was whole. */
async function execute(id, options = {}) {
	for (let attempt = 0; ; attempt++) {
		try {
			return await executeOnce(id, options);
		} catch (error) {
			if (!error.early || attempt >= 2) throw error;
			crashedEarly++;
		}
	}
}
function executeOnce(id, { countItems, profile } = {}) {
	return new Promise((resolve, reject) => {
		const run = executions++;
		const report = join(work, `exit-${run}.json`);
		const outputFile = join(work, `output-${run}.json`);
		const output = openSync(outputFile, 'w');
		const nodeOptions = [`--require=${exitReport}`];
		if (profile)
			nodeOptions.push(
				'--cpu-prof',
				`--cpu-prof-dir=${profile.dir}`,
				`--cpu-prof-name=${profile.name}`,
				'--cpu-prof-interval=500',
			);
		const startedAt = process.hrtime.bigint();
		const child = spawn(nodeBin, [n8nBin, 'execute', `--id=${id}`, '--rawOutput'], {
			env: {
				...env,
				// `n8n execute` prints the run data through its logger, at 'info': at 'warn' it prints
				// nothing (it still builds the JSON), and the output could not be checked.
				N8N_LOG_LEVEL: N8N_ENV.N8N_LOG_LEVEL ?? 'info',
				BENCH_EXIT_REPORT: report,
				NODE_OPTIONS: [env.NODE_OPTIONS, ...nodeOptions].filter(Boolean).join(' '),
			},
			stdio: ['ignore', output, 'pipe'],
		});
		const watcher = watch(child.pid);
		let errors = '';
		child.stderr.on('data', (chunk) => (errors = (errors + chunk).slice(-20000)));
		child.on('exit', (code, signal) => {
			const ms = Number(process.hrtime.bigint() - startedAt) / 1e6;
			const seen = watcher.stop();
			closeSync(output);
			const text = readFileSync(outputFile, 'utf8');
			const whole = text.trimEnd().endsWith('}');
			const reachedExit = existsSync(report);
			const count = countItems ? countIn(outputFile, countItems) : 0;
			rmSync(outputFile, { force: true });
			if (code !== 0 && !(signal === 'SIGSEGV' && reachedExit && whole)) {
				const error = new Error(
					`n8n execute --id=${id} ended with ${code ?? signal}\n${text.slice(0, 500)}\n${errors}`,
				);
				return reject(Object.assign(error, { early: signal === 'SIGSEGV' }));
			}
			if (signal) crashedAtExit++;
			const own = JSON.parse(readFileSync(report, 'utf8'));
			// n8n's own timings, from the run data it printed: the execution (start to stop) and
			// the last node's executionTime. Neither includes start-up or the printing itself.
			const started = /"startedAt": "([^"]+)"/.exec(text.slice(-2000))?.[1];
			const stopped = /"stoppedAt": "([^"]+)"/.exec(text.slice(-2000))?.[1];
			let lastNodeMs;
			for (const match of text.matchAll(/"executionTime": (\d+)/g)) lastNodeMs = Number(match[1]);
			resolve({
				workflowMs: started && stopped ? Date.parse(stopped) - Date.parse(started) : undefined,
				lastNodeMs,
				ms,
				cpuMs: own.cpuMs + seen.childCpuMs,
				peakMb: own.maxRssMb,
				peakTreeMb: Math.max(own.maxRssMb, seen.peakTreeMb),
				count,
				head: text.slice(0, 300),
				load: seen.loadAfter,
			});
		});
	});
}

async function timed(fn) {
	const started = process.hrtime.bigint();
	const value = await fn();
	return { ms: Number(process.hrtime.bigint() - started) / 1e6, value };
}

const pvxAuth = `auth=${v.pvxKey}&containerID=123456`;
const headersFor = {
	CallFire: { Authorization: cfBasic },
	PhoneBurner: { Authorization: `Bearer ${v.pbToken}` },
	PrimeVox: {},
};
async function bareReads(read, ids) {
	// The bare loop signs each Call-Em-All request with OAuth 1.0a, as the node does.
	const sign = (url) => ({
		Authorization: signer.oauthHeader({
			method: 'GET',
			url,
			consumerKey: v.ceaAppKey,
			consumerSecret: v.ceaSecretKey,
			token: v.ceaAuthToken,
		}),
	});
	return await Promise.all(
		ids.map((id) => {
			const url = read.bareUrl ? read.bareUrl(id) : read.url(id);
			return fetch(url, {
				headers: read.vendor === 'Call-Em-All' ? sign(url) : headersFor[read.vendor],
			}).then((response) => response.json());
		}),
	);
}
async function barePages(urlOf, more) {
	let page = 1;
	let count = 0;
	for (;;) {
		const body = await fetch(urlOf(page), { headers: headersFor.PhoneBurner }).then((response) =>
			response.json(),
		);
		const { items, last } = more(body, page);
		count += items;
		if (last) break;
		page += 1;
	}
	return count;
}

// ---------------------------------------------------------------- rows
// A row: figure | time | n8n CPU | compared with | ÷ Set floor | ÷ Code floor | goal.
const rows = [];
const row = (
	figure,
	{ time = '', cpu = '', against = '', perSet = '', perCode = '', goal = '' },
) => {
	rows.push([figure, time, cpu, against, perSet, perCode, goal]);
	process.stdout.write(`${rows.at(-1).filter(Boolean).join(' | ')}\n`);
};
const verdict = (value, limit) => `${value <= limit ? '✓' : '✗'} ≤ ${limit}×`;
/** Median wall and CPU time of several webhook runs. */
const med = (runs) => ({
	ms: median(runs.map((r) => r.ms)),
	cpuMs: median(runs.map((r) => r.cpuMs)),
	peakMb: median(runs.map((r) => r.peakMb ?? 0)),
	peakTreeMb: median(runs.map((r) => r.peakTreeMb ?? 0)),
});
const both = (a, b) => `${ratio(a.ms, b.ms)} (CPU ${ratio(a.cpuMs, b.cpuMs)})`;
const timeCpu = (m) => ({ time: seconds(m.ms), cpu: seconds(m.cpuMs) });

const previous = existsSync(join(PROJECT_DIR, 'bench', 'results.md'))
	? readFileSync(join(PROJECT_DIR, 'bench', 'results.md'), 'utf8')
	: '';
const sectionsOut = {};
const profileSummaries = [];

let server;
let inspector;
const needServer = SECTIONS.has('reads') || SECTIONS.has('bulk');
const port = await freePort();
if (needServer) {
	const serverEnv = {
		...env,
		N8N_BENCH_COUNTS: countsFile,
		NODE_OPTIONS: [
			env.NODE_OPTIONS,
			PROFILE ? '--inspect=127.0.0.1:0' : '',
			COUNT ? `--require=${join(PROJECT_DIR, 'bench', 'n8n-patches', 'count.cjs')}` : '',
		]
			.filter(Boolean)
			.join(' '),
	};
	server = await startN8nServer({ nodeBin, n8nBin, env: serverEnv, port });
	if (!server.ready) throw new Error(`n8n did not start\n${server.log().slice(-2000)}`);
	if (PROFILE) inspector = await connectInspector(inspectorUrlIn(server.log()), n8nDir);
}
const hook = (path) => `http://127.0.0.1:${port}/webhook/${path}`;
/** One webhook run: wall time, n8n's CPU time (main process and task runner), peak memory. */
async function hookRun(path, body, expected) {
	const before = COUNT ? await readCounts() : undefined;
	let watcher = watch(server.pid);
	let { ms, value } = await timed(() => postJson(hook(path), body));
	// Under a heavy load n8n's database health check can time out, and n8n then refuses requests
	// for a while ("Database is not ready!"): wait and send the run again.
	for (
		let retry = 0;
		retry < 10 && value.status === 503 && /Database is not ready/.test(value.text);
		retry++
	) {
		watcher.stop();
		databaseRetries++;
		await sleep(3000);
		watcher = watch(server.pid);
		({ ms, value } = await timed(() => postJson(hook(path), body)));
	}
	const seen = watcher.stop();
	if (!Array.isArray(value.json) || value.json.length !== expected)
		throw new Error(`${path}: ${value.status} ${value.text.slice(0, 300)}`);
	if (COUNT) {
		const after = await readCounts();
		const items = body.items.length;
		counted.set(
			path,
			Object.fromEntries(
				Object.keys(after).map((key) => [key, (after[key] - before[key]) / items]),
			),
		);
	}
	return { ms, cpuMs: seen.cpuMs + seen.childCpuMs, peakMb: seen.peakMb, load: seen.loadAfter };
}
/** The counts of bench/n8n-patches/count.cjs in the running n8n (it writes them on SIGUSR2). */
async function readCounts() {
	rmSync(countsFile, { force: true });
	process.kill(server.pid, 'SIGUSR2');
	for (let wait = 0; wait < 200 && !existsSync(countsFile); wait++) await sleep(50);
	return JSON.parse(readFileSync(countsFile, 'utf8'));
}
async function profiled(name, fn) {
	const { profile } = await inspector.profile(fn);
	writeFileSync(join(profileDir, `${name}.cpuprofile`), JSON.stringify(profile));
	const summary = summariseProfile(profile);
	profileSummaries.push({ name, summary });
	process.stdout.write(
		`profiled ${name}: ${(summary.totalMs / 1000).toFixed(2)} s CPU; ${summary.kinds
			.slice(0, 4)
			.map((k) => `${k.kind} ${(k.share * 100).toFixed(0)}%`)
			.join(', ')}\n`,
	);
}

const ids = Array.from({ length: ITEMS }, (_, i) => ({ id: String(1000 + i) }));
const phones = (count) =>
	Array.from({ length: count }, (_, i) => ({ phone: String(12130000000 + i) }));
try {
	if (needServer) {
		await waitForWebhook(hook(`node-${slug(reads[0].vendor)}`));
		const probe = await postJson(hook('floor-probe'), { items: [{}] });
		process.stdout.write(
			`Code node sandbox: ${JSON.stringify(probe.json?.[0] ?? probe.text.slice(0, 200))}\n`,
		);
	}
	if (SECTIONS.has('reads')) {
		const loadFrom = loads.length;
		noteLoad();
		const floors = { noOp: [], set: [] };
		const results = new Map(reads.map((read) => [read, { node: [], http: [], bare: [] }]));
		for (let run = 0; run < RUNS; run++) {
			floors.noOp.push(await hookRun('floor-noop', { items: ids }, ITEMS));
			floors.set.push(await hookRun('floor-set-read', { items: ids }, ITEMS));
			for (const read of reads) {
				const r = results.get(read);
				r.node.push(await hookRun(`node-${slug(read.vendor)}`, { items: ids }, ITEMS));
				r.http.push(await hookRun(`http-${slug(read.vendor)}`, { items: ids }, ITEMS));
				r.bare.push(
					await timed(() =>
						bareReads(
							read,
							ids.map((entry) => entry.id),
						),
					),
				);
			}
			noteLoad();
		}
		const noOpM = med(floors.noOp);
		const setM = med(floors.set);
		for (const read of reads) {
			const r = results.get(read);
			const node = med(r.node);
			const http = med(r.http);
			const bare = median(r.bare.map((b) => b.ms));
			row(`${ITEMS.toLocaleString('en')} items through ${read.vendor} ${read.what}`, {
				...timeCpu(node),
				against: `${both(node, http)} the HTTP Request node (${seconds(http.ms)}, CPU ${seconds(http.cpuMs)}); ${ratio(node.ms, bare)} the bare loop (${seconds(bare)})`,
				perSet: both(node, setM),
				goal: `${verdict(Number((node.ms / http.ms).toFixed(2)), 0.8)} HTTP Request`,
			});
		}
		row(
			`… floor: the same ${ITEMS.toLocaleString('en')} items through a NoOp node`,
			timeCpu(noOpM),
		);
		row(
			`… floor: the same ${ITEMS.toLocaleString('en')} items through a Set node (\`id = {{ $json.id }}\`)`,
			timeCpu(setM),
		);
		sectionsOut.readsLoad = loads.slice(loadFrom);
		if (PROFILE) {
			for (const read of reads.filter((each) => ['CallFire', 'PrimeVox'].includes(each.vendor)))
				await profiled(`read-${slug(read.vendor)}`, () =>
					postJson(hook(`node-${slug(read.vendor)}`), { items: ids }),
				);
			await profiled('read-http-request-callfire', () =>
				postJson(hook('http-callfire'), { items: ids }),
			);
		}
	}

	if (SECTIONS.has('bulk')) {
		const items = { items: phones(BULK) };
		const noOps = [];
		for (const [label, path, endpoint] of [
			[`add ${bulkCount} DNC numbers`, 'dnc', /^\/v2\/contacts\/dncs$/],
			[`send ${bulkCount} texts`, 'texts', /^\/v2\/texts$/],
		].filter(([, path]) => BULK_OPS.has(path))) {
			const count = () =>
				callFire.log.filter((entry) => entry.method === 'POST' && endpoint.test(entry.path)).length;
			const node = [];
			const byName = [];
			const set = [];
			const code = [];
			let nodeRequests = 0;
			let codeRequests = 0;
			for (let run = 0; run < RUNS; run++) {
				let before = count();
				node.push(await hookRun(`node-${path}`, items, BULK));
				nodeRequests = count() - before;
				byName.push(await hookRun(`node-${path}-names`, items, BULK));
				set.push(await hookRun(`floor-set-${path}`, items, BULK));
				before = count();
				code.push(await hookRun(`floor-code-${path}`, items, BULK));
				codeRequests = count() - before;
				noOps.push(await hookRun('floor-noop', items, BULK));
				noteLoad();
				callFire.log.length = 0;
			}
			const before = count();
			const http = HTTP_BULK ? await hookRun(`http-${path}`, items, BULK) : undefined;
			const httpRequests = count() - before;
			callFire.log.length = 0;
			const nodeM = med(node);
			const setM = med(set);
			const codeM = med(code);
			row(`CallFire: ${label}`, {
				...timeCpu(nodeM),
				against: `${nodeRequests} requests; ${http ? `one request per item (HTTP Request node, one run): ${httpRequests.toLocaleString('en')} requests, ${seconds(http.ms)} (CPU ${seconds(http.cpuMs)}), ${ratio(http.ms, nodeM.ms)} slower` : 'one request per item: not run (BENCH_HTTP_BULK=0)'}`,
				perSet: both(nodeM, setM),
				perCode: both(nodeM, codeM),
				goal: `${verdict(Number((nodeM.ms / setM.ms).toFixed(2)), 1.3)} Set`,
			});
			const byNameM = med(byName);
			row(`… the node with Input by field name (no expression per item)`, {
				...timeCpu(byNameM),
				against: `${ratio(nodeM.ms, byNameM.ms)} faster than mapping the field with an expression`,
				perSet: both(byNameM, setM),
				perCode: both(byNameM, codeM),
				goal: `${verdict(Number((byNameM.ms / setM.ms).toFixed(2)), 1.3)} Set`,
			});
			row(`… floor: a Set node mapping the same fields`, timeCpu(setM));
			row(`… floor: a Code node making the same ${codeRequests} requests`, timeCpu(codeM));
		}
		row(`… floor: the same ${bulkCount} items through a NoOp node`, timeCpu(med(noOps)));
		if (PROFILE) {
			const items10k = { items: phones(BULK) };
			await profiled('bulk-dnc-node', () => postJson(hook('node-dnc'), items10k));
			await profiled('bulk-dnc-set-floor', () => postJson(hook('floor-set-dnc'), items10k));
			await profiled('bulk-dnc-code-floor', () => postJson(hook('floor-code-dnc'), items10k));
			if (BULK_OPS.has('texts'))
				await profiled('bulk-texts-node', () => postJson(hook('node-texts'), items10k));
			await profiled('bulk-noop-floor', () => postJson(hook('floor-noop'), items10k));
		}
	}
} finally {
	inspector?.close();
	await server?.stop();
}

if (SECTIONS.has('returnAll')) {
	const loadFrom = loads.length;
	noteLoad();
	const runs = { empty: [], pvx: [], pb: [], pvxCode: [], pbCode: [], barePvx: [], barePb: [] };
	for (let run = 0; run < RUNS; run++) {
		const check = run === 0;
		runs.empty.push(await execute('benchEmpty00001'));
		runs.pvx.push(await execute('benchPvxAll0001', check ? { countItems: '"callUuid"' } : {}));
		runs.pvxCode.push(await execute('benchPvxCode001', check ? { countItems: '"callUuid"' } : {}));
		runs.pb.push(
			await execute('benchPbAll00001', check ? { countItems: '"contact_user_id"' } : {}),
		);
		runs.pbCode.push(
			await execute('benchPbCode0001', check ? { countItems: '"contact_user_id"' } : {}),
		);
		if (check) {
			for (const [name, expected] of [
				['pvx', PVX_CALLS],
				['pvxCode', PVX_CALLS],
				['pb', PB_CONTACTS],
				['pbCode', PB_CONTACTS],
			]) {
				if (runs[name][0].count !== expected)
					throw new Error(
						`Return All (${name}) gave ${runs[name][0].count} items, not ${expected}\nstdout: ${runs[name][0].head}`,
					);
			}
		}
		runs.barePvx.push(
			(
				await timed(() =>
					barePages(
						(page) => `${bases.primeVox}/call_list.php?${pvxAuth}&page=${page}`,
						(body, page) => ({
							items: Object.keys(body).filter((key) => typeof body[key] === 'object').length,
							last: page >= Number(body.maxPages ?? 1),
						}),
					),
				)
			).ms,
		);
		runs.barePb.push(
			(
				await timed(() =>
					barePages(
						(page) => `${bases.phoneBurner}/contacts?page=${page}&page_size=100`,
						(body, page) => ({
							items: body.contacts?.contacts?.length ?? 0,
							last: page >= Number(body.contacts?.total_pages ?? 1),
						}),
					),
				)
			).ms,
		);
		noteLoad();
	}
	const empty = med(runs.empty);
	// Time: n8n's own (the execution's start to stop); CPU: the process's, less an empty run's.
	const less = (list) => {
		const m = med(list);
		return {
			ms: median(list.map((r) => r.workflowMs)),
			wallMs: m.ms - empty.ms,
			cpuMs: m.cpuMs - empty.cpuMs,
			peakMb: m.peakMb,
			peakTreeMb: m.peakTreeMb,
		};
	};
	for (const [label, node, code, bare] of [
		[
			`PrimeVox Return All, ${PVX_CALLS.toLocaleString('en')} calls (100 pages)`,
			less(runs.pvx),
			less(runs.pvxCode),
			median(runs.barePvx),
		],
		[
			`PhoneBurner Return All, ${PB_CONTACTS.toLocaleString('en')} contacts (pages of 100)`,
			less(runs.pb),
			less(runs.pbCode),
			median(runs.barePb),
		],
	]) {
		row(label, {
			...timeCpu(node),
			against: `${ratio(node.ms, bare)} the bare loop (${seconds(bare)}); the whole \`n8n execute\` less an empty run's: ${seconds(node.wallMs)} (Code node: ${seconds(code.wallMs)})`,
			perCode: both(node, code),
			goal: `${verdict(Number((node.ms / code.ms).toFixed(2)), 1.3)} Code`,
		});
		row('… peak memory of the n8n process (with its task runner)', {
			time: `${mb(node.peakMb)} (${mb(node.peakTreeMb)})`,
			against: `${ratio(node.peakMb, empty.peakMb)} an empty workflow's run (${mb(empty.peakMb)})`,
			perCode: `${ratio(node.peakMb, code.peakMb)} (${ratio(node.peakTreeMb, code.peakTreeMb)})`,
			goal: `${verdict(Number((node.peakTreeMb / code.peakTreeMb).toFixed(2)), 1.3)} Code`,
		});
		row('… floor: a Code node fetching the same pages, returning the same items', {
			...timeCpu(code),
			against: `peak ${mb(code.peakMb)} (with its task runner ${mb(code.peakTreeMb)})`,
		});
	}
	row("… an empty workflow's run (`n8n execute`; its CPU time is taken off the CPU times above)", {
		...timeCpu(empty),
		against: `peak ${mb(empty.peakMb)} (with its task runner ${mb(empty.peakTreeMb)})`,
	});
	sectionsOut.returnAllLoad = loads.slice(loadFrom);
	if (PROFILE) {
		for (const [name, id] of [
			['return-all-primevox-node', 'benchPvxAll0001'],
			['return-all-primevox-code-floor', 'benchPvxCode001'],
			['return-all-phoneburner-node', 'benchPbAll00001'],
		]) {
			await execute(id, { profile: { dir: profileDir, name: `${name}.cpuprofile` } });
			const profile = JSON.parse(readFileSync(join(profileDir, `${name}.cpuprofile`), 'utf8'));
			const summary = summariseProfile(profile, executeWindow(profile));
			profileSummaries.push({ name, summary });
			process.stdout.write(
				`profiled ${name}: ${(summary.totalMs / 1000).toFixed(2)} s CPU; ${summary.kinds
					.slice(0, 4)
					.map((k) => `${k.kind} ${(k.share * 100).toFixed(0)}%`)
					.join(', ')}\n`,
			);
		}
	}
}

if (SECTIONS.has('load')) {
	// Load cost: the same empty workflow in a user folder without the package.
	const empty = [];
	for (let run = 0; run < RUNS; run++) empty.push(await execute('benchEmpty00001'));
	const emptyMs = median(empty.map((r) => r.ms));
	const bareFolder = join(work, 'user-without-package');
	const bareEnv = n8nEnv(bareFolder, {
		N8N_ENCRYPTION_KEY: 'bench-encryption-key',
		EXECUTIONS_DATA_SAVE_ON_SUCCESS: 'none',
	});
	execFileSync(nodeBin, [n8nBin, 'import:workflow', `--input=${join(work, 'workflows.json')}`], {
		env: bareEnv,
		stdio: 'ignore',
	});
	const withoutPackage = [];
	for (let run = 0; run < RUNS; run++) {
		withoutPackage.push(
			await new Promise((resolve) => {
				const started = process.hrtime.bigint();
				spawn(nodeBin, [n8nBin, 'execute', '--id=benchEmpty00001'], {
					env: bareEnv,
					stdio: 'ignore',
				}).on('exit', () => resolve(Number(process.hrtime.bigint() - started) / 1e6));
			}),
		);
	}
	const loadMs = emptyMs - median(withoutPackage);
	row('n8n start-up + empty workflow (`n8n execute`), with this package', {
		time: seconds(emptyMs),
		against: `${seconds(Math.max(0, loadMs))} more than without it (${seconds(median(withoutPackage))})`,
	});
	row('packed tarball', { time: `${(tarballBytes / 1024).toFixed(1)} KiB` });
}

// ---------------------------------------------------------------- growth curve
const growthRows = [];
if (GROWTH) {
	const loadFrom = loads.length;
	noteLoad();
	const emptyRun = await execute('benchEmpty00001');
	for (const size of GROWTH_SIZES) {
		const ids = growthIds(size);
		const r = {};
		for (const [key, id] of Object.entries(ids)) r[key] = await execute(id);
		noteLoad();
		const per = (value) => `${((value * 1000) / size).toFixed(1)}`;
		// Time: n8n's own executionTime of the node. CPU and memory: above the same workflow with a
		// NoOp node (bulk: the entries' making by Set + Split Out included) or an empty run's.
		for (const [what, run, base] of [
			['CallFire DNC → Add (node)', r.dnc, r.noOp],
			['… floor: Set node', r.set, r.noOp],
			['… floor: Code node', r.code, r.noOp],
			['PrimeVox Return All (node)', r.pvx, emptyRun],
			['… floor: Code node', r.pvxCode, emptyRun],
		]) {
			growthRows.push([
				`${size.toLocaleString('en')}`,
				what,
				seconds(run.lastNodeMs),
				per(run.lastNodeMs),
				per(run.cpuMs - base.cpuMs),
				mb(run.peakMb - base.peakMb),
				per((run.peakMb - base.peakMb) * 1024),
				per((run.peakTreeMb - base.peakTreeMb) * 1024),
			]);
			process.stdout.write(`growth ${growthRows.at(-1).join(' | ')}\n`);
		}
	}
	sectionsOut.growthLoad = loads.slice(loadFrom);
}

await Promise.all([callFire.close(), phoneBurner.close(), callEmAll.close()]);
primeVox.server.close();
for (const standIn of growthPrimeVox) standIn.server.close();
rmSync(work, { recursive: true, force: true });

// ---------------------------------------------------------------- results.md
const loadText = (values) =>
	values?.length ? `${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)}` : 'n/a';
const machine = `${process.platform}/${process.arch}, ${cpus().length} cores (shared with other work), n8n ${n8nVersion}${
	Object.keys(N8N_ENV).length
		? ` with ${Object.entries(N8N_ENV)
				.map(([key, value]) => `${key}=${value}`)
				.join(', ')}`
		: ''
}`;
const section = (name, body) => `<!-- bench:${name} -->\n${body}\n<!-- /bench:${name} -->`;
const keep = (name) =>
	new RegExp(`<!-- bench:${name} -->[\\s\\S]*?<!-- /bench:${name} -->`).exec(previous)?.[0];
const stamp = new Date().toISOString();
const took = `${((Date.now() - benchStarted) / 60000).toFixed(1)} min`;

let main = keep('figures');
if (rows.length && process.env.BENCH_FIGURES !== '0') {
	const table = [
		'| figure | time | n8n CPU | compared with | ÷ Set floor | ÷ Code floor | goal |',
		'|---|---|---|---|---|---|---|',
		...rows.map((r) => `| ${r.join(' | ')} |`),
	].join('\n');
	main = section(
		'figures',
		`## Figures\n\nMeasured ${stamp} on ${machine}; sections ${[...SECTIONS].join(', ')}; median of ${RUNS} runs taken in turns (the one-request-per-item bulk: one run); stand-in latency ${LATENCY} ms per request; load average (1 min) ${loadText(loads)} during the run, which took ${took}. Webhook-started runs are timed from the POST to the answer; \`n8n execute\` runs (Return All) by n8n's own timing of the execution (its startedAt to stoppedAt: no start-up, no printing), their CPU time less an empty workflow's run. *n8n CPU* is the CPU time of n8n's process and its task runner (user + system, from /proc), much steadier than wall time on a busy machine; ratios give wall time first, CPU time in brackets. Memory is the n8n process's own peak (the kernel's figure), with its task runner's added in brackets.${crashedAtExit ? ` ${crashedAtExit} of the ${executions} \`n8n execute\` runs ended with SIGSEGV after printing their output and reaching process.exit (n8n 2.40.7's isolated-vm expression engine at teardown; they count, their output checked).` : ''}${crashedEarly ? ` ${crashedEarly} crashed the same way before their output was whole and were run again.` : ''}${databaseRetries ? ` ${databaseRetries} webhook runs were refused by n8n ("Database is not ready!", its database health check timing out under the load) and sent again.` : ''}\n\n${table}`,
	);
}
let profileSection = keep('profile');
if (profileSummaries.length) {
	profileSection = section(
		'profile',
		`## Where the time goes (CPU profiles)\n\nOne profiled run each, ${stamp}, load average ${loadNow().toFixed(1)} at the end (\`BENCH_PROFILE=1\`; profiles in \`bench/tmp/profiles/\`, open them in Chrome DevTools or summarise one with \`node bench/summarise-profile.mjs <file>\`). Webhook runs: the n8n process from the POST to the answer; \`n8n execute\` runs: from the workflow's first step to its output. *Kind of work* is the function the sample was in; *asked by* is the nearest caller that is the package, n8n's declarative engine (routing-node) or a base node. See bench/PROFILE.md for what it means and what to change.\n\n${profileSummaries.map(({ name, summary }) => profileMarkdown(name, summary)).join('\n\n')}`,
	);
}
let countSection = keep('counts');
if (counted.size) {
	const columns = [
		['expressions', 'expressions evaluated'],
		['dataProxies', 'data proxies built'],
		['getNodeParameter', 'getNodeParameter calls'],
		['propertyVisits', 'properties visited by the declarative engine'],
		['baseUrlWalks', 'base-URL walks'],
	];
	countSection = section(
		'counts',
		`## Work per item (counts)\n\nCounted ${stamp} inside n8n (\`BENCH_COUNT=1\`, bench/n8n-patches/count.cjs), per input item of the last run of each workflow; counts do not depend on the machine's load. An expression evaluation costs about 1 ms of CPU in n8n 2.40's isolated-vm engine (see the profiles).\n\n| workflow (webhook path) | ${columns.map(([, title]) => title).join(' | ')} |\n|---|${columns.map(() => '---').join('|')}|\n${[...counted].map(([path, per]) => `| ${path} | ${columns.map(([key]) => (per[key] ?? 0).toFixed(per[key] % 1 ? 2 : 0)).join(' | ')} |`).join('\n')}`,
	);
}
let growthSection = keep('growth');
if (growthRows.length) {
	growthSection = section(
		'growth',
		`## Growth curve\n\nMeasured ${stamp} (\`BENCH_GROWTH=1\`, one run per point, \`n8n execute\` in a fresh process each), load average ${loadText(sectionsOut.growthLoad)}. Bulk: Start → Set (makes the entries in one expression) → Split Out → the node. *Time* is n8n's own executionTime of the node; CPU and memory are above a baseline: the same workflow with a NoOp node (bulk) or an empty workflow (Return All). Memory: the n8n process's peak (per 1,000 entries: KB; *with runner*: n8n and its task runner together).\n\n| entries | run | time | ms per 1,000 entries | CPU ms per 1,000 entries | peak memory above baseline | KB per 1,000 entries | KB per 1,000 entries, with runner |\n|---|---|---|---|---|---|---|---|\n${growthRows.map((r) => `| ${r.join(' | ')} |`).join('\n')}`,
	);
}
const output = [
	'# Benchmark results',
	'',
	'Written by `npm run bench` (see the header of bench/run.mjs for its options); each section says which run it comes from. What the figures mean and what to change: bench/PROFILE.md.',
	'',
	main,
	countSection,
	profileSection,
	growthSection,
	keep('pacing'),
]
	.filter((part) => part !== undefined)
	.join('\n\n');
writeFileSync(join(PROJECT_DIR, 'bench', 'results.md'), `${output}\n`);
process.stdout.write(`\nbench: done in ${took}, load average ${loadText(loads)}\n`);
if (SECTIONS.has('pacing')) runPacing();
process.exit(0);
