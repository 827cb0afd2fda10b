// End-to-end tests in a real n8n 2.x: the package is packed with `npm pack` and installed into
// a fresh user folder's nodes directory the way the Community Nodes screen does it; the
// credentials and workflows are imported with n8n's CLI and run with `n8n execute`; a local
// stand-in plays the vendor. Assertions are on what the stand-in received and on the output.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ensureN8n, installIntoUserFolder, n8nEnv, packPackage, versionEnv } from '../../scripts/n8n-runtime.mjs';
import { createChecks } from './lib.mjs';
import { startPrimeVox } from './standins/primevox.mjs';
import { primeVoxWorkflow } from './workflows/primevox.mjs';
import { runVendorSuite } from './vendors-suite.mjs';
import { runAiSuite } from './ai-suite.mjs';
import { runPacingSuite } from './pacing-suite.mjs';

const { results, check } = createChecks();
// `--slice`: every vendor, every trigger, the editor and every fault case, but the two load
// cases smaller or left out (the burst of 1,000 callbacks; Continue On Fail with 1,000 items
// instead of 10,000). CI runs the full suite on n8n 2.x and this slice on n8n 1.x.
const slice = process.argv.includes('--slice');

const runtime = ensureN8n();
const { nodeBin, n8nBin } = runtime;
process.stdout.write(`e2e: n8n ${runtime.n8nVersion} on Node ${runtime.nodeVersion}${slice ? ' (slice: no burst, Continue On Fail with 1,000 items)' : ''}\n`);
const work = mkdtempSync(join(tmpdir(), 'n8n-telephony-e2e-'));
const userFolder = join(work, 'user');
const env = n8nEnv(userFolder, { ...versionEnv(runtime.n8nVersion), N8N_ENCRYPTION_KEY: 'e2e-encryption-key-for-tests-only', N8N_LOG_LEVEL: 'info' });

