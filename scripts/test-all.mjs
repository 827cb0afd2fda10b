// `npm test`: everything a reviewer wants, in order — build, n8n's lint, the unit tests
// (jest + nock through n8n-core's engine), the five packages (n8n's community-package scanner on
// each tarball), then the end-to-end tests in a real n8n (the full suite on n8n 2.x, a slice of
// it on n8n 1.x), queue mode (PostgreSQL, Redis, main, two workers and two webhook processes:
// `npm run test:queue`), each package installed alone, and the browser tests in n8n's editor.
// Ends with one line "tests: N passed, N failed" counting unit and end-to-end tests.
//   SKIP_E2E=1 npm test   skips the real-n8n stages (the first run installs n8n 2.x and 1.x:
//                         5-10 min each).
//   SKIP_BROWSER=1 npm test   skips only the browser stage (test/browser/run.mjs).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
/** The n8n 1.x release the 1.x slice runs on. */
const N8N_1X = '1.123.81';
let passed = 0;
let failed = 0;
const stageFailures = [];
/** Each failed check with its stage, repeated at the end: a long run's log is read from its tail. */
const failedChecks = [];

function stage(name, command, args, options = {}) {
	const started = Date.now();
	process.stdout.write(`\n=== ${name}\n`);
	const result = spawnSync(command, args, {
		stdio: options.capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
		encoding: 'utf8',
		...options,
	});
	if (options.capture) process.stdout.write(result.stdout);
	const seconds = ((Date.now() - started) / 1000).toFixed(1);
	process.stdout.write(
		`=== ${name}: ${result.status === 0 ? 'ok' : `FAILED (exit ${result.status})`} in ${seconds} s\n`,
	);
	if (result.status !== 0) stageFailures.push(name);
	return result;
}

stage('build', npm, ['run', 'build', '--silent']);
stage('README operation tables match the nodes', process.execPath, ['scripts/check-readme.mjs']);
stage('type-check (nodes and tests)', npx, ['tsc', '--noEmit', '-p', 'test/tsconfig.json']);
stage('lint (n8n rules)', npm, ['run', 'lint', '--silent']);
stage('formatting (Prettier, every source and test file)', npm, [
	'run',
	'format:check',
	'--silent',
]);

const jestReport = join(mkdtempSync(join(tmpdir(), 'jest-')), 'report.json');
stage('unit tests', npx, ['jest', '--json', `--outputFile=${jestReport}`]);
try {
	const report = JSON.parse(readFileSync(jestReport, 'utf8'));
	passed += report.numPassedTests;
	failed += report.numFailedTests + report.numRuntimeErrorTestSuites;
	for (const suite of report.testResults ?? []) {
		for (const test of suite.assertionResults ?? [])
			if (test.status === 'failed') failedChecks.push(`unit tests: ${test.fullName}`);
		if (suite.status === 'failed' && !(suite.assertionResults ?? []).length)
			failedChecks.push(`unit tests: ${suite.name}: ${String(suite.message).slice(0, 300)}`);
	}
} catch {
	failed += 1;
}

/** A stage that ends with "N passed, N failed": its counts join the total. */
function countedStage(name, args, env) {
	const result = stage(name, process.execPath, args, {
		capture: true,
		...(env ? { env: { ...process.env, ...env } } : {}),
	});
	// The suite's closing line (its last such line: a suite may print others before it).
	const counts = [...(result.stdout ?? '').matchAll(/^(\d+) passed, (\d+) failed$/gm)].pop();
	if (counts) {
		passed += Number(counts[1]);
		failed += Number(counts[2]);
	} else {
		failed += 1;
	}
	// A failed check is its "  ✗ name" line and, when it has one, the indented detail below it.
	const lines = (result.stdout ?? '').split('\n');
	lines.forEach((line, index) => {
		if (!line.startsWith('  ✗ ')) return;
		const detail = lines[index + 1]?.startsWith('      ') ? `\n    ${lines[index + 1].trim()}` : '';
		failedChecks.push(`${name}: ${line.slice(4)}${detail.slice(0, 600)}`);
	});
}

// The five packages of `npm run pack:all` (one per vendor and the combined one): n8n's
// community-package scanner on each tarball, their contents, the release workflows and
// `npm publish --dry-run`.
countedStage("the five packages: n8n's scanner, contents, workflows, npm publish --dry-run", [
	'scripts/check-packages.mjs',
]);

if (process.env.SKIP_E2E) {
	process.stdout.write('\n=== end-to-end tests skipped (SKIP_E2E)\n');
} else {
	// First the README's `npm start`, as a new user runs it: on a fresh machine (and in CI, whose
	// runtime folder starts empty) this is the step that installs and proves the n8n runtime.
	countedStage('npm start, as a new user runs it', ['scripts/start-smoke.mjs']);
	countedStage('end-to-end tests in a real n8n', ['test/e2e/run.mjs']);
	// A slice of the suite (every vendor, trigger and fault case, the load cases smaller) on the
	// 1.x line.
	countedStage(`end-to-end slice on n8n ${N8N_1X}`, ['test/e2e/run.mjs', '--slice'], {
		N8N_VERSION: N8N_1X,
	});
	// n8n's queue mode: PostgreSQL and Redis (Debian's packages), main, 2 workers, 2 webhook
	// processes behind a round-robin proxy (README, Running at scale).
	countedStage('queue mode: PostgreSQL, Redis, 2 workers, 2 webhook processes', [
		'test/e2e/queue.mjs',
	]);
	countedStage('each package installed alone in a real n8n', ['test/e2e/packages.mjs']);
}

// The nodes in n8n's editor, in Debian's Chromium (installed with apt-get when missing).
if (process.env.SKIP_E2E || process.env.SKIP_BROWSER) {
	process.stdout.write('\n=== browser tests skipped (SKIP_E2E or SKIP_BROWSER)\n');
} else {
	countedStage("browser tests in n8n's editor", ['test/browser/run.mjs']);
}

if (failedChecks.length)
	process.stdout.write(`\nFailed checks:\n${failedChecks.map((line) => `- ${line}`).join('\n')}\n`);
if (stageFailures.length) process.stdout.write(`\nFailed stages: ${stageFailures.join(', ')}\n`);
process.stdout.write(
	`\ntests: ${passed} passed, ${failed + (stageFailures.length && !failed ? stageFailures.length : 0)} failed\n`,
);
process.exit(stageFailures.length || failed ? 1 : 0);
