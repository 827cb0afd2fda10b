// The five tarballs of `npm run pack:all` (packed first when dist-packages/ is missing or older
// than the sources), checked the way n8n and npm will see them:
//   - n8n's community-package scanner on each tarball, exactly as it would be published;
//   - each package.json: the n8n-community-node-package keyword, MIT, repository, homepage, no
//     runtime dependencies, an n8n block in strict mode listing only files the tarball holds;
//   - a vendor package holds only its vendor's folder, its credentials and icons and
//     nodes/shared, and no compiled file requires anything outside the package but n8n-workflow
//     and Node's own modules, nor another vendor's folder;
//   - its README (example workflow, credentials, operations table) and LICENSE;
//   - .github/workflows/ci.yml and publish.yml parse, publish.yml publishes exactly the packed
//     packages with provenance and id-token: write, and `npm publish --dry-run` succeeds on
//     each tarball.
// Prints "N passed, N failed".
//   node scripts/check-packages.mjs [--no-dry-run]
import { spawnSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, posix } from 'node:path';

import { analyzePackage } from '@n8n/scan-community-package/scanner/scanner.mjs';
import yaml from 'js-yaml';

import { PROJECT_DIR, cleanNpmEnv } from './n8n-runtime.mjs';
import { COMBINED_PACKAGE, VENDORS, vendorByKey } from './packages.mjs';
import { packedPackages } from './pack-all.mjs';

const results = [];
function check(name, condition, detail = '') {
	results.push({ name, ok: Boolean(condition) });
	process.stdout.write(
		`${condition ? '  ✓' : '  ✗'} ${name}${condition || !detail ? '' : `\n      ${String(detail).slice(0, 1500)}`}\n`,
	);
	return Boolean(condition);
}

const started = Date.now();
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const manifest = await packedPackages({
	say: (message) => process.stdout.write(`[packages] ${message}\n`),
});
const work = mkdtempSync(join(tmpdir(), 'n8n-telephony-packages-check-'));

function filesUnder(dir, prefix = '') {
	const files = [];
	for (const entry of readdirSync(join(dir, prefix)).sort()) {
		const path = prefix ? `${prefix}/${entry}` : entry;
		if (statSync(join(dir, path)).isDirectory()) files.push(...filesUnder(dir, path));
		else files.push(path);
	}
	return files;
}

/** Every `require("…")` of a compiled file. */
const requiresOf = (source) =>
	[...source.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((match) => match[1]);
const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);

