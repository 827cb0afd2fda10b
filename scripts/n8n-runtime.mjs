// The real n8n that `npm start`, the end-to-end tests and the benchmarks run, with the Node it
// needs, both from the npm registry, installed once into a cache folder and checked on every use.
//
//   N8N_VERSION            which n8n (default 2.40.7; 1.x runs on Node 22, 2.x on Node 24)
//   N8N_TELEPHONY_RUNTIME  where to keep it (default ~/.cache/n8n-telephony-rt)
//
// Layout: <runtime>/node-<version>/node_modules/node-<platform>-<arch>/bin/node and
// <runtime>/n8n-<version>/node_modules/n8n. A runtime counts as ready only after its Node has
// loaded n8n's SQLite driver and opened a database with it; that proof is repeated every time,
// and a runtime that fails it is rebuilt or reinstalled before n8n is ever started on it.
//
// The install never inherits the caller's npm settings: under `npm run`, npm hands its whole
// config to child processes (`npm_config_ignore_scripts=true` from this project's .npmrc among
// them), which once made `npm rebuild sqlite3` build nothing. Every npm call here gets an
// environment with only the download settings (cache, registry, proxy, CA) and explicit flags.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { arch, homedir, platform, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULT_N8N_VERSION = '2.40.7';
/** The Node each n8n major runs on (n8n 2.x needs Node >= 24; 1.x's isolated-vm needs >= 22). */
const NODE_FOR_N8N_MAJOR = { 1: '22.23.5', 2: '24.21.0' };
/** Packages of n8n that its npm install cannot fetch from the registry, pointed at registry copies. */
const OVERRIDES_FOR_N8N_MAJOR = {
	// n8n-nodes-base 1.x takes xlsx from cdn.sheetjs.com, which this machine cannot reach.
	1: { xlsx: 'npm:@e965/xlsx@0.20.3' },
	2: {},
};

export const N8N_VERSION = process.env.N8N_VERSION || DEFAULT_N8N_VERSION;
export const PROJECT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const RUNTIME_DIR =
	process.env.N8N_TELEPHONY_RUNTIME || join(homedir(), '.cache', 'n8n-telephony-rt');

const npmCommand = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** A setup step that failed: its message says what failed and what to do about it. */
export class SetupError extends Error {}

function say(message) {
	process.stderr.write(`[n8n-runtime] ${message}\n`);
}

export function nodeVersionFor(n8nVersion) {
	const major = Number(String(n8nVersion).split('.')[0]);
	const nodeVersion = NODE_FOR_N8N_MAJOR[major];
	if (!nodeVersion) {
		throw new SetupError(
			`n8n ${n8nVersion} is not supported here: N8N_VERSION must be a 1.x or 2.x release (e.g. ${DEFAULT_N8N_VERSION} or 1.123.81)`,
		);
	}
	return nodeVersion;
}

/** npm settings a runtime install may keep from the caller: where to download from, and how. */
const KEPT_NPM_SETTINGS = new Set([
	'cache',
	'registry',
	'cafile',
	'ca',
	'proxy',
	'https_proxy',
	'http_proxy',
	'noproxy',
	'strict_ssl',
	'userconfig',
	'maxsockets',
	'fetch_retries',
	'fetch_timeout',
]);

/**
 * The environment of every npm call of the runtime: the caller's environment without npm's
 * exported settings (ignore_scripts, nodedir, prefix, omit, …) but for the download ones, and
 * with the runtime's Node first on PATH so npm, node-gyp and install scripts run on it.
 */
export function cleanNpmEnv(nodeDir, extra = {}) {
	const env = {};
	for (const [key, value] of Object.entries(process.env)) {
		const lower = key.toLowerCase();
		if (lower.startsWith('npm_config_')) {
			if (KEPT_NPM_SETTINGS.has(lower.slice('npm_config_'.length))) env[key] = value;
		} else if (!lower.startsWith('npm_')) {
			env[key] = value;
		}
	}
	if (nodeDir)
		env.PATH = `${join(nodeDir, 'bin')}${process.platform === 'win32' ? ';' : ':'}${process.env.PATH ?? ''}`;
	return { ...env, ...extra };
}

