// The README's first command, tried as a new user would: `npm start` in a new user folder, on
// a runtime that may be empty (in CI it is: the runtime is installed by this very step).
// Passes when n8n answers, lists every node type of the package, holds the PrimeVox demo
// credential and workflow, and that workflow then runs. Prints "N passed, N failed".
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { PROJECT_DIR, ensureN8n, n8nEnv } from './n8n-runtime.mjs';
import { createChecks, editorSession, freePort, sleep } from '../test/e2e/lib.mjs';
import { startPrimeVox } from '../test/e2e/standins/primevox.mjs';

const { results, check } = createChecks();
const work = mkdtempSync(join(tmpdir(), 'n8n-telephony-start-'));
const userFolder = join(work, 'user');
const port = await freePort();
const standInPort = await freePort();
const base = `http://127.0.0.1:${port}`;
const started = Date.now();

process.stdout.write(`start: npm start in ${userFolder}, n8n on port ${port}\n`);
const child = spawn(process.execPath, [join(PROJECT_DIR, 'scripts', 'start-n8n.mjs')], {
	cwd: PROJECT_DIR,
	env: {
		...process.env,
		N8N_USER_FOLDER: userFolder,
		N8N_PORT: String(port),
		PRIMEVOX_STANDIN_PORT: String(standInPort),
	},
});
let log = '';
child.stdout.on('data', (chunk) => (log += chunk));
child.stderr.on('data', (chunk) => (log += chunk));
const exited = new Promise((resolve) => child.once('exit', resolve));

// The first start installs the runtime (minutes); later ones only check it.
const deadline = Date.now() + 20 * 60_000;
let ready = false;
while (!ready && child.exitCode === null && Date.now() < deadline) {
	ready = await fetch(`${base}/healthz/readiness`).then(
		(response) => response.ok,
		() => false,
	);
	if (!ready) await sleep(1000);
}
const upAfter = Math.round((Date.now() - started) / 1000);
check(
	`npm start: n8n answers at ${base} (after ${upAfter} s)`,
	ready,
	`${child.exitCode === null ? 'still starting at the deadline' : `npm start ended (exit ${child.exitCode}, signal ${child.signalCode})`}\n${log.slice(-3000)}`,
);

try {
	if (ready) {
		const session = await editorSession(base);
		check('the owner account can be set up', session.ok, `HTTP ${session.status}`);
		const cookie = session.cookie;
		const get = async (path) =>
			(await fetch(`${base}${path}`, { headers: { cookie, 'browser-id': 'start-smoke' } })).json();
		const packageJson = JSON.parse(readFileSync(join(PROJECT_DIR, 'package.json'), 'utf8'));
		const expected = packageJson.n8n.nodes.map((file) => {
			const name = file.split('/').pop().replace('.node.js', '');
			return `${packageJson.name}.${name[0].toLowerCase()}${name.slice(1)}`;
		});
		const types = await fetch(`${base}/types/nodes.json`, { headers: { cookie } }).then(
			(response) => response.json(),
			() => [],
		);
		const listed = new Set(types.map((type) => type.name));
		const missing = expected.filter((name) => !listed.has(name));
		check(
			`every node type of the package is listed (${expected.length})`,
			missing.length === 0,
			`missing: ${missing.join(', ')}`,
		);
		const workflows = (await get('/rest/workflows')).data ?? [];
		const credentials = (await get('/rest/credentials')).data ?? [];
		check(
			'the PrimeVox demo workflow is there',
			workflows.some((workflow) => workflow.name === 'PrimeVox demo (local stand-in)'),
			JSON.stringify(workflows.map((workflow) => workflow.name)),
		);
		check(
			'the PrimeVox demo credential is there',
			credentials.some((credential) => credential.name === 'PrimeVox (local stand-in)'),
			JSON.stringify(credentials.map((credential) => credential.name)),
		);
	}
} finally {
	if (child.exitCode === null) child.kill('SIGTERM');
	await exited;
}

if (ready) {
	// The demo workflow, run as "Execute workflow" runs it, against the demo stand-in.
	const runtime = ensureN8n();
	const standIn = await startPrimeVox({
		authKey: 'demo-key-for-the-local-stand-in',
		containerId: '123456',
		port: standInPort,
	});
	const execution = await new Promise((resolve) => {
		const run = spawn(
			runtime.nodeBin,
			[runtime.n8nBin, 'execute', '--id=pvxWorkflow00001', '--rawOutput'],
			{ env: n8nEnv(userFolder) },
		);
		let output = '';
		run.stdout.on('data', (chunk) => (output += chunk));
		run.stderr.on('data', (chunk) => (output += chunk));
		run.on('exit', (code, signal) => resolve({ code, signal, output }));
	});
	standIn.server.close();
	const listRequests = standIn.log.filter((entry) => entry.path === '/api/call_list.php').length;
	// n8n 2.40.7's `execute` sometimes dies of SIGSEGV in isolated-vm's teardown after it printed
	// the whole run; the run counts when its output is whole and has no error.
	let run;
	try {
		run = JSON.parse(
			execution.output.slice(
				execution.output.indexOf('{\n'),
				execution.output.lastIndexOf('}') + 1,
			),
		);
	} catch {
		run = undefined;
	}
	const finished = run?.data?.resultData?.runData && !run.data.resultData.error;
	check(
		`the demo workflow runs against the demo stand-in${execution.code === 0 ? '' : ` (n8n execute then ended with ${execution.signal ?? `exit ${execution.code}`})`}`,
		finished && listRequests > 0 && (execution.code === 0 || execution.signal === 'SIGSEGV'),
		execution.output.slice(-2000),
	);
}
rmSync(work, { recursive: true, force: true });

const failed = results.filter((result) => !result.ok).length;
process.stdout.write(`start smoke finished in ${Math.round((Date.now() - started) / 1000)} s\n`);
process.stdout.write(`${results.length - failed} passed, ${failed} failed\n`);
process.exit(failed ? 1 : 0);
