// `npm run bench`: figures measured in a real n8n (the one the end-to-end tests use) against
// local stand-ins with a fixed small latency. Each figure is the median of several runs and is
// reported as a ratio, because this machine is shared and noisy. Writes bench/results.md.
//
// 1. Per-item overhead: 1,000 items through one read operation of each vendor node, through
//    n8n's HTTP Request node making the same calls (with the same credential), and through a
//    bare Node.js loop making the same calls with the same concurrency (all at once).
// 2. Bulk: 10,000 DNC numbers and 10,000 texts through the CallFire node, against the
//    one-request-per-item way (HTTP Request node, one POST per item).
// 3. Return All: 50,000 PrimeVox calls and 20,000 PhoneBurner contacts (`n8n execute`, a fresh
//    process each: wall time and peak RSS) against the bare loop fetching the same pages.
// 4. Load cost: n8n start-up with and without this package installed; the tarball's size.
// 5. Request pacing against a rate-limiting stand-in (bench/pacing.mjs; BENCH_ONLY=pacing runs
//    only this).
//   BENCH_RUNS (default 3)  BENCH_LATENCY_MS (default 5)
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { PROJECT_DIR, ensureN8n, installIntoUserFolder, n8nEnv, packPackage } from '../scripts/n8n-runtime.mjs';
import { freePort, mergeWorkflows, postJson, startN8nServer, waitForWebhook, webhookWorkflow } from '../test/e2e/lib.mjs';
import { startCallEmAll } from '../test/e2e/standins/cea-standin.mjs';
import { startCallFire } from '../test/e2e/standins/cf-standin.mjs';
import { startPhoneBurner } from '../test/e2e/standins/pb-standin.mjs';
import { startPrimeVox } from '../test/e2e/standins/primevox.mjs';
import signer from '../dist/nodes/CallEmAll/OAuth1Signer.js';
import { pacingSection, writePacingSection } from './pacing.mjs';

// BENCH_ONLY=pacing: only the request-pacing runs (bench/pacing.mjs), its section of results.md.
if (process.env.BENCH_ONLY === 'pacing') {
	execFileSync(process.execPath, [join(PROJECT_DIR, 'bench', 'pacing.mjs')], { stdio: 'inherit' });
	process.exit(0);
}

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const LATENCY = Number(process.env.BENCH_LATENCY_MS ?? 5);
const ITEMS = 1000;
const BULK = 10_000;
const PVX_CALLS = 50_000;
const PB_CONTACTS = 20_000;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;

const { nodeBin, n8nBin } = ensureN8n();
const work = mkdtempSync(join(tmpdir(), 'n8n-telephony-bench-'));
const userFolder = join(work, 'user');
const env = n8nEnv(userFolder, { N8N_ENCRYPTION_KEY: 'bench-encryption-key', EXECUTIONS_DATA_SAVE_ON_SUCCESS: 'none', N8N_LOG_LEVEL: 'warn', N8N_PAYLOAD_SIZE_MAX: '256' });
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
const primeVox = await startPrimeVox({ authKey: v.pvxKey, containerId: '123456', totalCalls: PVX_CALLS, latencyMs: LATENCY });
const callFire = await startCallFire({ login: v.cfLogin, password: v.cfPassword, latencyMs: LATENCY });
const phoneBurner = await startPhoneBurner({ token: v.pbToken, totalContacts: PB_CONTACTS, latencyMs: LATENCY });
const callEmAll = await startCallEmAll({ appKey: v.ceaAppKey, secretKey: v.ceaSecretKey, authToken: v.ceaAuthToken, latencyMs: LATENCY });
const bases = {
	primeVox: `http://127.0.0.1:${primeVox.port}/api`,
	callFire: `${callFire.url}/v2`,
	phoneBurner: `${phoneBurner.url}/rest/1`,
	callEmAll: callEmAll.url,
};