try {
	const expectedNames = [...VENDORS.map((vendor) => vendor.packageName), COMBINED_PACKAGE];
	check(
		`dist-packages/ holds the five packages (${expectedNames.join(', ')})`,
		expectedNames.every((name) =>
			manifest.packages.some((entry) => entry.name === name && existsSync(entry.tarball)),
		),
		JSON.stringify(manifest.packages.map((entry) => entry.name)),
	);

	for (const entry of manifest.packages) {
		const vendor = entry.vendor ? vendorByKey(entry.vendor) : null;
		const label = entry.name;
		const unpacked = join(work, entry.name);
		mkdirSync(unpacked, { recursive: true });
		spawnSync('tar', ['-xzf', entry.tarball, '-C', unpacked, '--strip-components=1']);

		// ------------------------------------------------------------ n8n's scanner
		const scan = await analyzePackage(unpacked);
		check(
			`${label}: n8n's community-package scanner passes on ${basename(entry.tarball)} (${(statSync(entry.tarball).size / 1024).toFixed(1)} KiB)`,
			scan.passed,
			`${scan.message}\n${scan.details ?? ''}`,
		);

		// ------------------------------------------------------------ package.json
		const pkg = JSON.parse(readFileSync(join(unpacked, 'package.json'), 'utf8'));
		check(
			`${label}: package.json has the n8n-community-node-package keyword, MIT, repository and homepage`,
			pkg.keywords?.includes('n8n-community-node-package') &&
				pkg.license === 'MIT' &&
				/^git\+https:\/\/github\.com\//.test(pkg.repository?.url ?? '') &&
				/^https:\/\//.test(pkg.homepage ?? ''),
			JSON.stringify({
				keywords: pkg.keywords,
				license: pkg.license,
				repository: pkg.repository,
				homepage: pkg.homepage,
			}),
		);
		check(
			`${label}: no runtime dependencies (n8n-workflow is a peer dependency)`,
			Object.keys(pkg.dependencies ?? {}).length === 0 &&
				Object.keys(pkg.peerDependencies ?? {}).join() === 'n8n-workflow',
			JSON.stringify({ dependencies: pkg.dependencies, peerDependencies: pkg.peerDependencies }),
		);
		const listed = [...(pkg.n8n?.nodes ?? []), ...(pkg.n8n?.credentials ?? [])];
		const missing = listed.filter((file) => !existsSync(join(unpacked, file)));
		check(
			`${label}: the n8n block is strict and every file it lists is in the tarball (${pkg.n8n?.nodes?.length} nodes, ${pkg.n8n?.credentials?.length} credentials)`,
			pkg.n8n?.strict === true &&
				pkg.n8n.n8nNodesApiVersion === 1 &&
				pkg.n8n.nodes.length > 0 &&
				missing.length === 0,
			`missing: ${missing.join(', ')}`,
		);
		check(
			`${label}: lint passes in strict mode${vendor ? ' (n8n-node lint in its own build, by pack:all)' : ' (the repository itself: the lint stage of npm test)'}`,
			vendor ? entry.lint === true : pkg.n8n?.strict === true,
			`pack:all recorded lint: ${entry.lint}`,
		);
		check(
			`${label}: has a LICENSE (MIT)`,
			existsSync(join(unpacked, 'LICENSE.md')) &&
				/MIT License/.test(readFileSync(join(unpacked, 'LICENSE.md'), 'utf8')),
		);

		const files = filesUnder(unpacked);
		const jsFiles = files.filter((file) => file.endsWith('.js'));
		if (vendor) {
			// ------------------------------------------------------------ only its own files
			const others = VENDORS.filter((other) => other !== vendor);
			const own = (file) =>
				['package.json', 'README.md', 'LICENSE.md'].includes(file) ||
				file.startsWith(`dist/nodes/${vendor.folder}/`) ||
				file.startsWith('dist/nodes/shared/') ||
				(file.startsWith('dist/credentials/') &&
					vendor.credentialPrefixes.some((prefix) => basename(file).startsWith(prefix))) ||
				(file.startsWith('dist/icons/') &&
					vendor.icons.some((icon) =>
						new RegExp(`^${icon}(\\.dark)?\\.(svg|png)$`).test(basename(file)),
					));
			const foreign = files.filter((file) => !own(file));
			check(
				`${label}: holds only ${vendor.folder}'s folder, its credentials and icons, and nodes/shared (${files.length} files)`,
				foreign.length === 0,
				`also: ${foreign.join(', ')}`,
			);
			const foreignListed = listed.filter(
				(file) =>
					!file.startsWith(`dist/nodes/${vendor.folder}/`) && !file.startsWith('dist/credentials/'),
			);
			check(
				`${label}: its n8n block lists only its own nodes and credentials`,
				foreignListed.length === 0 && listed.every((file) => own(file)),
				foreignListed.join(', '),
			);
			const typePrefixes = others.map((other) => other.key);
			check(
				`${label}: its node types are its own (${entry.nodeTypes.length}: ${entry.nodeTypes.map((type) => type.split('.')[1]).join(', ')})`,
				entry.nodeTypes.length > 0 &&
					entry.nodeTypes.every((type) => type.startsWith(`${entry.name}.${vendor.key}`)) &&
					!entry.nodeTypes.some((type) =>
						typePrefixes.some((prefix) => type.split('.')[1].startsWith(prefix)),
					),
				JSON.stringify(entry.nodeTypes),
			);

			// ------------------------------------------------------------ what the compiled code requires
			const problems = [];
			for (const file of jsFiles) {
				const source = readFileSync(join(unpacked, file), 'utf8');
				for (const target of requiresOf(source)) {
					if (target.startsWith('.')) {
						const resolved = posix.normalize(posix.join(posix.dirname(file), target));
						const candidates = [
							resolved,
							`${resolved}.js`,
							`${resolved}/index.js`,
							`${resolved}.json`,
						];
						if (!candidates.some((candidate) => files.includes(candidate)))
							problems.push(`${file}: require("${target}") is not in the package`);
						if (
							others.some(
								(other) =>
									resolved.startsWith(`dist/nodes/${other.folder}`) ||
									resolved.includes(`/${other.folder}/`),
							)
						)
							problems.push(`${file}: require("${target}") is another vendor's file`);
					} else if (
						!(
							target === 'n8n-workflow' ||
							target.startsWith('n8n-workflow/') ||
							builtins.has(target)
						)
					) {
						problems.push(
							`${file}: require("${target}") is neither n8n-workflow nor a Node module`,
						);
					}
				}
				for (const other of others)
					if (source.includes(`nodes/${other.folder}/`) || source.includes(`${other.folder}.node`))
						problems.push(`${file} names ${other.folder}'s files`);
			}
			check(
				`${label}: its ${jsFiles.length} compiled files require only files of the package, n8n-workflow and Node modules, never another vendor's`,
				problems.length === 0,
				problems.slice(0, 20).join('\n'),
			);

			// ------------------------------------------------------------ README
			const readme = readFileSync(join(unpacked, 'README.md'), 'utf8');
			const sections = ['## Installation', '## Example workflow', '## License'];
			const example = /## Example workflow[\s\S]*?```json\n([\s\S]*?)\n```/.exec(readme)?.[1];
			let exampleTypes = [];
			try {
				exampleTypes = JSON.parse(example)
					.nodes.map((node) => node.type)
					.filter((type) => !type.startsWith('n8n-nodes-base.'));
			} catch {
				exampleTypes = [];
			}
			check(
				`${label}: README says what the nodes do, how to set up the credential, its operations, and has an example workflow of this package's nodes`,
				sections.every((heading) => readme.includes(`\n${heading}\n`)) &&
					/#+ Credential/.test(readme) &&
					/\n\|[^\n]*\|\n\|[-| ]+\|\n/.test(readme) &&
					exampleTypes.length > 0 &&
					exampleTypes.every((type) => entry.nodeTypes.includes(type)),
				`sections ${sections.filter((heading) => !readme.includes(`\n${heading}\n`)).join(', ')} missing; example node types ${JSON.stringify(exampleTypes)}`,
			);
			if (vendor.renamed)
				check(
					`${label}: says that Call-Em-All is now called Text-Em-All (package description, README, node descriptions)`,
					/now called Text-Em-All/.test(pkg.description) &&
						readme.includes('now called **Text-Em-All**') &&
						entry.nodeDescriptions?.length > 0 &&
						entry.nodeDescriptions.every((text) => /now called Text-Em-All/.test(text)),
					JSON.stringify({
						description: pkg.description,
						nodeDescriptions: entry.nodeDescriptions,
					}),
				);
		} else {
			const vendorNodes = VENDORS.flatMap(
				(one) => manifest.packages.find((other) => other.vendor === one.key)?.nodeTypes ?? [],
			)
				.map((type) => type.split('.')[1])
				.sort();
			check(
				`${label}: the combined package has every vendor's node types (${entry.nodeTypes.length})`,
				JSON.stringify(entry.nodeTypes.map((type) => type.split('.')[1]).sort()) ===
					JSON.stringify(vendorNodes),
				JSON.stringify({ combined: entry.nodeTypes, vendors: vendorNodes }),
			);
		}
	}

	// ------------------------------------------------------------ the workflows
	const workflowsDir = join(PROJECT_DIR, '.github', 'workflows');
	const parsed = {};
	for (const file of ['ci.yml', 'publish.yml']) {
		try {
			parsed[file] = yaml.load(readFileSync(join(workflowsDir, file), 'utf8'));
		} catch (error) {
			parsed[file] = null;
			check(`.github/workflows/${file} parses`, false, error.message);
			continue;
		}
		check(
			`.github/workflows/${file} parses (YAML, with jobs)`,
			parsed[file] &&
				typeof parsed[file].jobs === 'object' &&
				Object.keys(parsed[file].jobs).length > 0,
		);
	}
	const ci = parsed['ci.yml'];
	if (ci)
		check(
			'ci.yml runs npm test on pull requests and pushes to main',
			'pull_request' in ci.on &&
				ci.on.push?.branches?.includes('main') &&
				Object.values(ci.jobs).some((job) => job.steps?.some((step) => step.run === 'npm test')),
		);
	const publish = parsed['publish.yml'];
	if (publish) {
		check(
			'publish.yml runs on a version tag',
			(publish.on?.push?.tags ?? []).some((tag) => /\*\.\*\.\*/.test(tag)) &&
				!publish.on.push.branches,
			JSON.stringify(publish.on),
		);
		const jobs = Object.entries(publish.jobs);
		const publishing = jobs.filter(([, job]) =>
			job.steps?.some((step) => /npm publish|n8n-node release/.test(step.run ?? '')),
		);
		const named = publishing.flatMap(([, job]) => job.strategy?.matrix?.package ?? []);
		check(
			`publish.yml has one job per package (${named.length}: ${named.join(', ')}), each publishing with --provenance and id-token: write`,
			named.length === new Set(named).size &&
				publishing.every(
					([, job]) =>
						job.permissions?.['id-token'] === 'write' &&
						job.steps.some(
							(step) =>
								/npm publish[^\n]*--provenance/.test(step.run ?? '') ||
								/n8n-node release/.test(step.run ?? ''),
						) &&
						job.strategy?.['fail-fast'] === false,
				),
			JSON.stringify(publishing.map(([name, job]) => ({ name, permissions: job.permissions }))),
		);
		const packed = manifest.packages.map((entry) => entry.name);
		const unknown = named.filter(
			(name) =>
				!packed.includes(name) ||
				!readdirSync(dirname(manifest.packages[0].tarball)).some(
					(file) => file.startsWith(`${name}-`) && file.endsWith('.tgz'),
				),
		);
		check(
			'every package publish.yml names has its tarball in dist-packages/, and every tarball is published',
			unknown.length === 0 && packed.every((name) => named.includes(name)),
			`not packed: ${unknown.join(', ')}; not published: ${packed.filter((name) => !named.includes(name)).join(', ')}`,
		);
		const tarballPattern = publishing
			.flatMap(([, job]) =>
				job.steps.map((step) =>
					/dist-packages\/\$\{\{ matrix\.package \}\}-\$\{version\}\.tgz/.test(step.run ?? ''),
				),
			)
			.some(Boolean);
		check(
			'publish.yml publishes dist-packages/<package>-<version>.tgz, the name npm pack gives',
			tarballPattern &&
				manifest.packages.every(
					(entry) => basename(entry.tarball) === `${entry.name}-${entry.version}.tgz`,
				),
		);
	}

	// ------------------------------------------------------------ npm publish --dry-run
	if (!process.argv.includes('--no-dry-run')) {
		for (const entry of manifest.packages) {
			const run = spawnSync(
				npm,
				['publish', '--dry-run', '--access', 'public', '--ignore-scripts', entry.tarball],
				{
					cwd: work,
					encoding: 'utf8',
					env: cleanNpmEnv(undefined, { npm_config_loglevel: 'notice' }),
				},
			);
			const output = `${run.stdout}\n${run.stderr}`;
			check(
				`npm publish --dry-run ${basename(entry.tarball)} succeeds`,
				run.status === 0 && output.includes(`${entry.name}@${entry.version}`),
				output.slice(-1500),
			);
		}
	}
} finally {
	rmSync(work, { recursive: true, force: true });
}

const failed = results.filter((result) => !result.ok).length;
process.stdout.write(`packages checked in ${Math.round((Date.now() - started) / 1000)} s\n`);
process.stdout.write(`${results.length - failed} passed, ${failed} failed\n`);
process.exit(failed ? 1 : 0);
