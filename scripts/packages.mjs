// The packages this one source tree publishes: one per vendor (what n8n can verify, so what n8n
// Cloud and n8n 3.0 users can install) and the combined `n8n-nodes-telephony` (the repository's
// own package.json, for self-hosted users who want all four).
//
// A vendor package is described by the small table below, never by a list of the files inside a
// vendor folder: its files are everything under nodes/<folder>/, all of nodes/shared/, the
// credentials/<prefix>*.credentials.ts files and the icons/<icon>[.dark].svg files. Its n8n block
// lists every *.node.ts found under its folder and those credentials. So an operation, a helper
// or a new node added inside a vendor folder is packaged without touching this file.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

import { PROJECT_DIR } from './n8n-runtime.mjs';

export const ROOT_PACKAGE = JSON.parse(readFileSync(join(PROJECT_DIR, 'package.json'), 'utf8'));
export const COMBINED_PACKAGE = ROOT_PACKAGE.name;
/** Where `npm run pack:all` writes the tarballs (git-ignored). */
export const PACKAGES_DIR = join(PROJECT_DIR, 'dist-packages');
const REPOSITORY_URL = ROOT_PACKAGE.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
export const REPOSITORY_README = `${REPOSITORY_URL}#readme`;
const REPOSITORY_FILE = (path) => `${REPOSITORY_URL}/blob/main/${path}`;
const REPOSITORY_RAW = (path) =>
	`${REPOSITORY_URL.replace('https://github.com/', 'https://raw.githubusercontent.com/')}/main/${path}`;

/**
 * One row per vendor. `key` is the first word of its node type names (`phoneBurner`,
 * `phoneBurnerTrigger`, `phoneBurnerTool`); `section` the main README's `## ` heading whose text
 * becomes the package README; `example` a short workflow for that README (checked against the
 * built node in `npm test`).
 */