const n8n = (args) => execFileSync(nodeBin, [n8nBin, ...args], { env, stdio: 'ignore' });
const cred = (type, id) => ({ [type]: { id, name: id } });
const credentials = [
	{ id: 'benchPvx000001', name: 'benchPvx000001', type: 'primeVoxApi', data: { authKey: v.pvxKey, containerId: '123456', tenantId: '', baseUrl: bases.primeVox, callListScript: 'call_list.php', callDetailsScript: 'call_details.php', recordingScript: 'call_recording.php', callNotesScript: 'call_notes.php' } },
	{ id: 'benchCf0000001', name: 'benchCf0000001', type: 'callFireApi', data: { username: v.cfLogin, password: v.cfPassword, baseUrl: bases.callFire } },
	{ id: 'benchPb0000001', name: 'benchPb0000001', type: 'phoneBurnerApi', data: { accessToken: v.pbToken, baseUrl: bases.phoneBurner } },
	{ id: 'benchCea000001', name: 'benchCea000001', type: 'callEmAllApi', data: { appKey: v.ceaAppKey, secretKey: v.ceaSecretKey, authToken: v.ceaAuthToken, username: '', pinCode: '', baseUrl: bases.callEmAll } },
];

// ---------------------------------------------------------------- per-item reads
const reads = [
	{ vendor: 'CallFire', what: 'Contact → Get', type: 'callFire', credType: 'callFireApi', credId: 'benchCf0000001', parameters: { resource: 'contact', operation: 'get', contactId: '={{ $json.id }}' }, url: (id) => `${bases.callFire}/contacts/${id}` },
	{ vendor: 'PhoneBurner', what: 'Contact → Get', type: 'phoneBurner', credType: 'phoneBurnerApi', credId: 'benchPb0000001', parameters: { authentication: 'accessToken', resource: 'contact', operation: 'get', contactId: '={{ $json.id }}' }, url: (id) => `${bases.phoneBurner}/contacts/${id}` },
	{ vendor: 'Call-Em-All', what: 'Contact → Get', type: 'callEmAll', credType: 'callEmAllApi', credId: 'benchCea000001', parameters: { resource: 'contact', operation: 'get', contactId: '={{ $json.id }}' }, url: (id) => `${bases.callEmAll}/v1/contacts/${id}` },
	{ vendor: 'PrimeVox', what: 'Call → Get', type: 'primeVox', credType: 'primeVoxApi', credId: 'benchPvx000001', parameters: { resource: 'call', operation: 'get', callUuid: { __rl: true, mode: 'id', value: '={{ $json.id }}' } }, url: (id) => `${bases.primeVox}/call_details.php?callUuid=${id}`, bareUrl: (id) => `${bases.primeVox}/call_details.php?auth=${v.pvxKey}&containerID=123456&callUuid=${id}` },
];
const slug = (text) => text.toLowerCase().replace(/[^a-z]+/g, '-');
const benchWorkflows = [];
for (const read of reads) {
	benchWorkflows.push(
		webhookWorkflow({ id: `bn${slug(read.vendor)}`.slice(0, 16), name: `${read.vendor} node`, path: `node-${slug(read.vendor)}`, splitItems: true, nodes: [{ name: 'Read', type: `n8n-nodes-telephony.${read.type}`, parameters: read.parameters, credentials: cred(read.credType, read.credId) }] }),
		webhookWorkflow({
			id: `bh${slug(read.vendor)}`.slice(0, 16),
			name: `${read.vendor} HTTP Request`,
			path: `http-${slug(read.vendor)}`,
			splitItems: true,
			nodes: [{ name: 'Read', type: 'n8n-nodes-base.httpRequest', typeVersion: 4.2, parameters: { url: `=${read.url('{{ $json.id }}')}`, authentication: 'predefinedCredentialType', nodeCredentialType: read.credType, options: {} }, credentials: cred(read.credType, read.credId) }],
		}),
	);
}
// ---------------------------------------------------------------- bulk
const cfCred = cred('callFireApi', 'benchCf0000001');
benchWorkflows.push(
	webhookWorkflow({ id: 'bnDnc', name: 'DNC node', path: 'node-dnc', splitItems: true, nodes: [{ name: 'Add', type: 'n8n-nodes-telephony.callFire', parameters: { resource: 'doNotContact', operation: 'add', inputMode: 'item', doNotContactEntryNumber: '={{ $json.phone }}', call: true, text: true, source: '', batchSize: 1000 }, credentials: cfCred }] }),
	webhookWorkflow({ id: 'bhDnc', name: 'DNC HTTP Request', path: 'http-dnc', splitItems: true, nodes: [{ name: 'Add', type: 'n8n-nodes-base.httpRequest', typeVersion: 4.2, parameters: { method: 'POST', url: `${bases.callFire}/contacts/dncs`, authentication: 'predefinedCredentialType', nodeCredentialType: 'callFireApi', sendBody: true, specifyBody: 'json', jsonBody: '={{ JSON.stringify({ numbers: [$json.phone], call: true, text: true }) }}', options: {} }, credentials: cfCred }] }),
	webhookWorkflow({ id: 'bnTexts', name: 'Texts node', path: 'node-texts', splitItems: true, nodes: [{ name: 'Send', type: 'n8n-nodes-telephony.callFire', parameters: { resource: 'text', operation: 'send', inputMode: 'item', textEntryPhoneNumber: '={{ $json.phone }}', textEntryMessage: 'Hello', batchSize: 1000 }, credentials: cfCred }] }),
	webhookWorkflow({ id: 'bhTexts', name: 'Texts HTTP Request', path: 'http-texts', splitItems: true, nodes: [{ name: 'Send', type: 'n8n-nodes-base.httpRequest', typeVersion: 4.2, parameters: { method: 'POST', url: `${bases.callFire}/texts`, authentication: 'predefinedCredentialType', nodeCredentialType: 'callFireApi', sendBody: true, specifyBody: 'json', jsonBody: '={{ JSON.stringify([{ phoneNumber: $json.phone, message: "Hello" }]) }}', options: {} }, credentials: cfCred }] }),
);
// ---------------------------------------------------------------- Return All (n8n execute)
const start = { id: 't', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} };
const single = (id, node) => ({ id, name: id, active: false, settings: {}, pinData: {}, nodes: node ? [start, { id: 'n', position: [300, 0], typeVersion: 1, ...node }] : [start], connections: node ? { Start: { main: [[{ node: node.name, type: 'main', index: 0 }]] } } : {} });
const executeWorkflows = [
	single('benchEmpty00001'),
	single('benchPvxAll0001', { name: 'PrimeVox', type: 'n8n-nodes-telephony.primeVox', parameters: { resource: 'call', operation: 'getAll', returnAll: true }, credentials: cred('primeVoxApi', 'benchPvx000001') }),
	single('benchPbAll00001', { name: 'PhoneBurner', type: 'n8n-nodes-telephony.phoneBurner', parameters: { authentication: 'accessToken', resource: 'contact', operation: 'getAll', returnAll: true }, credentials: cred('phoneBurnerApi', 'benchPb0000001') }),
];
writeFileSync(join(work, 'credentials.json'), JSON.stringify(credentials));
writeFileSync(join(work, 'workflows.json'), JSON.stringify([mergeWorkflows('benchWebhooks01', 'bench webhooks', benchWorkflows), ...executeWorkflows]));
n8n(['import:credentials', `--input=${join(work, 'credentials.json')}`]);
n8n(['import:workflow', `--input=${join(work, 'workflows.json')}`]);
n8n(['publish:workflow', '--id=benchWebhooks01']);