function run(what, command, args, options = {}) {
	const result = spawnSync(command, args, { stdio: 'inherit', ...options });
	if (result.error || result.status !== 0) {
		throw new SetupError(
			`${what} failed (${result.error ? result.error.message : `${command} ${args.join(' ')} exited ${result.status}`}).`,
		);
	}
}

function writePackageJson(dir, contents) {
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, 'package.json'), JSON.stringify({ private: true, ...contents }, null, 2));
}

/** What `node` reports of itself, or undefined when it cannot run. */
function nodeReports(nodeBin) {
	if (!existsSync(nodeBin)) return undefined;
	const result = spawnSync(nodeBin, ['-p', 'process.versions.node'], {
		encoding: 'utf8',
		timeout: 30_000,
	});
	return result.status === 0 ? result.stdout.trim() : undefined;
}

/** The Node a given n8n version runs on, from the registry's `node-<platform>-<arch>` package (binary and headers). */
export function ensureNode(n8nVersion = N8N_VERSION) {
	const nodeVersion = nodeVersionFor(n8nVersion);
	const packageName = `node-${platform()}-${arch()}`;
	const installDir = join(RUNTIME_DIR, `node-${nodeVersion}`);
	const nodeDir = join(installDir, 'node_modules', packageName);
	const nodeBin = join(nodeDir, 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
	if (
		nodeReports(nodeBin) === nodeVersion &&
		existsSync(join(nodeDir, 'include', 'node', 'node_api.h'))
	) {
		return { nodeBin, nodeDir, nodeVersion };
	}
	if (existsSync(installDir))
		say(
			`The Node ${nodeVersion} at ${installDir} is incomplete or does not run: installing it again.`,
		);
	else
		say(
			`Installing Node ${nodeVersion} (${packageName} from the npm registry, about 10 s) into ${installDir}…`,
		);
	rmSync(installDir, { recursive: true, force: true });
	writePackageJson(installDir, { name: 'n8n-telephony-runtime-node' });
	run(
		`Installing ${packageName}@${nodeVersion} from the npm registry`,
		npmCommand,
		[
			'install',
			'--no-audit',
			'--no-fund',
			'--no-save',
			'--ignore-scripts=false',
			`${packageName}@${nodeVersion}`,
		],
		{ cwd: installDir, env: cleanNpmEnv() },
	);
	const reported = nodeReports(nodeBin);
	if (reported !== nodeVersion) {
		throw new SetupError(
			`Node ${nodeVersion} was installed into ${installDir} but ${nodeBin} ${reported ? `reports ${reported}` : 'does not run'}. Delete ${installDir} and try again; the package ${packageName}@${nodeVersion} must exist for this machine.`,
		);
	}
	return { nodeBin, nodeDir, nodeVersion };
}

/**
 * The proof that a runtime can start: its Node loads the SQLite driver n8n opens its database
 * with, from where n8n loads it, and runs a query on a new database; and, where n8n has one, its
 * expression engine's isolated-vm runs a script. Returns the SQLite version (and whether
 * isolated-vm was checked), or the reason it failed.
 */
export function checkRuntime({ nodeBin, n8nDir }) {
	const n8nPackage = join(n8nDir, 'node_modules', 'n8n', 'package.json');
	if (!existsSync(n8nPackage)) return { ok: false, reason: `n8n is not installed in ${n8nDir}` };
	const probe = `
		const { createRequire } = require('node:module');
		// n8n's database layer (@n8n/typeorm, or typeorm on old versions) requires 'sqlite3' itself.
		let from = require.resolve(${JSON.stringify(n8nPackage)});
		for (const name of ['@n8n/typeorm/package.json', 'typeorm/package.json']) {
			try { from = createRequire(from).resolve(name); break; } catch {}
		}
		const sqlite3 = createRequire(from)('sqlite3');
		// n8n's expression engine (n8n >= 1.1xx) evaluates in a V8 isolate: its native module must
		// load on this Node too (on Node 20 every n8n 1.123 command fails without it).
		let ivm;
		for (const base of ['@n8n/expression-runtime/package.json', 'n8n/package.json']) {
			try { ivm = createRequire(require.resolve(base, { paths: [${JSON.stringify(n8nDir)}] }))('isolated-vm'); break; } catch (error) {
				if (error && error.code !== 'MODULE_NOT_FOUND') { console.error('Error: isolated-vm does not load: ' + error.message); process.exit(1); }
			}
		}
		if (ivm) {
			const isolate = new ivm.Isolate({ memoryLimit: 16 });
			if (isolate.compileScriptSync('6 * 7').runSync(isolate.createContextSync()) !== 42) { console.error('Error: isolated-vm gives a wrong answer'); process.exit(1); }
			isolate.dispose();
		}
		const db = new sqlite3.Database(':memory:');
		db.get('select sqlite_version() as version', (error, row) => {
			if (error) { console.error(error.message); process.exit(1); }
			process.stdout.write(JSON.stringify({ sqlite: row.version, isolatedVm: Boolean(ivm) }));
			db.close();
		});`;
	const result = spawnSync(nodeBin, ['-e', probe], {
		cwd: n8nDir,
		encoding: 'utf8',
		timeout: 60_000,
	});
	if (result.status === 0 && result.stdout.trim()) {
		try {
			const proof = JSON.parse(result.stdout.trim());
			return { ok: true, sqliteVersion: proof.sqlite, isolatedVm: proof.isolatedVm };
		} catch {
			// fall through: not the probe's answer
		}
	}
	const reason =
		(result.stderr || result.error?.message || `exit ${result.status}`)
			.trim()
			.split('\n')
			.find((line) => /Error|error|Cannot/.test(line)) ??
		(result.stderr || '').trim().split('\n')[0];
	if (/isolated-vm/.test(reason ?? ''))
		return {
			ok: false,
			reason: `${reason.replace(/^Error: /, '')} (n8n's expression engine; it needs the Node this runtime installs for n8n ${n8nVersionOf(n8nDir)})`,
		};
	return { ok: false, reason: `the SQLite driver does not load: ${reason || 'no output'}` };
}

function n8nVersionOf(n8nDir) {
	try {
		return JSON.parse(readFileSync(join(n8nDir, 'node_modules', 'n8n', 'package.json'), 'utf8'))
			.version;
	} catch {
		return '?';
	}
}

function installN8n({ version, n8nDir, nodeDir }) {
	const started = Date.now();
	say(
		`Installing n8n@${version} into ${n8nDir}. The first time takes about 3 to 10 minutes (about 3 GB); later runs reuse it.`,
	);
	rmSync(n8nDir, { recursive: true, force: true });
	const major = Number(version.split('.')[0]);
	writePackageJson(n8nDir, {
		name: 'n8n-telephony-runtime-n8n',
		overrides: OVERRIDES_FOR_N8N_MAJOR[major] ?? {},
	});
	// No install scripts: one of n8n's Kafka modules downloads a binary at install. The native
	// modules n8n needs to start are built just after, on purpose.
	run(
		`Installing n8n@${version} from the npm registry`,
		npmCommand,
		['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=http', `n8n@${version}`],
		{ cwd: n8nDir, env: cleanNpmEnv(nodeDir) },
	);
	say(`n8n@${version} installed in ${Math.round((Date.now() - started) / 1000)} s.`);
}

/** Builds the native modules n8n needs to open its database, whatever the caller's npm config says. */
function buildNativeModules({ n8nDir, nodeDir, nodeVersion }) {
	const started = Date.now();
	say(
		`Building n8n's SQLite driver (sqlite3) for Node ${nodeVersion} from source (1 to 2 minutes)…`,
	);
	run(
		`Building sqlite3 for Node ${nodeVersion} (it needs python3, make and a C++ compiler; on Debian: apt-get install -y python3 make g++)`,
		npmCommand,
		['rebuild', 'sqlite3', '--ignore-scripts=false', `--nodedir=${nodeDir}`],
		{ cwd: n8nDir, env: cleanNpmEnv(nodeDir, { npm_config_nodedir: nodeDir }) },
	);
	say(`sqlite3 built in ${Math.round((Date.now() - started) / 1000)} s.`);
}

/** Runtimes written before the version-named layout kept n8n in <runtime>/n8n. */
function adoptOldLayout(version, n8nDir, marker) {
	const old = join(RUNTIME_DIR, 'n8n');
	if (existsSync(n8nDir) || !existsSync(join(old, `.ready-${version}`))) return;
	say(
		`Moving the n8n ${version} of an older runtime layout (${old}) to ${n8nDir}; it is checked before use.`,
	);
	renameSync(old, n8nDir);
	writeFileSync(marker, JSON.stringify({ n8n: version, adopted: new Date().toISOString() }));
	// That layout's Node sat in <runtime>/node_modules; each Node now has its own folder.
	rmSync(join(RUNTIME_DIR, 'node_modules'), { recursive: true, force: true });
	rmSync(join(RUNTIME_DIR, 'package.json'), { force: true });
}

/**
 * n8n itself, ready to start: installed if missing, proven to open a SQLite database with its
 * Node, and repaired (native modules rebuilt, then a full reinstall) when the proof fails.
 * Throws a SetupError saying what failed and how to fix it; never returns a runtime that failed.
 * The `.ready` marker only says that an install ran to its end; it is never trusted alone.
 */
export function ensureN8n({ version = N8N_VERSION } = {}) {
	const { nodeBin, nodeDir, nodeVersion } = ensureNode(version);
	const n8nDir = join(RUNTIME_DIR, `n8n-${version}`);
	const n8nBin = join(n8nDir, 'node_modules', 'n8n', 'bin', 'n8n');
	const marker = join(n8nDir, '.ready');
	const runtime = { nodeBin, nodeDir, nodeVersion, n8nBin, n8nDir, n8nVersion: version };
	adoptOldLayout(version, n8nDir, marker);

	if (existsSync(marker) && existsSync(n8nBin)) {
		let proof = checkRuntime(runtime);
		if (proof.ok)
			return { ...runtime, sqliteVersion: proof.sqliteVersion, isolatedVm: proof.isolatedVm };
		say(`The n8n runtime at ${n8nDir} is broken (${proof.reason}): rebuilding its native modules.`);
		buildNativeModules(runtime);
		proof = checkRuntime(runtime);
		if (proof.ok) {
			say(
				`Repaired: n8n ${version} on Node ${nodeVersion} opens SQLite ${proof.sqliteVersion} again.`,
			);
			return { ...runtime, sqliteVersion: proof.sqliteVersion, isolatedVm: proof.isolatedVm };
		}
		say(`The rebuild did not help (${proof.reason}): reinstalling n8n@${version} from scratch.`);
	} else if (existsSync(n8nDir)) {
		say(`${n8nDir} holds an install that never finished: reinstalling n8n@${version}.`);
	}
	rmSync(marker, { force: true });
	installN8n({ version, n8nDir, nodeDir });
	buildNativeModules(runtime);
	const proof = checkRuntime(runtime);
	if (!proof.ok) {
		throw new SetupError(
			`n8n ${version} cannot open its database on Node ${nodeVersion}: ${proof.reason}. n8n was not started. Check that python3, make and g++ are installed (they build sqlite3), then delete ${n8nDir} and run the command again.`,
		);
	}
	writeFileSync(
		marker,
		JSON.stringify({
			n8n: version,
			node: nodeVersion,
			sqlite: proof.sqliteVersion,
			at: new Date().toISOString(),
		}),
	);
	say(`n8n ${version} on Node ${nodeVersion} is ready (SQLite ${proof.sqliteVersion} loads).`);
	return { ...runtime, sqliteVersion: proof.sqliteVersion, isolatedVm: proof.isolatedVm };
}

/** Builds and packs this package; returns the tarball path. */
export function packPackage(outDir = tmpdir()) {
	run('Building the package (npm run build)', npmCommand, ['run', 'build', '--silent'], {
		cwd: PROJECT_DIR,
		stdio: ['ignore', 'ignore', 'inherit'],
	});
	const output = execFileSync(npmCommand, ['pack', '--silent', '--pack-destination', outDir], {
		cwd: PROJECT_DIR,
		encoding: 'utf8',
	});
	return join(outDir, output.trim().split('\n').pop());
}

/**
 * Installs a packed tarball into `<userFolder>/.n8n/nodes` the way n8n's Community Nodes screen
 * does: unpacked into nodes/node_modules/<name>, dev/peer/optional dependencies removed from
 * its package.json, and recorded as a dependency of nodes/package.json.
 */
export function installIntoUserFolder(tarball, userFolder) {
	const nodesDir = join(userFolder, '.n8n', 'nodes');
	const staging = join(nodesDir, '.unpack');
	rmSync(staging, { recursive: true, force: true });
	mkdirSync(staging, { recursive: true });
	run(`Unpacking ${tarball}`, 'tar', ['-xzf', tarball, '-C', staging, '--strip-components=1']);
	const { devDependencies, peerDependencies, optionalDependencies, ...packageJson } = JSON.parse(
		readFileSync(join(staging, 'package.json'), 'utf8'),
	);
	void devDependencies;
	void peerDependencies;
	void optionalDependencies;
	writeFileSync(join(staging, 'package.json'), JSON.stringify(packageJson, null, 2));
	const unpackDir = join(nodesDir, 'node_modules', packageJson.name);
	rmSync(unpackDir, { recursive: true, force: true });
	mkdirSync(dirname(unpackDir), { recursive: true });
	renameSync(staging, unpackDir);
	const nodesPackageJson = join(nodesDir, 'package.json');
	const nodesPackage = existsSync(nodesPackageJson)
		? JSON.parse(readFileSync(nodesPackageJson, 'utf8'))
		: { name: 'installed-nodes', private: true, dependencies: {} };
	nodesPackage.dependencies = {
		...(nodesPackage.dependencies ?? {}),
		[packageJson.name]: packageJson.version,
	};
	writeFileSync(nodesPackageJson, JSON.stringify(nodesPackage, null, 2));
	return unpackDir;
}

/**
 * The environment n8n runs with: a given user folder, SQLite, nothing phoning home. Its task
 * runner broker gets a port of its own (n8n's default 5679 would clash between two n8n started
 * side by side, e.g. two test runs at once), drawn below Linux's ephemeral range (32768 and up),
 * where the outgoing connections of everything else on the machine take their ports: a port
 * from 30000-40000 was taken that way in a run on a busy machine ("Task Broker's port … is
 * already in use").
 */
export function n8nEnv(userFolder, extra = {}) {
	return {
		N8N_RUNNERS_BROKER_PORT: String(20000 + Math.floor(Math.random() * 12000)),
		...cleanNpmEnv(),
		N8N_USER_FOLDER: userFolder,
		DB_TYPE: 'sqlite',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_SECURE_COOKIE: 'false',
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		N8N_UNVERIFIED_PACKAGES_ENABLED: 'true',
		N8N_RUNNERS_ENABLED: 'true',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		NODE_ENV: 'production',
		...extra,
	};
}

export function n8nMajor(n8nVersion = N8N_VERSION) {
	return Number(String(n8nVersion).split('.')[0]);
}

/**
 * The CLI arguments that make an imported workflow live (its triggers and production webhooks):
 * `publish:workflow` on n8n 2.x; n8n 1.x has no publishing and activates it instead.
 */
export function publishWorkflowArgs(n8nVersion, id) {
	return n8nMajor(n8nVersion) >= 2
		? ['publish:workflow', `--id=${id}`]
		: ['update:workflow', `--id=${id}`, '--active=true'];
}

/**
 * Settings a given n8n needs to behave as the tests expect. n8n 1.x keeps binary data in memory
 * by default, and then answers a Webhook node's binary response JSON-serialised (its own
 * behaviour, not the nodes'); with binary data on the filesystem (n8n 2.x's default for one
 * process) it sends the bytes.
 */
export function versionEnv(n8nVersion = N8N_VERSION) {
	return n8nMajor(n8nVersion) < 2 ? { N8N_DEFAULT_BINARY_DATA_MODE: 'filesystem' } : {};
}

/**
 * Lines of n8n's output that mean it cannot open its database and will only retry forever.
 * Whoever starts n8n stops it at the first of them.
 */
export const DATABASE_FAILURE =
	/SQLite package has not been found|Initial database connection attempt \d+ failed|Could not establish database connection|There was an error initializing DB/;

export function databaseFailureMessage(runtime, line) {
	return `n8n cannot open its database (${line.trim().slice(0, 200)}), so it was stopped. The runtime in ${runtime.n8nDir} is broken: run \`node scripts/n8n-runtime.mjs\` to check and repair it, or delete that folder and start again.`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	try {
		const runtime = ensureN8n();
		process.stdout.write(`${runtime.nodeBin}\n${runtime.n8nBin}\n`);
	} catch (error) {
		process.stderr.write(
			`[n8n-runtime] ${error instanceof SetupError ? error.message : error.stack}\n`,
		);
		process.exit(1);
	}
}
