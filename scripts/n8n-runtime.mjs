// The real n8n that `npm start`, the end-to-end tests and the benchmarks run: n8n 2.40.7 on
// Node 24, both from the npm registry, installed once into a cache folder and reused.
//
//   N8N_TELEPHONY_RUNTIME  where to keep it (default ~/.cache/n8n-telephony-rt)
//
// n8n 2.x needs Node >= 24. When the Node running this script is older, Node 24 comes from the
// registry's `node-<platform>-<arch>` package, which ships the binary and its headers.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { homedir, platform, arch, tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const N8N_VERSION = '2.40.7';
export const NODE_VERSION = '24.21.0';
export const PROJECT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const RUNTIME_DIR = process.env.N8N_TELEPHONY_RUNTIME ?? join(homedir(), '.cache', 'n8n-telephony-rt');

const npmCommand = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function say(message) {
	process.stderr.write(`[n8n-runtime] ${message}\n`);
}

function run(command, args, options = {}) {
	const result = spawnSync(command, args, { stdio: 'inherit', ...options });
	if (result.status !== 0) {
		throw new Error(`${command} ${args.join(' ')} failed with exit code ${result.status}`);
	}
}

function ensurePackageJson(dir, name) {
	mkdirSync(dir, { recursive: true });
	const file = join(dir, 'package.json');
	if (!existsSync(file)) writeFileSync(file, JSON.stringify({ name, private: true }, null, 2));
}

/** A Node >= 24 binary: this one if it is new enough, else the registry's prebuilt one. */
export function ensureNode24() {
	const major = Number(process.versions.node.split('.')[0]);
	if (major >= 24) return { nodeBin: process.execPath, nodeDir: resolve(dirname(process.execPath), '..') };
	const packageName = `node-${platform()}-${arch()}`;
	const nodeDir = join(RUNTIME_DIR, 'node_modules', packageName);
	const nodeBin = join(nodeDir, 'bin', 'node');
	if (!existsSync(nodeBin)) {
		say(`Node ${process.versions.node} is too old for n8n 2.x: installing ${packageName}@${NODE_VERSION} from the npm registry (about 10 s)…`);
		ensurePackageJson(RUNTIME_DIR, 'n8n-telephony-runtime');
		run(npmCommand, ['install', '--no-audit', '--no-fund', '--no-save', `${packageName}@${NODE_VERSION}`], { cwd: RUNTIME_DIR });
	}
	return { nodeBin, nodeDir };
}

/** n8n itself, installed the way that works from the registry, with SQLite built for Node 24. */
export function ensureN8n() {
	const { nodeBin, nodeDir } = ensureNode24();
	const n8nDir = join(RUNTIME_DIR, 'n8n');
	const n8nBin = join(n8nDir, 'node_modules', 'n8n', 'bin', 'n8n');
	const marker = join(n8nDir, `.ready-${N8N_VERSION}`);
	if (!existsSync(marker)) {
		const started = Date.now();
		say(`Installing n8n@${N8N_VERSION} into ${n8nDir}. The first time takes 5 to 10 minutes (about 3 GB); later runs reuse it.`);
		ensurePackageJson(n8nDir, 'n8n-telephony-runtime-n8n');
		const env = { ...process.env, PATH: `${join(nodeDir, 'bin')}:${process.env.PATH}` };
		// --ignore-scripts: a Kafka native module of n8n tries to download a binary at install.
		run(npmCommand, ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=http', `n8n@${N8N_VERSION}`], { cwd: n8nDir, env });
		say('Building the SQLite driver for Node 24…');
		run(npmCommand, ['rebuild', 'sqlite3'], { cwd: n8nDir, env: { ...env, npm_config_nodedir: nodeDir } });
		writeFileSync(marker, new Date().toISOString());
		say(`n8n is ready (${Math.round((Date.now() - started) / 1000)} s).`);
	}
	return { nodeBin, nodeDir, n8nBin };
}

/** Builds and packs this package; returns the tarball path. */
export function packPackage(outDir = tmpdir()) {
	run(npmCommand, ['run', 'build', '--silent'], { cwd: PROJECT_DIR, stdio: ['ignore', 'ignore', 'inherit'] });
	const output = execFileSync(npmCommand, ['pack', '--silent', '--pack-destination', outDir], { cwd: PROJECT_DIR, encoding: 'utf8' });
	return join(outDir, output.trim().split('\n').pop());
}

/**
 * Installs a packed tarball into `<userFolder>/.n8n/nodes` the way n8n's Community Nodes screen
 * does: unpacked into nodes/node_modules/<name>, dev/peer/optional dependencies removed from
 * its package.json, and recorded as a dependency of nodes/package.json.
 */
export function installIntoUserFolder(tarball, userFolder) {
	const nodesDir = join(userFolder, '.n8n', 'nodes');
	const unpackDir = join(nodesDir, 'node_modules', 'n8n-nodes-telephony');
	rmSync(unpackDir, { recursive: true, force: true });
	mkdirSync(unpackDir, { recursive: true });
	run('tar', ['-xzf', tarball, '-C', unpackDir, '--strip-components=1']);
	const packageJsonPath = join(unpackDir, 'package.json');
	const { devDependencies, peerDependencies, optionalDependencies, ...packageJson } = JSON.parse(readFileSync(packageJsonPath, 'utf8'));
	void devDependencies;
	void peerDependencies;
	void optionalDependencies;
	writeFileSync(packageJsonPath, JSON.stringify(packageJson, null, 2));
	const nodesPackageJson = join(nodesDir, 'package.json');
	const nodesPackage = existsSync(nodesPackageJson)
		? JSON.parse(readFileSync(nodesPackageJson, 'utf8'))
		: { name: 'installed-nodes', private: true, dependencies: {} };
	nodesPackage.dependencies = { ...(nodesPackage.dependencies ?? {}), 'n8n-nodes-telephony': packageJson.version };
	writeFileSync(nodesPackageJson, JSON.stringify(nodesPackage, null, 2));
	return unpackDir;
}

/** The environment n8n runs with: a given user folder, SQLite, nothing phoning home. */
export function n8nEnv(userFolder, extra = {}) {
	return {
		...process.env,
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


if (import.meta.url === `file://${process.argv[1]}`) {
	const { nodeBin, n8nBin } = ensureN8n();
	process.stdout.write(`${nodeBin}\n${n8nBin}\n`);
}
