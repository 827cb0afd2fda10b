// End-to-end tests in a real n8n 2.x: the package is packed with `npm pack` and installed into
// a fresh user folder's nodes directory the way the Community Nodes screen does it; the
// credentials and workflows are imported with n8n's CLI and run with `n8n execute`; a local
// stand-in plays the vendor. Assertions are on what the stand-in received and on the output.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
	ensureN8n,
	installIntoUserFolder,
	n8nEnv,
	packPackage,
	versionEnv,
} from '../../scripts/n8n-runtime.mjs';
import { createChecks, n8nCommand, secretsFoundIn } from './lib.mjs';
import { runPrimeVoxSuite } from './primevox-suite.mjs';
import { runVendorSuite } from './vendors-suite.mjs';
import { runAiSuite } from './ai-suite.mjs';
import { runPacingSuite } from './pacing-suite.mjs';

const { results, check } = createChecks();
// `--slice`: every vendor, every trigger, the editor, the AI agents and every fault case, but the two load
// cases smaller or left out (the burst of 1,000 callbacks; Continue On Fail with 1,000 items
// instead of 10,000). CI runs the full suite on n8n 2.x and this slice on n8n 1.x.
const slice = process.argv.includes('--slice');

const runtime = ensureN8n();
const { nodeBin, n8nBin } = runtime;
process.stdout.write(
	`e2e: n8n ${runtime.n8nVersion} on Node ${runtime.nodeVersion}${slice ? ' (slice: no burst, Continue On Fail with 1,000 items)' : ''}\n`,
);
const work = mkdtempSync(join(tmpdir(), 'n8n-telephony-e2e-'));
const userFolder = join(work, 'user');
const env = n8nEnv(userFolder, {
	...versionEnv(runtime.n8nVersion),
	N8N_ENCRYPTION_KEY: 'e2e-encryption-key-for-tests-only',
	N8N_LOG_LEVEL: 'info',
});

const n8n = n8nCommand({ nodeBin, n8nBin, env });

const started = Date.now();
process.stdout.write('e2e: packing and installing the package into a fresh n8n user folder\n');
const tarball = packPackage(work);
installIntoUserFolder(tarball, userFolder);

try {
	// ------------------------------------------------------------------ loading
	process.stdout.write('e2e: loading every node of the package\n');
	n8n(['export:nodes', `--output=${join(work, 'nodes.json')}`]);
	const loaded = new Set(
		JSON.parse(readFileSync(join(work, 'nodes.json'), 'utf8')).map((type) => type.name),
	);
	const packageJson = JSON.parse(
		readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
	);
	for (const file of packageJson.n8n.nodes) {
		const name = file.split('/').pop().replace('.node.js', '');
		const typeName = `${packageJson.name}.${name[0].toLowerCase()}${name.slice(1)}`;
		check(`n8n loads ${typeName}`, loaded.has(typeName));
	}
	check(
		'action nodes are offered to AI agents as tools',
		['primeVox', 'callFire', 'phoneBurner', 'callEmAll'].every((vendor) =>
			loaded.has(`${packageJson.name}.${vendor}Tool`),
		),
	);
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
			else if (entry.name.endsWith('.js'))
				for (const match of readFileSync(path, 'utf8').matchAll(/n8n_workflow_\d+\.(\w+)/g))
					usedNames.add(match[1]);
		}
	};
	readDist(installed);
	const probe = `const w = require('module').createRequire(${JSON.stringify(join(runtime.n8nDir, 'node_modules', 'n8n', 'package.json'))})('n8n-workflow'); console.log(JSON.stringify(${JSON.stringify([...usedNames])}.filter((name) => w[name] === undefined)))`;
	const missing = spawnSync(nodeBin, ['-e', probe], { encoding: 'utf8' });
	check(
		`every one of the ${usedNames.size} n8n-workflow values the package uses exists in n8n ${runtime.n8nVersion}'s n8n-workflow`,
		missing.status === 0 && missing.stdout.trim() === '[]',
		`${missing.stdout}${missing.stderr}`.slice(0, 500),
	);

	// ------------------------------------------------------------------ PrimeVox
	const { authKey, output: everything } = await runPrimeVoxSuite({
		check,
		n8n,
		nodeBin,
		n8nBin,
		env,
		work,
		userFolder,
		packageName: packageJson.name,
	});

	// ------------------------------------------------------------------ running n8n
	// CallFire, PhoneBurner and Call-Em-All workflows, triggers and fault injection in one
	// `n8n start`; then every credential value is searched for in the log and the database.
	const vendorRun = await runVendorSuite({
		check,
		n8n,
		nodeBin,
		n8nBin,
		env,
		work,
		n8nVersion: runtime.n8nVersion,
		...(slice ? { burst: false, manyItems: 1000 } : {}),
	});
	// AI Agent with the nodes as tools, in its own `n8n start` (test/e2e/ai-suite.mjs), on both
	// lines and in the slice too (about 25 s): on n8n 1.x with the examples' nodes at the
	// versions that n8n has, and the tool nodes set to continue on error (see the README).
	const aiRun = await runAiSuite({ check, nodeBin, n8nBin, env, n8nVersion: runtime.n8nVersion });
	vendorRun.serverLog += aiRun.serverLog;
	// Request pacing against rate-limiting stand-ins, in its own `n8n start` (pacing-suite.mjs);
	// the 1.x slice leaves it out (the pacer is the package's own code, the same on both lines).
	const pacingRun = slice
		? { serverLog: '', secrets: {} }
		: await runPacingSuite({
				check,
				n8n,
				nodeBin,
				n8nBin,
				env,
				work,
				n8nVersion: runtime.n8nVersion,
			});
	vendorRun.serverLog += pacingRun.serverLog;
	const allSecrets = {
		primeVoxAuthKey: authKey,
		...vendorRun.secrets,
		...aiRun.secrets,
		...pacingRun.secrets,
	};
	const { found: leaked, databaseFiles } = secretsFoundIn({
		userFolder,
		secrets: allSecrets,
		texts: [vendorRun.serverLog, everything],
	});
	check(
		`none of the ${Object.keys(allSecrets).length} credential values (incl. PrimeVox's key, sent in URLs) appears in the database (saved executions), the n8n log or the output`,
		databaseFiles > 0 && leaked.length === 0,
		`found: ${leaked.join(', ')}`,
	);
	const parameterLeaks = Object.entries(vendorRun.parameterSecrets)
		.filter(
			([, value]) => vendorRun.serverLog.includes(value) || vendorRun.observed.includes(value),
		)
		.map(([key]) => key);
	check(
		"the triggers' own secrets (PhoneBurner token, Call-Em-All webhook password) reach no emitted item and no log line",
		parameterLeaks.length === 0,
		`found: ${parameterLeaks.join(', ')}`,
	);
} finally {
	rmSync(work, { recursive: true, force: true });
}

const failed = results.filter((result) => !result.ok).length;
process.stdout.write(`e2e finished in ${Math.round((Date.now() - started) / 1000)} s\n`);
process.stdout.write(`${results.length - failed} passed, ${failed} failed\n`);
process.exit(failed ? 1 : 0);
