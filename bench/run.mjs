// `npm run bench`: figures measured in a real n8n (the one the end-to-end tests use) against
// local stand-ins with a fixed small latency. Each figure is the median of several runs and is
// reported as a ratio, because this machine is shared and noisy. Writes bench/results.md.
//
// So far: PrimeVox Return All (50,000 calls in 100 pages of 500) through the PrimeVox node,
// against a bare Node.js loop fetching the same pages, plus the package's load cost.
//   BENCH_RUNS (default 3)  BENCH_CALLS (default 50000)  BENCH_LATENCY_MS (default 5)
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { PROJECT_DIR, ensureN8n, installIntoUserFolder, n8nEnv, packPackage } from '../scripts/n8n-runtime.mjs';
import { startPrimeVox } from '../test/e2e/standins/primevox.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CALLS = Number(process.env.BENCH_CALLS ?? 50_000);
const LATENCY = Number(process.env.BENCH_LATENCY_MS ?? 5);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const { nodeBin, n8nBin } = ensureN8n();
const work = mkdtempSync(join(tmpdir(), 'n8n-telephony-bench-'));
const userFolder = join(work, 'user');
const env = n8nEnv(userFolder, { N8N_ENCRYPTION_KEY: 'bench-encryption-key', EXECUTIONS_DATA_SAVE_ON_SUCCESS: 'none' });
const tarball = packPackage(work);
const tarballBytes = statSync(tarball).size;
installIntoUserFolder(tarball, userFolder);

const authKey = 'bench-key-0001';
const standIn = await startPrimeVox({ authKey, containerId: '123456', totalCalls: CALLS, latencyMs: LATENCY });
const baseUrl = `http://127.0.0.1:${standIn.port}/api`;

function n8n(args) {
	execFileSync(nodeBin, [n8nBin, ...args], { env, stdio: 'ignore' });
}

/** Runs `n8n execute` and samples the process's resident memory every 50 ms. */
function execute(id) {
	return new Promise((resolve) => {
		const started = process.hrtime.bigint();
		const child = spawn(nodeBin, [n8nBin, 'execute', `--id=${id}`, '--rawOutput'], { env, stdio: ['ignore', 'ignore', 'ignore'] });
		let peakKb = 0;
		const sampler = setInterval(() => {
			try {
				const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
				const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
				peakKb = Math.max(peakKb, kb);
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

const credentials = [{ id: 'benchPvx000001', name: 'PrimeVox bench', type: 'primeVoxApi', data: { authKey, containerId: '123456', tenantId: '', baseUrl, callListScript: 'call_list.php', callDetailsScript: 'call_details.php', recordingScript: 'call_recording.php', callNotesScript: 'call_notes.php' } }];
const trigger = { id: 't', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} };
const workflows = [
	{ id: 'benchPvxAll0001', name: 'bench PrimeVox Return All', active: false, settings: {}, pinData: {}, nodes: [trigger, { id: 'p', name: 'PrimeVox', type: 'n8n-nodes-telephony.primeVox', typeVersion: 1, position: [300, 0], parameters: { resource: 'call', operation: 'getAll', returnAll: true }, credentials: { primeVoxApi: { id: 'benchPvx000001', name: 'PrimeVox bench' } } }], connections: { Start: { main: [[{ node: 'PrimeVox', type: 'main', index: 0 }]] } } },
	{ id: 'benchEmpty00001', name: 'bench empty', active: false, settings: {}, pinData: {}, nodes: [trigger], connections: {} },
];
writeFileSync(join(work, 'credentials.json'), JSON.stringify(credentials));
writeFileSync(join(work, 'workflows.json'), JSON.stringify(workflows));
n8n(['import:credentials', `--input=${join(work, 'credentials.json')}`]);
n8n(['import:workflow', `--input=${join(work, 'workflows.json')}`]);

async function bareLoop() {
	const started = process.hrtime.bigint();
	let calls = 0;
	for (let page = 1; ; page++) {
		const response = await fetch(`${baseUrl}/call_list.php?auth=${authKey}&containerID=123456&page=${page}`);
		const body = await response.json();
		calls += Object.keys(body).filter((key) => typeof body[key] === 'object').length;
		if (page >= body.maxPages) break;
	}
	return { ms: Number(process.hrtime.bigint() - started) / 1e6, calls };
}

const node = [];
const empty = [];
const bare = [];
for (let run = 0; run < RUNS; run++) {
	empty.push(await execute('benchEmpty00001'));
	node.push(await execute('benchPvxAll0001'));
	bare.push(await bareLoop());
}
standIn.server.close();
rmSync(work, { recursive: true, force: true });

const nodeMs = median(node.map((r) => r.ms));
const emptyMs = median(empty.map((r) => r.ms));
const bareMs = median(bare.map((r) => r.ms));
const nodeWorkMs = nodeMs - emptyMs;
const rows = [
	['PrimeVox Return All, ' + CALLS.toLocaleString('en') + ' calls (100 pages), wall time of the node', `${(nodeWorkMs / 1000).toFixed(2)} s`, `${(nodeWorkMs / bareMs).toFixed(2)}× the bare loop (${(bareMs / 1000).toFixed(2)} s)`],
	['… peak memory of the n8n process', `${median(node.map((r) => r.peakMb)).toFixed(0)} MB`, `${(median(node.map((r) => r.peakMb)) / median(empty.map((r) => r.peakMb))).toFixed(2)}× an empty workflow's run (${median(empty.map((r) => r.peakMb)).toFixed(0)} MB)`],
	['n8n start-up + empty workflow via `n8n execute` (load cost, includes this package)', `${(emptyMs / 1000).toFixed(2)} s`, ''],
	['packed tarball', `${(tarballBytes / 1024).toFixed(1)} KiB`, ''],
];
const table = ['| figure | value | ratio |', '|---|---|---|', ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
const header = `Measured ${new Date().toISOString()} on ${process.platform}/${process.arch}, n8n 2.40.7, median of ${RUNS} runs, stand-in latency ${LATENCY} ms per request. The node's time is its \`n8n execute\` run minus an empty workflow's run (n8n's own start-up).\n\n`;
writeFileSync(join(PROJECT_DIR, 'bench', 'results.md'), `# Benchmark results\n\n${header}${table}\n`);
process.stdout.write(`${header}${table}\n`);
