// The PrimeVox part of the end-to-end suite: its credentials and one workflow driving every
// operation (workflows/primevox.mjs) imported with n8n's CLI and run with `n8n execute` against
// the PrimeVox stand-in. Used by run.mjs (the combined package) and packages.mjs (n8n-nodes-primevox).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { COMBINED_PACKAGE } from '../../scripts/packages.mjs';
import { standInCredentialData, startPrimeVox } from './standins/primevox.mjs';
import { primeVoxWorkflow } from './workflows/primevox.mjs';

/**
 * `n8n execute --rawOutput` prints log lines, then the run as JSON (indented, so it ends at the
 * first `}` at the start of a line), and sometimes a log line after it: take the JSON.
 */
export function parseRun(stdout) {
	const start = stdout.indexOf('{\n');
	const end = stdout.indexOf('\n}', start);
	if (start === -1 || end === -1)
		throw new Error(`no JSON in n8n output:\n${stdout.slice(0, 2000)}`);
	return JSON.parse(stdout.slice(start, end + 2));
}

function outputOf(run, nodeName) {
	const task = run.data.resultData.runData[nodeName]?.[0];
	return { items: task?.data?.main?.[0] ?? [], error: task?.error };
}

/**
 * `n8n(args)` runs n8n's CLI on the user folder `userFolder` (with `env`); the package installed
 * there is `packageName`. Returns the auth key used and everything `n8n execute` printed (for
 * the caller's search for secrets).
 */
