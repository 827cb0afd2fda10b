// Micro-benchmark of output redaction (bench/PROFILE.md, R5): the rows of a PrimeVox Return All
// (the stand-in's call rows, each with a recording URL that carries the auth key) redacted by
// `redactItems` as built (dist/), against the walk before R5 (every string through
// `redactOutputText`, one pass per secret). Prints CPU time per round and checks the outputs
// are identical. Run `npm run build` first, then:
//
//   node bench/redaction.mjs [rows=50000] [rounds=5]
//
// Secrets: PrimeVox's auth key (long, replaced anywhere); with `--pin`, also a 4-digit PIN
// (short, only as a whole secret-named field), as Call-Em-All adds.
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';

import { callRow } from '../test/e2e/standins/primevox.mjs';

const require = createRequire(import.meta.url);
const { redactItems, redactOutputText } = require('../dist/nodes/shared/secrets.js');

const args = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const ROWS = Number(args[0] ?? 50_000);
const ROUNDS = Number(args[1] ?? 5);
const AUTH_KEY = 'bench-pvx-key-0001';
const secrets = process.argv.includes('--pin') ? [AUTH_KEY, '5555'] : [AUTH_KEY];

function everyString(value, list) {
	const entries = Array.isArray(value) ? value.entries() : Object.entries(value);
	for (const [key, entry] of entries) {
		if (typeof entry === 'string') {
			const clean = redactOutputText(entry, list, key);
			if (clean !== entry) value[key] = clean;
		} else if (entry !== null && typeof entry === 'object') {
			everyString(entry, list);
		}
	}
}

const before = (items) => {
	for (const item of items) everyString(item.json, secrets);
	return items;
};
const after = (items) => redactItems(items, secrets);

const rows = () =>
	Array.from({ length: ROWS }, (_, index) => ({
		json: callRow(`call-${index}`, 'http://127.0.0.1:9', AUTH_KEY),
	}));

function cpuMs(run, items) {
	const start = process.cpuUsage();
	run(items);
	const used = process.cpuUsage(start);
	return (used.user + used.system) / 1000;
}

const same = JSON.stringify(before(rows())) === JSON.stringify(after(rows()));
const times = { before: [], after: [] };
for (let round = 0; round < ROUNDS; round++) {
	// In turns, each on fresh rows (redaction works in place).
	times.before.push(cpuMs(before, rows()));
	times.after.push(cpuMs(after, rows()));
}
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const fmt = (list) => list.map((ms) => ms.toFixed(0)).join(', ');
console.log(
	`redaction of ${ROWS.toLocaleString('en')} PrimeVox call rows, secrets: ${secrets.length}, ` +
		`Node ${process.version}, load ${loadavg()[0].toFixed(2)}`,
);
console.log(
	`  every string, pass per secret (before R5): median ${median(times.before).toFixed(0)} ms CPU (${fmt(times.before)})`,
);
console.log(
	`  one combined test per string (redactItems): median ${median(times.after).toFixed(0)} ms CPU (${fmt(times.after)})`,
);
console.log(
	`  ratio ${(median(times.after) / median(times.before)).toFixed(2)}; outputs identical: ${same}`,
);
if (!same) process.exitCode = 1;
