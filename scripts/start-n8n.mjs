// `npm start`: builds this package, installs it into a local n8n user folder the way the
// Community Nodes screen does, and starts n8n at http://localhost:5678 with embedded SQLite.
// It also starts a local PrimeVox stand-in (http://127.0.0.1:5699/api, answering as the
// vendor doc says) and, the first time, imports a "PrimeVox (local stand-in)" credential and a
// "PrimeVox demo" workflow that lists, pages, decodes, downloads and annotates calls.
// The first run also installs Node 24 and n8n 2.40.7 from the npm registry (see the README for
// how long); later runs check that runtime and start. Data lives in ./.n8n-local (delete it to
// start over). Any setup step that fails stops here with what failed and how to fix it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

import {
	DATABASE_FAILURE,
	PROJECT_DIR,
	SetupError,
	databaseFailureMessage,
	ensureN8n,
	installIntoUserFolder,
	n8nEnv,
	packPackage,
} from './n8n-runtime.mjs';
import { standInCredentialData, startPrimeVox } from '../test/e2e/standins/primevox.mjs';
import { primeVoxWorkflow } from '../test/e2e/workflows/primevox.mjs';

const userFolder = process.env.N8N_USER_FOLDER ?? join(PROJECT_DIR, '.n8n-local');
const standInPort = Number(process.env.PRIMEVOX_STANDIN_PORT ?? 5699);
const DEMO_KEY = 'demo-key-for-the-local-stand-in';

function fail(message) {
	process.stderr.write(`[start] ${message}\n`);
	process.exit(1);
}
process.on('uncaughtException', (error) =>
	fail(error instanceof SetupError ? error.message : error.stack),
);

const runtime = ensureN8n();
const { nodeBin, n8nBin } = runtime;
process.stderr.write('[start] Building and packing n8n-nodes-telephony…\n');
const tarball = packPackage();
installIntoUserFolder(tarball, userFolder);
const env = n8nEnv(userFolder);

const standIn = await startPrimeVox({
	authKey: DEMO_KEY,
	containerId: '123456',
	port: standInPort,
});
const baseUrl = `http://127.0.0.1:${standIn.port}/api`;
process.stderr.write(`[start] PrimeVox stand-in listening at ${baseUrl}\n`);

const demoMarker = join(userFolder, '.demo-imported');
if (!existsSync(demoMarker)) {
	process.stderr.write('[start] Importing the PrimeVox demo credential and workflow…\n');
	const credentials = [
		{
			id: 'pvxGood0000001',
			name: 'PrimeVox (local stand-in)',
			type: 'primeVoxApi',
			data: standInCredentialData(baseUrl, DEMO_KEY),
		},
		{
			id: 'pvxBad00000001',
			name: 'PrimeVox (wrong key, for the error demo)',
			type: 'primeVoxApi',
			data: standInCredentialData(baseUrl, 'wrong-key'),
		},
	];
	const workflow = { ...primeVoxWorkflow(baseUrl), name: 'PrimeVox demo (local stand-in)' };
	writeFileSync(join(userFolder, 'demo-credentials.json'), JSON.stringify(credentials));
	writeFileSync(join(userFolder, 'demo-workflow.json'), JSON.stringify([workflow]));
	for (const args of [
		['import:credentials', `--input=${join(userFolder, 'demo-credentials.json')}`],
		['import:workflow', `--input=${join(userFolder, 'demo-workflow.json')}`],
	]) {
		const result = spawnSync(nodeBin, [n8nBin, ...args], {
			env,
			encoding: 'utf8',
			timeout: 300_000,
		});
		if (result.status !== 0) {
			standIn.server.close();
			const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
			const databaseLine = output.split('\n').find((line) => DATABASE_FAILURE.test(line));
			fail(
				databaseLine
					? databaseFailureMessage(runtime, databaseLine)
					: `n8n ${args[0]} failed (exit ${result.status ?? result.signal}), so n8n was not started:\n${output.trim().split('\n').slice(-15).join('\n')}\nDelete ${userFolder} to start over.`,
			);
		}
	}
	writeFileSync(demoMarker, new Date().toISOString());
}

process.stderr.write(
	`[start] Installed into ${join(userFolder, '.n8n', 'nodes')}. Starting n8n at http://localhost:${process.env.N8N_PORT ?? 5678} …\n`,
);
const child = spawn(nodeBin, [n8nBin, 'start'], { stdio: ['inherit', 'pipe', 'pipe'], env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
let databaseFailure;
for (const [stream, sink] of [
	[child.stdout, process.stdout],
	[child.stderr, process.stderr],
]) {
	createInterface({ input: stream }).on('line', (line) => {
		sink.write(`${line}\n`);
		// n8n would retry its database connection forever: stop it and say why.
		if (!databaseFailure && DATABASE_FAILURE.test(line)) {
			databaseFailure = databaseFailureMessage(runtime, line);
			child.kill('SIGTERM');
		}
	});
}
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => (stopping = true));
child.on('exit', (code, signal) => {
	standIn.server.close();
	if (databaseFailure) fail(databaseFailure);
	if (signal && !stopping)
		fail(
			`n8n ended unexpectedly (signal ${signal}); its last lines are above. Run npm start again.`,
		);
	process.exit(code ?? 0);
});