/** Runs `n8n execute` and samples the process's resident memory every 50 ms. */
function execute(id, extraEnv = {}) {
	return new Promise((resolve) => {
		const started = process.hrtime.bigint();
		const child = spawn(nodeBin, [n8nBin, 'execute', `--id=${id}`, '--rawOutput'], { env: { ...env, ...extraEnv }, stdio: ['ignore', 'ignore', 'ignore'] });
		let peakKb = 0;
		const sampler = setInterval(() => {
			try {
				peakKb = Math.max(peakKb, Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0));
			} catch {
				// the process has ended
			}
		}, 50);
		child.on('exit', (code) => {
			clearInterval(sampler);
			resolve({ code, ms: Number(process.hrtime.bigint() - started) / 1e6, peakMb: peakKb / 1024 });
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
	CallFire: { Authorization: `Basic ${Buffer.from(`${v.cfLogin}:${v.cfPassword}`).toString('base64')}` },
	PhoneBurner: { Authorization: `Bearer ${v.pbToken}` },
	PrimeVox: {},
};
async function bareReads(read, ids) {
	// The bare loop signs each Call-Em-All request with OAuth 1.0a, as the node does.
	const sign = (url) => ({ Authorization: signer.oauthHeader({ method: 'GET', url, consumerKey: v.ceaAppKey, consumerSecret: v.ceaSecretKey, token: v.ceaAuthToken }) });
	return await Promise.all(
		ids.map((id) => {
			const url = read.bareUrl ? read.bareUrl(id) : read.url(id);
			return fetch(url, { headers: read.vendor === 'Call-Em-All' ? sign(url) : headersFor[read.vendor] }).then((response) => response.json());
		}),
	);
}
async function barePages(urlOf, more) {
	let page = 1;
	let count = 0;
	for (;;) {
		const body = await fetch(urlOf(page), { headers: headersFor.PhoneBurner }).then((response) => response.json());
		const { items, last } = more(body, page);
		count += items;
		if (last) break;
		page += 1;
	}
	return count;
}

// ---------------------------------------------------------------- measure
const rows = [];
const port = await freePort();
const server = await startN8nServer({ nodeBin, n8nBin, env, port });
if (!server.ready) throw new Error(`n8n did not start\n${server.log().slice(-2000)}`);
const hook = (path) => `http://127.0.0.1:${port}/webhook/${path}`;
await waitForWebhook(hook(`node-${slug(reads[0].vendor)}`));
const ids = Array.from({ length: ITEMS }, (_, i) => ({ id: String(1000 + i) }));
try {
	for (const read of reads) {
		const node = [];
		const http = [];
		const bare = [];
		for (let run = 0; run < RUNS; run++) {
			const a = await timed(() => postJson(hook(`node-${slug(read.vendor)}`), { items: ids }));
			const b = await timed(() => postJson(hook(`http-${slug(read.vendor)}`), { items: ids }));
			const c = await timed(() => bareReads(read, ids.map((entry) => entry.id)));
			if (!Array.isArray(a.value.json) || a.value.json.length !== ITEMS) throw new Error(`${read.vendor} node: ${a.value.status} ${a.value.text.slice(0, 300)}`);
			if (!Array.isArray(b.value.json) || b.value.json.length !== ITEMS) throw new Error(`${read.vendor} HTTP Request: ${b.value.status} ${b.value.text.slice(0, 300)}`);
			node.push(a.ms);
			http.push(b.ms);
			bare.push(c.ms);
		}
		rows.push([`${ITEMS.toLocaleString('en')} items through ${read.vendor} ${read.what}`, seconds(median(node)), `${ratio(median(node), median(http))} the HTTP Request node (${seconds(median(http))}); ${ratio(median(node), median(bare))} the bare loop (${seconds(median(bare))})`]);
		process.stdout.write(`${rows.at(-1).join(' | ')}\n`);
	}

	const phones = Array.from({ length: BULK }, (_, i) => ({ phone: String(12130000000 + i) }));
	for (const [label, path, endpoint] of [['add 10,000 DNC numbers', 'dnc', /^\/v2\/contacts\/dncs$/], ['send 10,000 texts', 'texts', /^\/v2\/texts$/]]) {
		const count = () => callFire.log.filter((entry) => entry.method === 'POST' && endpoint.test(entry.path)).length;
		let before = count();
		const node = await timed(() => postJson(hook(`node-${path}`), { items: phones }));
		const nodeRequests = count() - before;
		before = count();
		const http = await timed(() => postJson(hook(`http-${path}`), { items: phones }));
		const httpRequests = count() - before;
		for (const [who, answer] of [['node', node.value], ['HTTP Request', http.value]]) {
			if (!Array.isArray(answer.json) || answer.json.length !== BULK) throw new Error(`${label} (${who}): ${answer.status} ${answer.text.slice(0, 300)}`);
		}
		rows.push([`CallFire: ${label}`, `${nodeRequests} requests, ${seconds(node.ms)}`, `one request per item (HTTP Request node): ${httpRequests.toLocaleString('en')} requests, ${seconds(http.ms)}; ${ratio(http.ms, node.ms)} faster`]);
		process.stdout.write(`${rows.at(-1).join(' | ')}\n`);
		callFire.log.length = 0;
	}
} finally {
	await server.stop();
}

const empty = [];
const pvx = [];
const pb = [];
const barePvx = [];
const barePb = [];
for (let run = 0; run < RUNS; run++) {
	empty.push(await execute('benchEmpty00001'));
	pvx.push(await execute('benchPvxAll0001'));
	pb.push(await execute('benchPbAll00001'));
	barePvx.push((await timed(() => barePages((page) => `${bases.primeVox}/call_list.php?${pvxAuth}&page=${page}`, (body, page) => ({ items: Object.keys(body).filter((key) => typeof body[key] === 'object').length, last: page >= Number(body.maxPages ?? 1) })))).ms);
	barePb.push((await timed(() => barePages((page) => `${bases.phoneBurner}/contacts?page=${page}&page_size=100`, (body, page) => ({ items: body.contacts?.contacts?.length ?? 0, last: page >= Number(body.contacts?.total_pages ?? 1) })))).ms);
}
const emptyMs = median(empty.map((r) => r.ms));
const emptyMb = median(empty.map((r) => r.peakMb));
for (const [label, runs, bare] of [[`PrimeVox Return All, ${PVX_CALLS.toLocaleString('en')} calls (100 pages)`, pvx, barePvx], [`PhoneBurner Return All, ${PB_CONTACTS.toLocaleString('en')} contacts (pages of 100)`, pb, barePb]]) {
	const work = median(runs.map((r) => r.ms)) - emptyMs;
	const mb = median(runs.map((r) => r.peakMb));
	rows.push([label, seconds(work), `${ratio(work, median(bare))} the bare loop (${seconds(median(bare))})`]);
	rows.push(['… peak memory of the n8n process', `${mb.toFixed(0)} MB`, `${ratio(mb, emptyMb)} an empty workflow's run (${emptyMb.toFixed(0)} MB)`]);
}

// Load cost: the same empty workflow in a user folder without the package.
const bareFolder = join(work, 'user-without-package');
const bareEnv = n8nEnv(bareFolder, { N8N_ENCRYPTION_KEY: 'bench-encryption-key', EXECUTIONS_DATA_SAVE_ON_SUCCESS: 'none' });
execFileSync(nodeBin, [n8nBin, 'import:workflow', `--input=${join(work, 'workflows.json')}`], { env: bareEnv, stdio: 'ignore' });
const withoutPackage = [];
for (let run = 0; run < RUNS; run++) {
	withoutPackage.push(await new Promise((resolve) => {
		const started = process.hrtime.bigint();
		spawn(nodeBin, [n8nBin, 'execute', '--id=benchEmpty00001'], { env: bareEnv, stdio: 'ignore' }).on('exit', () => resolve(Number(process.hrtime.bigint() - started) / 1e6));
	}));
}
const loadMs = emptyMs - median(withoutPackage);
rows.push(['n8n start-up + empty workflow (`n8n execute`), with this package', seconds(emptyMs), `${seconds(Math.max(0, loadMs))} more than without it (${seconds(median(withoutPackage))})`]);
rows.push(['packed tarball', `${(tarballBytes / 1024).toFixed(1)} KiB`, '']);

await Promise.all([callFire.close(), phoneBurner.close(), callEmAll.close()]);
primeVox.server.close();
// 5. Request pacing (bench/pacing.mjs), in the same user folder.
const pacing = await pacingSection({ nodeBin, n8nBin, env, work });
rmSync(work, { recursive: true, force: true });

const table = ['| figure | value | ratio |', '|---|---|---|', ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
const header = `Measured ${new Date().toISOString()} on ${process.platform}/${process.arch} (2 cores, shared), n8n 2.40.7, median of ${RUNS} runs (bulk: one run), stand-in latency ${LATENCY} ms per request. Webhook-started runs are timed from the POST to the answer; \`n8n execute\` runs have an empty workflow's run (n8n's own start-up) taken off.\n\n`;
writeFileSync(join(PROJECT_DIR, 'bench', 'results.md'), `# Benchmark results\n\n${header}${table}\n`);
writePacingSection(pacing.text);
process.stdout.write(`\n${header}${table}\n\n${pacing.text}\n`);
process.exit(0);
