// Summarises a V8 CPU profile (.cpuprofile) the way `BENCH_PROFILE=1 npm run bench` does: time by
// kind of work and by who asked for it, then the top functions.
//   node bench/summarise-profile.mjs <file.cpuprofile> [top] [--execute]
// --execute: an `n8n execute` profile, of which only the workflow's own part is summarised.
import { readFileSync } from 'node:fs';

import { executeWindow, profileMarkdown, summariseProfile } from './lib.mjs';

const args = process.argv.slice(2);
const execute = args.includes('--execute');
const [file, top = '15'] = args.filter((arg) => arg !== '--execute');
if (!file) {
	process.stderr.write('usage: node bench/summarise-profile.mjs <file.cpuprofile> [top]\n');
	process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8'));
process.stdout.write(
	`${profileMarkdown(file, summariseProfile(profile, { top: Number(top), ...(execute ? executeWindow(profile) : {}) }), { top: Number(top) })}\n`,
);