export async function runPrimeVoxSuite({
	check,
	n8n,
	nodeBin,
	n8nBin,
	env,
	work,
	userFolder,
	packageName = COMBINED_PACKAGE,
}) {
	process.stdout.write('e2e: PrimeVox\n');
	const authKey = ['e2e', 'primevox', 'key', String(Date.now())].join('-');
	const primevox = await startPrimeVox({ authKey, containerId: '123456' });
	const baseUrl = `http://127.0.0.1:${primevox.port}/api`;
	try {
		const credentials = [
			{
				id: 'pvxGood0000001',
				name: 'PrimeVox (stand-in)',
				type: 'primeVoxApi',
				data: standInCredentialData(baseUrl, authKey),
			},
			{
				id: 'pvxBad00000001',
				name: 'PrimeVox (wrong key)',
				type: 'primeVoxApi',
				data: standInCredentialData(baseUrl, `${authKey}-wrong`),
			},
		];
		writeFileSync(join(work, 'primevox-credentials.json'), JSON.stringify(credentials));
		writeFileSync(
			join(work, 'primevox-workflows.json'),
			JSON.stringify([primeVoxWorkflow(baseUrl, packageName)]),
		);
		n8n(['import:credentials', `--input=${join(work, 'primevox-credentials.json')}`]);
		n8n(['import:workflow', `--input=${join(work, 'primevox-workflows.json')}`]);

		const execution = await new Promise((resolve) => {
			// Run asynchronously so this process's stand-in server can answer n8n.
			const child = spawn(nodeBin, [n8nBin, 'execute', '--id=pvxWorkflow00001', '--rawOutput'], {
				env,
			});
			let stdout = '';
			let stderr = '';
			child.stdout.on('data', (chunk) => (stdout += chunk));
			child.stderr.on('data', (chunk) => (stderr += chunk));
			child.on('exit', (code) => resolve({ code, stdout, stderr }));
		});
		check(
			'n8n execute finishes successfully',
			execution.code === 0,
			execution.stderr.slice(-2000) + execution.stdout.slice(-2000),
		);
		const run = parseRun(execution.stdout);

		const list = outputOf(run, 'List All Calls');
		const listRequests = primevox.log.filter(
			(entry) =>
				entry.path === '/api/call_list.php' &&
				entry.query.auth === authKey &&
				entry.query.filterInboundDid !== 'rate-limit-me',
		);
		check(
			'Get Many with Return All pages through both 500-row pages: 503 calls',
			list.items.length === 503,
			`got ${list.items.length}`,
		);
		check(
			'Get Many asked page 1 then page 2, with auth, containerID and the converted date',
			listRequests.length === 2 &&
				listRequests[0].query.page === '1' &&
				listRequests[1].query.page === '2' &&
				listRequests[0].query.fromDate === '2024-01-05 00:00:00' &&
				listRequests[0].query.containerID === '123456',
			JSON.stringify(listRequests.map((entry) => entry.query)),
		);
		check(
			'call rows are decoded (direction name)',
			list.items[0]?.json.callDirectionName === 'inbound',
		);

		const details = outputOf(run, 'Get Call');
		const events = details.items[0]?.json.events ?? [];
		check(
			'Get decodes the events from the doc table',
			events.length === 3 &&
				events[1].eventName === 'Extension Answer' &&
				events[1].eventDetails['Ext Num'] === '101',
			JSON.stringify(events[1]),
		);

		const recording = outputOf(run, 'Download Recording');
		const binary = recording.items[0]?.binary?.data;
		check(
			'Download Recording outputs binary audio with its file name and MIME type',
			binary?.mimeType === 'audio/wav' && binary?.fileName === '1704449700.1.wav',
			JSON.stringify(binary),
		);

		const notes = outputOf(run, 'Annotate Call');
		const notesRequest = primevox.log.find((entry) => entry.path === '/api/call_notes.php');
		check(
			'Update POSTs a urlencoded body with the auth values and fields',
			notesRequest?.headers['content-type']?.includes('application/x-www-form-urlencoded') &&
				notesRequest.body.auth === authKey &&
				notesRequest.body.callNotes === 'Called back from n8n' &&
				notesRequest.body.callSeverity === '2' &&
				notesRequest.body.callFlagged === '1',
			JSON.stringify(notesRequest?.body ?? null).replace(authKey, '<key>'),
		);
		check(
			'Update outputs the vendor success message',
			notes.items[0]?.json.message === 'Your call notes have been submitted.',
		);

		const notesRequests = primevox.log.filter((entry) => entry.path === '/api/call_notes.php');
		const raised = notesRequests[1]?.body ?? {};
		const annotated = outputOf(run, 'Get Annotated Call').items[0]?.json ?? {};
		check(
			'Update of the severity only sends the notes and flag the call has (read from Call Details first), so nothing is cleared',
			notesRequests.length === 2 &&
				raised.callSeverity === '4' &&
				raised.callNotes === 'Called back from n8n' &&
				raised.callFlagged === '1' &&
				annotated.callNotes === 'Called back from n8n' &&
				annotated.callFlagged === 1 &&
				annotated.callSeverity === 4,
			JSON.stringify({
				raised: { ...raised, auth: undefined },
				annotated: {
					callNotes: annotated.callNotes,
					callFlagged: annotated.callFlagged,
					callSeverity: annotated.callSeverity,
				},
			}),
		);

		const wrongKey = outputOf(run, 'Wrong Key');
		check(
			'a wrong key gives an error item with the doc message under Continue On Fail',
			wrongKey.items.length === 1 &&
				wrongKey.items[0].json.error === 'Your API Auth Key is invalid.',
			JSON.stringify(wrongKey),
		);

		const limited = outputOf(run, 'Rate Limited Once');
		const limitedRequests = primevox.log.filter(
			(entry) => entry.query.filterInboundDid === 'rate-limit-me',
		);
		// One 429 answer, then page 1 asked again, then page 2.
		check(
			'a 429 with Retry-After is waited out and retried once',
			limitedRequests.length === 3 &&
				limitedRequests[1].query.page === '1' &&
				limited.items.length === 503,
			`requests ${limitedRequests.length}, items ${limited.items.length}`,
		);

		const everything = execution.stdout + execution.stderr;
		check(
			'the auth key appears nowhere in the execution output or the n8n log',
			!everything.includes(authKey),
		);
		const databaseFiles = ['database.sqlite', 'database.sqlite-wal']
			.map((name) => join(userFolder, '.n8n', name))
			.filter((file) => existsSync(file));
		const leaks = databaseFiles.filter((file) => readFileSync(file).includes(Buffer.from(authKey)));
		check(
			"the auth key appears nowhere in n8n's database (saved executions; credentials are encrypted)",
			databaseFiles.length > 0 && leaks.length === 0,
			`files ${databaseFiles.length}, leaks in ${leaks.join(', ')}`,
		);
		check(
			'recordingUrl in the output has its auth parameter redacted',
			String(list.items[0]?.json.recordingUrl).includes('auth=[redacted]'),
		);
		return { authKey, output: everything };
	} finally {
		primevox.server.close();
	}
}
