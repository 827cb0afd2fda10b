// The burst of callbacks on its own: 1,000 PhoneBurner callbacks (100 a second for 10 s) to one
// published trigger workflow (trigger -> HTTP Request to an observer) in a fresh real n8n, with a
// sender that resends after a 5xx or a dropped connection (sendBurst in test/e2e/lib.mjs: 16 tries, backoff 1 s -> 30 s, jitter).
// Prints what n8n answered and how many executions ran. The README's burst table comes from it.
//
//   node bench/burst.mjs                 n8n's defaults
//   TASKSET=0 node bench/burst.mjs       n8n pinned to CPU 0 (a slower machine)
//   RESEND_500=0 node bench/burst.mjs    resend 503s only, not other 5xx (as the suite did before)
//   TRIG=webhook WHV=2 node bench/burst.mjs   n8n's own Webhook node (v1 or v2) instead
//   EXTRA_ENV='{"N8N_EXPRESSION_ENGINE":"legacy"}' node bench/burst.mjs   more n8n settings
// Run `npm run build` first.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureN8n, installIntoUserFolder, n8nEnv, packPackage } from '../scripts/n8n-runtime.mjs';
import {
	freePort,
	triggerWorkflow,
	mergeWorkflows,
	sendBurst,
	sleep,
	waitForWebhook,
} from '../test/e2e/lib.mjs';
import { startObserver } from '../test/e2e/standins/observer.mjs';

const { nodeBin, n8nBin } = ensureN8n();
const work = mkdtempSync(join(tmpdir(), 'burst-'));
const userFolder = join(work, 'user');
const extra = JSON.parse(process.env.EXTRA_ENV ?? '{}');
const env = n8nEnv(userFolder, {
	N8N_ENCRYPTION_KEY: 'x'.repeat(32),
	N8N_LOG_LEVEL: 'info',
	...extra,
});
installIntoUserFolder(packPackage(work), userFolder);
const observer = await startObserver();
const HOOK = '0b6c1d3e-7f2a-4c8b-9d5e-1a2b3c4d5e6f';
const token = 'burst-token-123456';
const trigType = process.env.TRIG ?? 'pb';
const trigger =
	trigType === 'pb'
		? {
				name: 'PhoneBurner Trigger',
				type: 'n8n-nodes-telephony.phoneBurnerTrigger',
				webhookId: HOOK,
				parameters: { events: ['api_calldone'], authentication: 'token', secretToken: token },
			}
		: {
				name: 'Webhook',
				type: 'n8n-nodes-base.webhook',
				typeVersion: Number(process.env.WHV ?? 2),
				webhookId: HOOK,
				parameters: { httpMethod: 'POST', path: `${HOOK}/callback`, options: {} },
			};
const wf = mergeWorkflows('burstWf0000001', 'burst', [
	triggerWorkflow({ id: 'b1', name: 'PB', observerUrl: observer.url, trigger }),
]);
if (trigType !== 'pb') wf.nodes[0].typeVersion = Number(process.env.WHV ?? 2);
writeFileSync(join(work, 'wf.json'), JSON.stringify([wf]));
const n8n = (args) => {
	const r = spawnSync(nodeBin, [n8nBin, ...args], { env, encoding: 'utf8' });
	if (r.status) throw new Error(r.stderr + r.stdout);
};
n8n(['import:workflow', `--input=${join(work, 'wf.json')}`]);
n8n(['publish:workflow', '--id=burstWf0000001']);
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const prefix = process.env.TASKSET
	? ['taskset', ['-c', process.env.TASKSET, nodeBin, n8nBin, 'start']]
	: [nodeBin, [n8nBin, 'start']];
const child = spawn(prefix[0], prefix[1], {
	env: { ...env, N8N_PORT: String(port), WEBHOOK_URL: `${base}/` },
});
let log = '';
child.stdout.on('data', (c) => (log += c));
child.stderr.on('data', (c) => (log += c));
while (
	!(await fetch(`${base}/healthz/readiness`).then(
		(r) => r.ok,
		() => false,
	))
)
	await sleep(500);
const url = `${base}/webhook/${HOOK}/callback?token=${token}&event=api_calldone`;
await waitForWebhook(url.split('?')[0]);
await sleep(3000);
const before = observer.received.length;
const started = Date.now();
const burst = await sendBurst(
	url,
	(wave, i) => ({ status: 'Interested', call_id: `b-${wave}-${i}`, connected: '1' }),
	{
		resend: (status) => status === 503 || (process.env.RESEND_500 !== '0' && status >= 500),
	},
);
const { statuses, answeredIn: answered, firstAnswers: first200, resends, answers } = burst;
const deadline = Date.now() + 120000;
while (observer.received.length - before < 1000 && Date.now() < deadline) await sleep(250);
await sleep(2000);
const got = observer.received.slice(before);
console.log(
	JSON.stringify(
		{
			first200,
			answered,
			last: (Date.now() - started) / 1000,
			executions: got.length,
			distinct: new Set(got.map((x) => x.call_id ?? x.body?.call_id)).size,
			non200final: statuses.filter((s) => s !== 200).length,
			resends,
			answers,
		},
		null,
		1,
	),
);
const errLines = log.split('\n').filter((l) => /error|fail|500/i.test(l));
console.log(errLines.length, 'error-ish log lines');
console.log([...new Set(errLines.map((l) => l.slice(0, 300)))].slice(0, 30).join('\n'));
child.kill('SIGKILL');
observer.server.close();
rmSync(work, { recursive: true, force: true });
process.exit(0);
