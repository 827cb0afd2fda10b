// `npm run pack:all`: the five tarballs into dist-packages/ — one package per vendor and the
// combined n8n-nodes-telephony — each built with @n8n/node-cli (`n8n-node build`), linted with
// `n8n-node lint` in strict mode, and packed with `npm pack`.
//
// A vendor package is built in a staging folder of its own (in the system's temp folder, removed
// afterwards): its vendor folder, nodes/shared, its credentials and icons copied from this tree
// (see scripts/packages.mjs), the root tsconfig.json and eslint.config.mjs, a generated
// package.json and README, the LICENSE, and a link to this project's node_modules for the tools.
// Nothing is copied into the repository. The combined package is the repository itself.
//
//   node scripts/pack-all.mjs [--only=<package>,…] [--no-lint] [--no-build-combined] [--keep]
//
// Writes dist-packages/packages.json: for each package its tarball, size, node types and
// credential types, which the packages stage of `npm test` and the e2e suite read.
import { spawn } from 'node:child_process';
import {
	copyFileSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

import { PROJECT_DIR } from './n8n-runtime.mjs';
import {
	COMBINED_PACKAGE,
	PACKAGES_DIR,
	ROOT_PACKAGE,
	VENDORS,
	exampleWorkflowOf,
	packageJsonOf,
	readmeOf,
	sourceFilesOf,
} from './packages.mjs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const BIN = join(PROJECT_DIR, 'node_modules', '.bin');

/** Runs a command; resolves `{ code, output }` (stdout and stderr together). */
function exec(command, args, cwd) {
	return new Promise((resolve) => {
		const child = spawn(command, args, {
			cwd,
			env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', (error) => resolve({ code: -1, output: `${output}${error.message}` }));
		child.on('exit', (code) => resolve({ code, output }));
	});
}

/** The staging folder of a vendor package: a small n8n node project holding only its files. */
export function stageVendor(vendor, parent) {
	const dir = join(parent, vendor.packageName);
	mkdirSync(dir, { recursive: true });
	symlinkSync(join(PROJECT_DIR, 'node_modules'), join(dir, 'node_modules'), 'dir');
	for (const file of sourceFilesOf(vendor).all) {
		const target = join(dir, file);
		mkdirSync(dirname(target), { recursive: true });
		if (file.endsWith('.node.json')) {
			// The codex file names the node's full type: this package's, not the combined one's.
			const codex = JSON.parse(readFileSync(join(PROJECT_DIR, file), 'utf8'));
			if (typeof codex.node === 'string')
				codex.node = `${vendor.packageName}.${codex.node.split('.').pop()}`;
			writeFileSync(target, `${JSON.stringify(codex, null, '\t')}\n`);
		} else {
			copyFileSync(join(PROJECT_DIR, file), target);
		}
	}
	for (const file of ['tsconfig.json', 'eslint.config.mjs', 'LICENSE.md'])
		copyFileSync(join(PROJECT_DIR, file), join(dir, file));
	writeFileSync(
		join(dir, 'package.json'),
		`${JSON.stringify(packageJsonOf(vendor), null, '\t')}\n`,
	);
	return dir;
}

/** What a built package holds, read from its dist/: display names and type names. */
export function describeBuilt(dir, n8nBlock) {
	const require = createRequire(join(dir, 'package.json'));
	const load = (file) => {
		const exported = require(join(dir, file));
		const className = basename(file).replace(/\.(node|credentials)\.js$/, '');
		const Class = exported[className];
		if (!Class) throw new Error(`${file} does not export a class ${className}`);
		return new Class();
	};
	const nodes = n8nBlock.nodes.map((file) => {
		const description = load(file).description;
		return {
			file,
			displayName: description.displayName,
			name: description.name,
			tool: description.usableAsTool === true,
			description,
		};
	});
	const credentials = n8nBlock.credentials.map((file) => {
		const credential = load(file);
		return { file, displayName: credential.displayName, name: credential.name };
	});
	return { nodes, credentials };
}

/**
 * Problems of an example workflow against the built nodes: an unknown node, a parameter the node
 * does not have for that resource and operation, or an option value it does not offer.
 */
export function exampleProblems(vendor, built) {
	const problems = [];
	for (const step of vendor.example.nodes) {
		const node = built.nodes.find((candidate) => candidate.name === step.node);
		if (!node) {
			problems.push(`no node ${step.node}`);
			continue;
		}
		const parameters = step.parameters;
		const shown = (property) => {
			const show = property.displayOptions?.show ?? {};
			// A condition on a parameter the example does not set (or on @version) is taken as met.
			return Object.entries(show).every(
				([name, values]) => !(name in parameters) || values.includes(parameters[name]),
			);
		};
		for (const [name, value] of Object.entries(parameters)) {
			const candidates = node.description.properties.filter(
				(property) => property.name === name && shown(property),
			);
			if (!candidates.length) {
				problems.push(
					`${step.name}: ${node.displayName} has no parameter "${name}" for ${JSON.stringify({ resource: parameters.resource, operation: parameters.operation })}`,
				);
				continue;
			}
			const options = candidates.flatMap((property) =>
				property.type === 'options' ? property.options.map((option) => option.value) : [],
			);
			if (options.length && !options.includes(value))
				problems.push(
					`${step.name}: "${name}" is ${JSON.stringify(value)}, the node offers ${JSON.stringify(options)}`,
				);
		}
		if (
			!(node.description.credentials ?? []).some(
				(credential) => credential.name === step.credential,
			)
		)
			problems.push(`${step.name}: ${node.displayName} takes no ${step.credential} credential`);
	}
	return problems;
}

async function packInto(dir) {
	const result = await exec(npm, ['pack', '--json', '--pack-destination', PACKAGES_DIR], dir);
	if (result.code !== 0)
		throw new Error(`npm pack failed in ${dir}:\n${result.output.slice(-3000)}`);
	const [info] = JSON.parse(result.output.slice(result.output.indexOf('[')));
	return {
		tarball: join(PACKAGES_DIR, info.filename),
		size: info.size,
		unpackedSize: info.unpackedSize,
		files: info.files.map((file) => file.path),
	};
}

const nodeTypesOf = (packageName, built) =>
	built.nodes
		.flatMap((node) => [
			`${packageName}.${node.name}`,
			...(node.tool ? [`${packageName}.${node.name}Tool`] : []),
		])
		.sort();

/**
 * Builds, lints and packs the packages. `check(name, ok, detail)` is told each step's outcome;
 * `say` reports progress. Returns the manifest (also written to dist-packages/packages.json).
 */
export async function packAll({
	only,
	lint = true,
	buildCombined = true,
	keep = false,
	check = () => true,
	say = () => {},
} = {}) {
	const wanted = (name) => !only || only.includes(name);
	mkdirSync(PACKAGES_DIR, { recursive: true });
	for (const file of readdirSync(PACKAGES_DIR))
		if (file.endsWith('.tgz') && (!only || only.some((name) => file.startsWith(`${name}-`))))
			rmSync(join(PACKAGES_DIR, file));
	const staging = mkdtempSync(join(tmpdir(), 'n8n-telephony-packages-'));
	const manifestFile = join(PACKAGES_DIR, 'packages.json');
	const previous = existsSync(manifestFile)
		? JSON.parse(readFileSync(manifestFile, 'utf8'))
		: { packages: [] };
	const packages = [];
	try {
		// The vendor packages, two at a time (a build is one tsc process; the machine has 2 cores).
		const vendorJobs = VENDORS.filter((vendor) => wanted(vendor.packageName)).map(
			(vendor) => async () => {
				const started = Date.now();
				const dir = stageVendor(vendor, staging);
				const build = await exec(join(BIN, 'n8n-node'), ['build'], dir);
				const codex =
					build.code === 0
						? await exec(
								join(BIN, 'gulp'),
								['--gulpfile', join(PROJECT_DIR, 'gulpfile.js'), '--cwd', dir],
								dir,
							)
						: { code: 1, output: '' };
				if (
					!check(
						`${vendor.packageName}: built with n8n-node build (and the codex files by gulp)`,
						build.code === 0 && codex.code === 0,
						build.output.slice(-2000) + codex.output.slice(-1000),
					)
				)
					return;
				const packageJson = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
				const built = describeBuilt(dir, packageJson.n8n);
				const problems = exampleProblems(vendor, built);
				check(
					`${vendor.packageName}: the README's example workflow uses only what the built nodes offer`,
					problems.length === 0,
					problems.join('\n'),
				);
				writeFileSync(join(dir, 'README.md'), readmeOf(vendor, built));
				let linted = null;
				if (lint) {
					const result = await exec(join(BIN, 'n8n-node'), ['lint'], dir);
					linted = check(
						`${vendor.packageName}: n8n-node lint passes in strict mode`,
						result.code === 0 && packageJson.n8n.strict === true,
						result.output.slice(-3000),
					);
				}
				const packed = await packInto(dir);
				check(
					`${vendor.packageName}: packed (${(packed.size / 1024).toFixed(1)} KiB, ${packed.files.length} files)`,
					packed.size > 0,
				);
				packages.push({
					name: vendor.packageName,
					vendor: vendor.key,
					version: packageJson.version,
					...packed,
					nodeTypes: nodeTypesOf(vendor.packageName, built),
					credentialTypes: built.credentials.map((credential) => credential.name).sort(),
					lint: linted,
					nodeDescriptions: built.nodes.map((node) => node.description.description),
					example: exampleWorkflowOf(vendor),
					seconds: Math.round((Date.now() - started) / 100) / 10,
				});
				say(
					`${vendor.packageName}: ${(packed.size / 1024).toFixed(1)} KiB in ${((Date.now() - started) / 1000).toFixed(1)} s`,
				);
			},
		);
		const running = [];
		const queue = [...vendorJobs];
		for (let lane = 0; lane < 2; lane++)
			running.push(
				(async () => {
					while (queue.length) await queue.shift()();
				})(),
			);
		await Promise.all(running);

		if (wanted(COMBINED_PACKAGE)) {
			const started = Date.now();
			const build = buildCombined
				? await exec(npm, ['run', 'build', '--silent'], PROJECT_DIR)
				: { code: 0, output: '' };
			if (
				check(
					`${COMBINED_PACKAGE}: built with npm run build (n8n-node build && gulp)`,
					build.code === 0,
					build.output.slice(-2000),
				)
			) {
				const built = describeBuilt(PROJECT_DIR, ROOT_PACKAGE.n8n);
				const packed = await packInto(PROJECT_DIR);
				check(
					`${COMBINED_PACKAGE}: packed (${(packed.size / 1024).toFixed(1)} KiB, ${packed.files.length} files)`,
					packed.size > 0,
				);
				packages.push({
					name: COMBINED_PACKAGE,
					vendor: null,
					version: ROOT_PACKAGE.version,
					...packed,
					nodeTypes: nodeTypesOf(COMBINED_PACKAGE, built),
					credentialTypes: built.credentials.map((credential) => credential.name).sort(),
					seconds: Math.round((Date.now() - started) / 100) / 10,
				});
				say(
					`${COMBINED_PACKAGE}: ${(packed.size / 1024).toFixed(1)} KiB in ${((Date.now() - started) / 1000).toFixed(1)} s`,
				);
			}
		}
	} finally {
		if (keep) say(`staging folders kept in ${staging}`);
		else rmSync(staging, { recursive: true, force: true });
	}
	const order = [...VENDORS.map((vendor) => vendor.packageName), COMBINED_PACKAGE];
	const merged = [
		...previous.packages.filter(
			(entry) => !packages.some((fresh) => fresh.name === entry.name) && only,
		),
		...packages,
	].sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
	const manifest = { packedAt: new Date().toISOString(), packages: merged };
	writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
	return manifest;
}

/** The newest modification time of the files a package is made of (to tell whether dist-packages is stale). */
export function newestSource() {
	let newest = 0;
	const visit = (path) => {
		const stats = statSync(path);
		if (stats.isDirectory()) for (const entry of readdirSync(path)) visit(join(path, entry));
		else newest = Math.max(newest, stats.mtimeMs);
	};
	for (const entry of [
		'nodes',
		'credentials',
		'icons',
		'package.json',
		'tsconfig.json',
		'README.md',
		'LICENSE.md',
		'scripts/packages.mjs',
		'scripts/pack-all.mjs',
	]) {
		if (existsSync(join(PROJECT_DIR, entry))) visit(join(PROJECT_DIR, entry));
	}
	return newest;
}

/** The manifest of dist-packages/, packing first when it is missing or older than the sources. */
export async function packedPackages({ say = () => {} } = {}) {
	const manifestFile = join(PACKAGES_DIR, 'packages.json');
	if (existsSync(manifestFile)) {
		const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
		const complete = [...VENDORS.map((vendor) => vendor.packageName), COMBINED_PACKAGE].every(
			(name) => manifest.packages.some((entry) => entry.name === name && existsSync(entry.tarball)),
		);
		if (complete && statSync(manifestFile).mtimeMs > newestSource()) return manifest;
	}
	say('dist-packages/ is missing or older than the sources: running pack:all');
	const failures = [];
	const manifest = await packAll({
		say,
		check: (name, ok, detail) => (ok ? true : (failures.push(`${name}\n${detail}`), false)),
	});
	if (failures.length) throw new Error(`pack:all failed:\n${failures.join('\n')}`);
	return manifest;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const flag = (name) => process.argv.includes(`--${name}`);
	const only = process.argv
		.find((arg) => arg.startsWith('--only='))
		?.slice('--only='.length)
		.split(',');
	const started = Date.now();
	let failed = 0;
	const manifest = await packAll({
		only,
		lint: !flag('no-lint'),
		buildCombined: !flag('no-build-combined'),
		keep: flag('keep'),
		say: (message) => process.stdout.write(`[pack:all] ${message}\n`),
		check: (name, ok, detail) => {
			if (!ok) failed++;
			process.stdout.write(
				`${ok ? '  ✓' : '  ✗'} ${name}${ok || !detail ? '' : `\n${String(detail).trim()}`}\n`,
			);
			return ok;
		},
	});
	process.stdout.write(
		`\n${manifest.packages.map((entry) => `${basename(entry.tarball)}  ${(entry.size / 1024).toFixed(1)} KiB  ${entry.nodeTypes.length} node types`).join('\n')}\n`,
	);
	process.stdout.write(
		`pack:all: ${manifest.packages.length} tarballs in dist-packages/ in ${Math.round((Date.now() - started) / 1000)} s${failed ? `, ${failed} step(s) FAILED` : ''}\n`,
	);
	process.exit(failed ? 1 : 0);
}