export const VENDORS = [
	{
		key: 'phoneBurner',
		folder: 'PhoneBurner',
		credentialPrefixes: ['PhoneBurner'],
		icons: ['phoneburner'],
		packageName: 'n8n-nodes-phoneburner',
		service: 'PhoneBurner',
		section: 'PhoneBurner',
		description:
			'n8n nodes for PhoneBurner, the power dialer: contacts, folders, tags, members, dial sessions started from your CRM, and a trigger for call-done callbacks',
		keywords: ['phoneburner', 'power dialer', 'dialer', 'dial session', 'crm', 'telephony'],
		screenshot: 'docs/screenshots/phoneburner-node.png',
		example: {
			name: 'PhoneBurner: the first 25 contacts',
			nodes: [
				{
					node: 'phoneBurner',
					name: 'Get Contacts',
					parameters: {
						authentication: 'accessToken',
						resource: 'contact',
						operation: 'getAll',
						returnAll: false,
						limit: 25,
					},
					credential: 'phoneBurnerApi',
				},
			],
		},
	},
	{
		key: 'callFire',
		folder: 'CallFire',
		credentialPrefixes: ['CallFire'],
		icons: ['callfire'],
		packageName: 'n8n-nodes-callfire',
		service: 'CallFire',
		section: 'CallFire',
		description:
			'n8n nodes for CallFire: text and voice broadcasts, texts and calls, contacts and lists, numbers, keywords, do-not-contact lists, and a trigger for CallFire webhooks',
		keywords: ['callfire', 'sms', 'text message', 'voice broadcast', 'do not contact', 'telephony'],
		screenshot: 'docs/screenshots/callfire-node.png',
		example: {
			name: 'CallFire: send a text',
			nodes: [
				{
					node: 'callFire',
					name: 'Send Text',
					parameters: {
						resource: 'text',
						operation: 'send',
						inputMode: 'item',
						textEntryPhoneNumber: '12135551122',
						textEntryMessage: 'Hello from n8n',
					},
					credential: 'callFireApi',
				},
			],
		},
	},
	{
		key: 'callEmAll',
		folder: 'CallEmAll',
		credentialPrefixes: ['CallEmAll'],
		icons: ['callemall'],
		// Call-Em-All is now called Text-Em-All: the name users search for, with the old one in the keywords.
		packageName: 'n8n-nodes-text-em-all',
		service: 'Text-Em-All (formerly Call-Em-All)',
		section: 'Call-Em-All',
		description:
			'n8n nodes for Text-Em-All (Call-Em-All is now called Text-Em-All): voice and text broadcasts, contacts, lists, opt-outs and conversations, with a webhook trigger and a polling trigger',
		keywords: [
			'text-em-all',
			'textemall',
			'call-em-all',
			'callemall',
			'sms',
			'text broadcast',
			'voice broadcast',
			'telephony',
		],
		screenshot: 'docs/screenshots/callemall-node.png',
		renamed:
			'Call-Em-All is now called **Text-Em-All**. The API, the keys and the nodes are the same: in n8n the nodes are still named *Call-Em-All*, *Call-Em-All Trigger* and *Call-Em-All Poll Trigger* (search for either name), and the credential is *Call-Em-All (Text-Em-All) API*.',
		example: {
			name: 'Text-Em-All: a text broadcast to one number',
			nodes: [
				{
					node: 'callEmAll',
					name: 'Create Broadcast',
					parameters: {
						resource: 'broadcast',
						operation: 'create',
						broadcastName: 'Hello from n8n',
						broadcastType: 'SMS',
						contactSource: 'allItems',
						contactPhone: '2145550001',
						textMessage: 'Hello from n8n',
					},
					credential: 'callEmAllApi',
				},
			],
		},
	},
	{
		key: 'primeVox',
		folder: 'PrimeVox',
		credentialPrefixes: ['PrimeVox'],
		icons: ['primevox'],
		packageName: 'n8n-nodes-primevox',
		service: 'PrimeVox',
		section: 'PrimeVox',
		description:
			'n8n nodes for the PrimeVox hosted PBX: call history with every filter, call details with decoded events, recordings as binary, call notes, and a trigger for new calls',
		keywords: ['primevox', 'pbx', 'voip', 'call history', 'call recording', 'telephony'],
		screenshot: 'docs/screenshots/primevox-node.png',
		example: {
			name: 'PrimeVox: the last 50 calls',
			nodes: [
				{
					node: 'primeVox',
					name: 'Get Calls',
					parameters: { resource: 'call', operation: 'getAll', returnAll: false, limit: 50 },
					credential: 'primeVoxApi',
				},
			],
		},
	},
];

export const vendorByKey = (key) => VENDORS.find((vendor) => vendor.key === key);

/** The vendor a node type name (`phoneBurnerTrigger`, `callFireTool`, …) belongs to. */
export function vendorOfNode(nodeName) {
	const bare = nodeName.includes('.') ? nodeName.slice(nodeName.lastIndexOf('.') + 1) : nodeName;
	return VENDORS.find(
		(vendor) =>
			bare === vendor.key ||
			(bare.startsWith(vendor.key) && /^[A-Z]/.test(bare.slice(vendor.key.length))),
	);
}

/** Every file under `dir` (project-relative, `/`-separated). */
function walk(dir) {
	const absolute = join(PROJECT_DIR, dir);
	if (!existsSync(absolute)) return [];
	const files = [];
	for (const entry of readdirSync(absolute).sort()) {
		const path = `${dir}/${entry}`;
		if (statSync(join(PROJECT_DIR, path)).isDirectory()) files.push(...walk(path));
		else files.push(path);
	}
	return files;
}

