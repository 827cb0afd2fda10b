// Summarises a V8 CPU profile (.cpuprofile) the way `BENCH_PROFILE=1 npm run bench` does: time by
// kind of work and by who asked for it, then the top functions.
//   node bench/summarise-profile.mjs <file.cpuprofile> [top]
import { readFileSync } from 'node:fs';

import { profileMarkdown, summariseProfile } from './lib.mjs';

const [file, top = '15'] = process.argv.slice(2);
if (!file) {
	process.stderr.write('usage: node bench/summarise-profile.mjs <file.cpuprofile> [top]\n');
	process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8'));
process.stdout.write(
	`${profileMarkdown(file, summariseProfile(profile, { top: Number(top) }), { top: Number(top) })}\n`,
);
