// `BENCH_ONLY=pacing npm run bench` (or `pacing` among other BENCH_ONLY sections, run last): request pacing in a
// real n8n against stand-ins behind a rate-limiting front allowing 10 requests in flight and 200
// a second (test/e2e/pacing-suite.mjs, the same runs `npm test` checks by count). One run of
// each; the section "Request pacing" of bench/results.md is replaced, the rest kept.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

import {
	PROJECT_DIR,
	ensureN8n,
	installIntoUserFolder,
	n8nEnv,
	packPackage,
} from '../scripts/n8n-runtime.mjs';
import { PACING, measurePacing } from '../test/e2e/pacing-suite.mjs';

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const START = '<!-- bench:pacing -->';
const END = '<!-- /bench:pacing -->';

export async function pacingSection({ nodeBin, n8nBin, env, work }) {
	const n8n = (args) => execFileSync(nodeBin, [n8nBin, ...args], { env, stdio: 'ignore' });
	const load = loadavg()
		.map((value) => value.toFixed(2))
		.join(' / ');
	const { results } = await measurePacing({ n8n, nodeBin, n8nBin, env, work });
	const loadAfter = loadavg()
		.map((value) => value.toFixed(2))
		.join(' / ');
	const ideal = (PACING.items / PACING.perSecond) * 1000;
	const floor = results.find((result) => result.floor)?.ms;
	const rows = results.map((result) => {
		const ratios = [`${(result.ms / ideal).toFixed(2)}× the ideal`];
		// n8n prepares every item's request before the first leaves, so no pacer can do better
		// than that preparation plus the ideal.
		if (!result.returnAll && !result.floor && result.firstRequestMs !== undefined)
			ratios.push(
				`${(result.ms / (result.firstRequestMs + ideal)).toFixed(2)}× first request + ideal`,
			);
		if (floor && !result.floor) ratios.push(`${(result.ms / floor).toFixed(2)}× the floor`);
		const time = result.returnAll
			? seconds(result.ms)
			: `${seconds(result.ms)} (${ratios.join('; ')})`;
		const first = result.firstRequestMs === undefined ? '—' : seconds(result.firstRequestMs);
		return `| ${result.label} | ${result.items.toLocaleString('en')} | ${result.errors.toLocaleString('en')} | ${result.limited.toLocaleString('en')} | ${result.requests.toLocaleString('en')} | ${result.maxInFlight} | ${first} | ${time} |`;
	});
	const text = [
		START,
		'## Request pacing',
		'',
		`Measured ${new Date().toISOString()} on ${process.platform}/${process.arch} (${cpus().length} cores, shared), one run each, load average (1/5/15 min) ${load} before and ${loadAfter} after. The stand-ins sit behind a rate-limiting front that allows ${PACING.maxInFlight} requests in flight and ${PACING.perSecond} a second (a bucket of ${Math.round(PACING.perSecond / 10)}) and answers anything beyond with 429 and Retry-After: 1; stand-in latency 5 ms. ${PACING.items.toLocaleString('en')} items a run, Continue On Fail on; timed from the webhook POST to the answer.`,
		'',
		`*First request after* is when the first request reached the stand-in. n8n's declarative engine prepares every item's request (parameters, expressions) in one synchronous loop before any leaves, so no pacer can finish sooner than that plus the ideal ${seconds(ideal)}: the ratio to *first request + ideal* is the pacer's own cost. *The floor* is the same PrimeVox read straight at the stand-in (no rate-limiting front) with the pacer off: what n8n itself needs for ${PACING.items.toLocaleString('en')} per-item requests on this machine${floor ? ` (${seconds(floor)})` : ''}.`,
		'',
		'| run | items out | error items | 429s sent | requests seen | most in flight | first request after | wall time |',
		'|---|---|---|---|---|---|---|---|',
		...rows,
		END,
	].join('\n');
	return { text, results, load };
}

export function writePacingSection(text) {
	const file = join(PROJECT_DIR, 'bench', 'results.md');
	const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmark results\n';
	const start = current.indexOf(START);
	const end = current.indexOf(END);
	const next =
		start !== -1 && end > start
			? `${current.slice(0, start)}${text}${current.slice(end + END.length)}`
			: `${current.trimEnd()}\n\n${text}\n`;
	writeFileSync(file, next);
}

// Run on its own (BENCH_ONLY=pacing): its own n8n user folder with the package installed.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
	const { nodeBin, n8nBin } = ensureN8n();
	const work = mkdtempSync(join(tmpdir(), 'n8n-telephony-pacing-'));
	try {
		const userFolder = join(work, 'user');
		const env = n8nEnv(userFolder, {
			N8N_ENCRYPTION_KEY: 'bench-encryption-key',
			EXECUTIONS_DATA_SAVE_ON_SUCCESS: 'none',
			N8N_LOG_LEVEL: 'warn',
			N8N_PAYLOAD_SIZE_MAX: '256',
		});
		installIntoUserFolder(packPackage(work), userFolder);
		const { text } = await pacingSection({ nodeBin, n8nBin, env, work });
		writePacingSection(text);
		process.stdout.write(`${text}\n`);
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
	process.exit(0);
}