/** The source files a vendor package is built from (project-relative paths). */
export function sourceFilesOf(vendor) {
	const own = walk(`nodes/${vendor.folder}`);
	const shared = walk('nodes/shared').filter((file) => !file.endsWith('.md'));
	const credentials = walk('credentials').filter((file) => {
		const name = file.slice('credentials/'.length);
		return (
			name.endsWith('.credentials.ts') &&
			!name.includes('/') &&
			vendor.credentialPrefixes.some((prefix) => name.startsWith(prefix))
		);
	});
	const icons = walk('icons').filter((file) =>
		vendor.icons.some((icon) => new RegExp(`^icons/${icon}(\\.dark)?\\.(svg|png)$`).test(file)),
	);
	return { own, shared, credentials, icons, all: [...own, ...shared, ...credentials, ...icons] };
}

/** The package.json `n8n` block of a vendor package: its nodes and credentials, compiled. */
export function n8nBlockOf(vendor) {
	const { own, credentials } = sourceFilesOf(vendor);
	return {
		n8nNodesApiVersion: ROOT_PACKAGE.n8n.n8nNodesApiVersion,
		strict: true,
		credentials: credentials.map((file) => `dist/${file.replace(/\.ts$/, '.js')}`),
		nodes: own
			.filter((file) => file.endsWith('.node.ts'))
			.map((file) => `dist/${file.replace(/\.ts$/, '.js')}`),
	};
}

/** A vendor package's package.json: the root's metadata, its own name, texts and n8n block. */
export function packageJsonOf(vendor) {
	const root = ROOT_PACKAGE;
	return {
		name: vendor.packageName,
		version: root.version,
		description: vendor.description,
		license: root.license,
		homepage: `${REPOSITORY_URL}#${slug(vendor.section)}`,
		keywords: ['n8n-community-node-package', 'n8n', ...vendor.keywords],
		author: root.author,
		repository: root.repository,
		bugs: { url: `${REPOSITORY_URL}/issues` },
		engines: root.engines,
		files: ['dist', '!dist/**/*.map'],
		n8n: n8nBlockOf(vendor),
		peerDependencies: root.peerDependencies,
	};
}

/** GitHub's anchor for a heading. */
export function slug(heading) {
	return heading
		.toLowerCase()
		.replace(/[^\w\- ]/g, '')
		.replace(/ /g, '-');
}