function n8n(args, { allowFailure = false } = {}) {
	const result = spawnSync(nodeBin, [n8nBin, ...args], { env, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
	if (result.status !== 0 && !allowFailure) {
		throw new Error(`n8n ${args.join(' ')} exited ${result.status}\n${result.stdout}\n${result.stderr}`);
	}
	return result;
}

/** `n8n execute --rawOutput` prints log lines, then the run as JSON: take the JSON. */
function parseRun(stdout) {
	const start = stdout.indexOf('{\n');
	if (start === -1) throw new Error(`no JSON in n8n output:\n${stdout.slice(0, 2000)}`);
	return JSON.parse(stdout.slice(start));
}

function outputOf(run, nodeName) {
	const task = run.data.resultData.runData[nodeName]?.[0];
	return { items: task?.data?.main?.[0] ?? [], error: task?.error };
}

const started = Date.now();
process.stdout.write('e2e: packing and installing the package into a fresh n8n user folder\n');
const tarball = packPackage(work);
installIntoUserFolder(tarball, userFolder);

const authKey = ['e2e', 'primevox', 'key', String(Date.now())].join('-');
const primevox = await startPrimeVox({ authKey, containerId: '123456' });
const baseUrl = `http://127.0.0.1:${primevox.port}/api`;

try {
	// ------------------------------------------------------------------ loading
	process.stdout.write('e2e: loading every node of the package\n');
	n8n(['export:nodes', `--output=${join(work, 'nodes.json')}`]);
	const loaded = new Set(JSON.parse(readFileSync(join(work, 'nodes.json'), 'utf8')).map((type) => type.name));
	const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
	for (const file of packageJson.n8n.nodes) {
		const name = file.split('/').pop().replace('.node.js', '');
		const typeName = `n8n-nodes-telephony.${name[0].toLowerCase()}${name.slice(1)}`;
		check(`n8n loads ${typeName}`, loaded.has(typeName));
	}
	check('action nodes are offered to AI agents as tools', loaded.has('n8n-nodes-telephony.primeVoxTool') && loaded.has('n8n-nodes-telephony.callFireTool') && loaded.has('n8n-nodes-telephony.phoneBurnerTool') && loaded.has('n8n-nodes-telephony.callEmAllTool'));
	// Every value the package takes from n8n-workflow is there in the n8n-workflow this n8n loads
	// nodes with (its CommonJS build): a name missing there is `undefined` only when called (n8n
	// 2.40.7's has no `sleepWithAbort`, which the dev dependency has; the pacer's first token wait
	// threw and left the fault suite's next execution waiting forever).
	const installed = join(userFolder, '.n8n', 'nodes', 'node_modules', packageJson.name, 'dist');
	const usedNames = new Set();
	const readDist = (dir) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) readDist(path);
			else if (entry.name.endsWith('.js')) for (const match of readFileSync(path, 'utf8').matchAll(/n8n_workflow_\d+\.(\w+)/g)) usedNames.add(match[1]);
		}
	};
	readDist(installed);
	const probe = `const w = require('module').createRequire(${JSON.stringify(join(runtime.n8nDir, 'node_modules', 'n8n', 'package.json'))})('n8n-workflow'); console.log(JSON.stringify(${JSON.stringify([...usedNames])}.filter((name) => w[name] === undefined)))`;
	const missing = spawnSync(nodeBin, ['-e', probe], { encoding: 'utf8' });
	check(`every one of the ${usedNames.size} n8n-workflow values the package uses exists in n8n ${runtime.n8nVersion}'s n8n-workflow`, missing.status === 0 && missing.stdout.trim() === '[]', `${missing.stdout}${missing.stderr}`.slice(0, 500));

	// ------------------------------------------------------------------ PrimeVox
	process.stdout.write('e2e: PrimeVox\n');
	const credentials = [
		{ id: 'pvxGood0000001', name: 'PrimeVox (stand-in)', type: 'primeVoxApi', data: { authKey, containerId: '123456', tenantId: '', baseUrl, callListScript: 'call_list.php', callDetailsScript: 'call_details.php', recordingScript: 'call_recording.php', callNotesScript: 'call_notes.php' } },
		{ id: 'pvxBad00000001', name: 'PrimeVox (wrong key)', type: 'primeVoxApi', data: { authKey: `${authKey}-wrong`, containerId: '123456', tenantId: '', baseUrl, callListScript: 'call_list.php', callDetailsScript: 'call_details.php', recordingScript: 'call_recording.php', callNotesScript: 'call_notes.php' } },
	];
	writeFileSync(join(work, 'credentials.json'), JSON.stringify(credentials));
	writeFileSync(join(work, 'workflows.json'), JSON.stringify([primeVoxWorkflow(baseUrl)]));
	n8n(['import:credentials', `--input=${join(work, 'credentials.json')}`]);
	n8n(['import:workflow', `--input=${join(work, 'workflows.json')}`]);

	const execution = await new Promise((resolve) => {
		// Run asynchronously so this process's stand-in server can answer n8n.
		const child = spawn(nodeBin, [n8nBin, 'execute', '--id=pvxWorkflow00001', '--rawOutput'], { env });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk) => (stdout += chunk));
		child.stderr.on('data', (chunk) => (stderr += chunk));
		child.on('exit', (code) => resolve({ code, stdout, stderr }));
	});
	check('n8n execute finishes successfully', execution.code === 0, execution.stderr.slice(-2000) + execution.stdout.slice(-2000));
	const run = parseRun(execution.stdout);

	const list = outputOf(run, 'List All Calls');
	const listRequests = primevox.log.filter((entry) => entry.path === '/api/call_list.php' && entry.query.auth === authKey && entry.query.filterInboundDid !== 'rate-limit-me');
	check('Get Many with Return All pages through both 500-row pages: 503 calls', list.items.length === 503, `got ${list.items.length}`);
	check('Get Many asked page 1 then page 2, with auth, containerID and the converted date', listRequests.length === 2 && listRequests[0].query.page === '1' && listRequests[1].query.page === '2' && listRequests[0].query.fromDate === '2024-01-05 00:00:00' && listRequests[0].query.containerID === '123456', JSON.stringify(listRequests.map((entry) => entry.query)));
	check('call rows are decoded (direction name)', list.items[0]?.json.callDirectionName === 'inbound');

	const details = outputOf(run, 'Get Call');
	const events = details.items[0]?.json.events ?? [];
	check('Get decodes the events from the doc table', events.length === 3 && events[1].eventName === 'Extension Answer' && events[1].eventDetails['Ext Num'] === '101', JSON.stringify(events[1]));

	const recording = outputOf(run, 'Download Recording');
	const binary = recording.items[0]?.binary?.data;
	check('Download Recording outputs binary audio with its file name and MIME type', binary?.mimeType === 'audio/wav' && binary?.fileName === '1704449700.1.wav', JSON.stringify(binary));

	const notes = outputOf(run, 'Annotate Call');
	const notesRequest = primevox.log.find((entry) => entry.path === '/api/call_notes.php');
	check('Update POSTs a urlencoded body with the auth values and fields', notesRequest?.headers['content-type']?.includes('application/x-www-form-urlencoded') && notesRequest.body.auth === authKey && notesRequest.body.callNotes === 'Called back from n8n' && notesRequest.body.callSeverity === '2' && notesRequest.body.callFlagged === '1', JSON.stringify(notesRequest?.body ?? null).replace(authKey, '<key>'));
	check('Update outputs the vendor success message', notes.items[0]?.json.message === 'Your call notes have been submitted.');

	const notesRequests = primevox.log.filter((entry) => entry.path === '/api/call_notes.php');
	const raised = notesRequests[1]?.body ?? {};
	const annotated = outputOf(run, 'Get Annotated Call').items[0]?.json ?? {};
	check('Update of the severity only sends the notes and flag the call has (read from Call Details first), so nothing is cleared', notesRequests.length === 2 && raised.callSeverity === '4' && raised.callNotes === 'Called back from n8n' && raised.callFlagged === '1' && annotated.callNotes === 'Called back from n8n' && annotated.callFlagged === 1 && annotated.callSeverity === 4, JSON.stringify({ raised: { ...raised, auth: undefined }, annotated: { callNotes: annotated.callNotes, callFlagged: annotated.callFlagged, callSeverity: annotated.callSeverity } }));

	const wrongKey = outputOf(run, 'Wrong Key');
	check('a wrong key gives an error item with the doc message under Continue On Fail', wrongKey.items.length === 1 && wrongKey.items[0].json.error === 'Your API Auth Key is invalid.', JSON.stringify(wrongKey));

	const limited = outputOf(run, 'Rate Limited Once');
	const limitedRequests = primevox.log.filter((entry) => entry.query.filterInboundDid === 'rate-limit-me');
	// One 429 answer, then page 1 asked again, then page 2.
	check('a 429 with Retry-After is waited out and retried once', limitedRequests.length === 3 && limitedRequests[1].query.page === '1' && limited.items.length === 503, `requests ${limitedRequests.length}, items ${limited.items.length}`);

	const everything = execution.stdout + execution.stderr;
	check('the auth key appears nowhere in the execution output or the n8n log', !everything.includes(authKey));
	const databaseFiles = ['database.sqlite', 'database.sqlite-wal'].map((name) => join(userFolder, '.n8n', name)).filter((file) => existsSync(file));
	const leaks = databaseFiles.filter((file) => readFileSync(file).includes(Buffer.from(authKey)));
	check('the auth key appears nowhere in n8n\'s database (saved executions; credentials are encrypted)', databaseFiles.length > 0 && leaks.length === 0, `files ${databaseFiles.length}, leaks in ${leaks.join(', ')}`);
	check('recordingUrl in the output has its auth parameter redacted', String(list.items[0]?.json.recordingUrl).includes('auth=[redacted]'));

	// ------------------------------------------------------------------ running n8n
	// CallFire, PhoneBurner and Call-Em-All workflows, triggers and fault injection in one
	// `n8n start`; then every credential value is searched for in the log and the database.
	const vendorRun = await runVendorSuite({ check, n8n, nodeBin, n8nBin, env, work, n8nVersion: runtime.n8nVersion, ...(slice ? { burst: false, manyItems: 1000 } : {}) });
	// AI Agent with the nodes as tools, in its own `n8n start` (test/e2e/ai-suite.mjs); the 1.x
	// slice leaves it out (it publishes through n8n 2.x's editor API).
	const aiRun = slice ? { serverLog: '', secrets: {} } : await runAiSuite({ check, nodeBin, n8nBin, env });
	vendorRun.serverLog += aiRun.serverLog;
	// Request pacing against rate-limiting stand-ins, in its own `n8n start` (pacing-suite.mjs);
	// the 1.x slice leaves it out (the pacer is the package's own code, the same on both lines).
	const pacingRun = slice ? { serverLog: '', secrets: {} } : await runPacingSuite({ check, n8n, nodeBin, n8nBin, env, work });
	vendorRun.serverLog += pacingRun.serverLog;
	const allSecrets = { primeVoxAuthKey: authKey, ...vendorRun.secrets, ...aiRun.secrets, ...pacingRun.secrets };
	const dbFiles = ['database.sqlite', 'database.sqlite-wal'].map((name) => join(userFolder, '.n8n', name)).filter((file) => existsSync(file));
	const dbBytes = Buffer.concat(dbFiles.map((file) => readFileSync(file)));
	const leaked = Object.entries(allSecrets).filter(([, value]) => dbBytes.includes(Buffer.from(value)) || vendorRun.serverLog.includes(value) || everything.includes(value)).map(([key]) => key);
	check(`none of the ${Object.keys(allSecrets).length} credential values (incl. PrimeVox's key, sent in URLs) appears in the database (saved executions), the n8n log or the output`, dbFiles.length > 0 && leaked.length === 0, `found: ${leaked.join(', ')}`);
	const parameterLeaks = Object.entries(vendorRun.parameterSecrets).filter(([, value]) => vendorRun.serverLog.includes(value) || vendorRun.observed.includes(value)).map(([key]) => key);
	check('the triggers\' own secrets (PhoneBurner token, Call-Em-All webhook password) reach no emitted item and no log line', parameterLeaks.length === 0, `found: ${parameterLeaks.join(', ')}`);
} finally {
	primevox.server.close();
	rmSync(work, { recursive: true, force: true });
}

const failed = results.filter((result) => !result.ok).length;
process.stdout.write(`e2e finished in ${Math.round((Date.now() - started) / 1000)} s\n`);
process.stdout.write(`${results.length - failed} passed, ${failed} failed\n`);
process.exit(failed ? 1 : 0);
