// Keeps the README's operation tables true: for each action node, the table under its
// "### Node: <name>" heading must list exactly the resources and operations the built node
// offers in the editor (display names). Run after `npm run build`; exits 1 on any difference.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

import { PROJECT_DIR } from './n8n-runtime.mjs';

const require = createRequire(import.meta.url);
const readme = readFileSync(join(PROJECT_DIR, 'README.md'), 'utf8');

const nodes = [
	{ heading: 'Node: PrimeVox', file: 'PrimeVox/PrimeVox.node.js', className: 'PrimeVox' },
	{
		heading: 'Node: PhoneBurner',
		file: 'PhoneBurner/PhoneBurner.node.js',
		className: 'PhoneBurner',
	},
	{ heading: 'Node: CallFire', file: 'CallFire/CallFire.node.js', className: 'CallFire' },
	{ heading: 'Node: CallEmAll', file: 'CallEmAll/CallEmAll.node.js', className: 'CallEmAll' },
];

/** resource display name → sorted operation display names, as the editor shows them. */
function operationsOf(description) {
	const resources = description.properties.find((property) => property.name === 'resource');
	const result = new Map();
	for (const resource of resources.options) {
		const operation = description.properties.find(
			(property) =>
				property.name === 'operation' &&
				property.displayOptions?.show?.resource?.includes(resource.value),
		);
		result.set(resource.name, operation.options.map((option) => option.name).sort());
	}
	return result;
}

/** The first Markdown table after the heading: its rows as arrays of cells. */
function tableAfter(heading) {
	const start = readme.indexOf(`### ${heading}`);
	if (start === -1) return undefined;
	const lines = readme.slice(start).split('\n');
	const first = lines.findIndex((line) => line.startsWith('|'));
	const rows = [];
	for (const line of lines.slice(first)) {
		if (!line.startsWith('|')) break;
		rows.push(
			line
				.split('|')
				.slice(1, -1)
				.map((cell) => cell.trim()),
		);
	}
	return { header: rows[0] ?? [], rows: rows.slice(2) };
}

const same = (a, b) => a.length === b.length && a.every((value, index) => value === b[index]);
let problems = 0;
for (const { heading, file, className } of nodes) {
	const NodeClass = require(join(PROJECT_DIR, 'dist', 'nodes', file))[className];
	const actual = operationsOf(new NodeClass().description);
	const table = tableAfter(heading);
	if (!table) {
		process.stdout.write(`✗ README has no "### ${heading}" section\n`);
		problems++;
		continue;
	}
	const documented = new Map();
	if (table.header[0] === 'operation' && actual.size === 1) {
		// One resource (PrimeVox): the table lists its operations, one a row.
		documented.set([...actual.keys()][0], table.rows.map((row) => row[0]).sort());
	} else {
		for (const [resource, operations] of table.rows)
			documented.set(
				resource,
				operations
					.split(',')
					.map((name) => name.trim())
					.sort(),
			);
	}
	for (const [resource, operations] of actual) {
		const listed = documented.get(resource);
		if (!listed) {
			process.stdout.write(
				`✗ ${heading}: resource "${resource}" is missing from the README table\n`,
			);
			problems++;
		} else if (!same(listed, operations)) {
			process.stdout.write(
				`✗ ${heading} → ${resource}: README lists [${listed.join(', ')}], the node has [${operations.join(', ')}]\n`,
			);
			problems++;
		}
	}
	for (const resource of documented.keys()) {
		if (!actual.has(resource)) {
			process.stdout.write(
				`✗ ${heading}: README lists resource "${resource}", which the node does not have\n`,
			);
			problems++;
		}
	}
	const count = [...actual.values()].reduce((sum, operations) => sum + operations.length, 0);
	if (!problems)
		process.stdout.write(
			`✓ ${heading}: ${actual.size} resources, ${count} operations as in the README\n`,
		);
}
process.exit(problems ? 1 : 0);