/** The main README's `## <heading>` section (without its heading line). */
export function readmeSection(
	heading,
	readme = readFileSync(join(PROJECT_DIR, 'README.md'), 'utf8'),
) {
	const lines = readme.split('\n');
	const start = lines.findIndex((line) => line === `## ${heading}`);
	if (start === -1) throw new Error(`README.md has no "## ${heading}" section`);
	let end = lines.findIndex((line, index) => index > start && /^## /.test(line));
	if (end === -1) end = lines.length;
	return lines
		.slice(start + 1, end)
		.join('\n')
		.trim();
}

/**
 * A section moved into another README: headings one level up, links to other parts of the main
 * README or to files of the repository made absolute (a package README is read on npm).
 */
function transplant(section) {
	const anchors = new Set(
		section
			.split('\n')
			.filter((line) => /^#{2,6} /.test(line))
			.map((line) => slug(line.replace(/^#+ /, ''))),
	);
	return section
		.split('\n')
		.map((line) => (/^#{3,6} /.test(line) ? line.slice(1) : line))
		.join('\n')
		.replace(/\]\((?!https?:|mailto:)([^)\s]+)\)/g, (match, target) => {
			if (target.startsWith('#'))
				return anchors.has(target.slice(1)) ? match : `](${REPOSITORY_URL}${target})`;
			return `](${REPOSITORY_FILE(target)})`;
		});
}

/** The example workflow of a vendor package: Manual Trigger → the example's nodes, typed for `packageName`. */
export function exampleWorkflowOf(vendor, packageName = vendor.packageName) {
	const nodes = [
		{
			parameters: {},
			name: 'When clicking ‘Execute workflow’',
			type: 'n8n-nodes-base.manualTrigger',
			typeVersion: 1,
			position: [0, 0],
		},
	];
	for (const step of vendor.example.nodes) {
		nodes.push({
			parameters: step.parameters,
			name: step.name,
			type: `${packageName}.${step.node}`,
			typeVersion: 1,
			position: [nodes.length * 220, 0],
		});
	}
	const connections = {};
	for (let index = 0; index < nodes.length - 1; index++)
		connections[nodes[index].name] = {
			main: [[{ node: nodes[index + 1].name, type: 'main', index: 0 }]],
		};
	return { name: vendor.example.name, nodes, connections, settings: { executionOrder: 'v1' } };
}

/**
 * A vendor package's README. `built` describes the built package: `{ nodes: [{displayName,
 * name, tool}], credentials: [{displayName, name}] }` (read from its dist/ by pack-all).
 */
export function readmeOf(vendor, built) {
	const { packageName } = vendor;
	const nodeRows = built.nodes.map(
		(node) =>
			`| ${node.displayName} | \`${packageName}.${node.name}\`${node.tool ? ` (as an AI agent tool: \`${packageName}.${node.name}Tool\`)` : ''} |`,
	);
	const credentialList = built.credentials
		.map((credential) => `**${credential.displayName}** (\`${credential.name}\`)`)
		.join(', ');
	const screenshot =
		vendor.screenshot && existsSync(join(PROJECT_DIR, vendor.screenshot))
			? `\n![The ${vendor.service} node in n8n's editor](${REPOSITORY_RAW(vendor.screenshot)})\n`
			: '';
	return `# ${packageName}

${vendor.description}.

This is an [n8n](https://n8n.io) community node package. It is built from the
[n8n-nodes-telephony](${REPOSITORY_README}) source tree, which also publishes one package per
vendor (PhoneBurner, CallFire, Text-Em-All, PrimeVox) and \`${COMBINED_PACKAGE}\` with all four.
${vendor.renamed ? `\n${vendor.renamed}\n` : ''}
| node | type |
|---|---|
${nodeRows.join('\n')}

Credentials: ${credentialList}.
${screenshot}
## Installation

- **n8n Cloud and self-hosted n8n:** open the nodes panel, search for *${vendor.service}* and
  install the verified package, or go to *Settings → Community Nodes → Install* and enter
  \`${packageName}\`. (n8n Cloud installs verified community packages only; n8n 3.0 and later hide
  unverified ones unless \`N8N_UNVERIFIED_PACKAGES_ENABLED=true\`.)
- **By hand (self-hosted):** \`cd ~/.n8n/nodes && npm install ${packageName}\`, then restart n8n.

Install either this package or \`${COMBINED_PACKAGE}\`, not both: they declare the same credential
types, and the node types differ (\`${packageName}.${vendor.key}\` here,
\`${COMBINED_PACKAGE}.${vendor.key}\` there), so a workflow moves from one package to the other only
by replacing its nodes. See [Which package to install](${REPOSITORY_URL}#which-package-to-install).

Supported: n8n 2.x (tested end to end on n8n 2.40.7 with Node 24).

## Example workflow

Copy this and paste it into an n8n canvas (Ctrl+V), then pick or create your credential in the
${vendor.service} node and press *Execute workflow*:

\`\`\`json
${JSON.stringify(exampleWorkflowOf(vendor), null, 2).replace(/\[\s+(-?\d+),\s+(-?\d+)\s+\]/g, '[$1, $2]')}
\`\`\`

${transplant(readmeSection(vendor.section))}

## More

Retries, errors, paging, Continue On Fail and secrets behave the same in every node of the
project: see [Behaviour every node shares](${REPOSITORY_URL}#behaviour-every-node-shares) and
[Using the nodes as AI agent tools](${REPOSITORY_URL}#using-the-nodes-as-ai-agent-tools).

## License

[MIT](LICENSE.md)
`;
}

/** Project-relative path of a file, `/`-separated. */
export const projectPath = (absolute) => relative(PROJECT_DIR, absolute).split(sep).join('/');
