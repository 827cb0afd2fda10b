// `npm run test:queue`: the package in n8n's queue mode, its distributed engine, all on
// 127.0.0.1: PostgreSQL and Redis (Debian's packages, started here on free ports and stopped
// afterwards), n8n's main process (EXECUTIONS_MODE=queue, editor and activation only), two
// `n8n worker` processes and two `n8n webhook` processes behind a round-robin proxy, so
// consecutive callbacks land on different processes. The vendor suite and the fault cases run
// through it, then the checks only queue mode can make. Ends with "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
	ensureN8n,
	installIntoUserFolder,
	n8nEnv,
	packPackage,
	versionEnv,
} from '../../scripts/n8n-runtime.mjs';
import { runBurst } from './faults-suite.mjs';
import { createChecks, freePort, postJson, sleep, startN8nProcess, until } from './lib.mjs';
import { startPostgres, startRedis, startRoundRobinProxy } from './servers.mjs';
import { runVendorSuite } from './vendors-suite.mjs';
import { CF_TRIGGER_WEBHOOK_ID } from './workflows/callfire.mjs';
import { PB_TRIGGER_WEBHOOK_ID } from './workflows/phoneburner.mjs';

/**
 * n8n's job lock (Bull) is renewed by the worker's event loop. A 10,000-item run keeps that loop
 * busy for longer than n8n's default lock of 30 s on a loaded 2-core machine, and the job is then
 * called stalled and failed ("job stalled more than maxStalledCount") although it was running.
 * A longer lock lets it finish; a worker that really dies has its jobs picked up after it.
 */
const QUEUE_WORKER_SETTINGS = {
	QUEUE_WORKER_LOCK_DURATION: '300000',
	QUEUE_WORKER_LOCK_RENEW_TIME: '10000',
	QUEUE_WORKER_STALLED_INTERVAL: '300000',
};

/**
 * n8n's PostgreSQL pool is 2 connections per process with a 20 s connection timeout. A webhook
 * process taking a burst needs several queries per callback (create the execution, queue it,
 * update it), and a worker busy with 10,000 items may not get a connection in 20 s. A run at
 * load 26 showed both: executions left `new` (created, never queued) during the burst, and the
 * 10,000-item execution left `running` (its result not saved). With these settings the next run's
 * 10,000 items passed (333 s) and the burst's executions flowed.
 */
const QUEUE_DATABASE_SETTINGS = {
	DB_POSTGRESDB_POOL_SIZE: '10',
	DB_POSTGRESDB_CONNECTION_TIMEOUT: '120000',
};

/**
 * The burst's sender keeps at most this many connections open, as a vendor's webhook dispatcher
 * does with its pool; the rest of the 1,000 callbacks wait at the sender. 1,000 at once against
 * two webhook processes with 10 database connections each ran their pools dry (525 "timeout
 * exceeded when trying to connect" in one run) and left executions created but never queued.
 */
const QUEUE_BURST_CONNECTIONS = 40;

const { results, check } = createChecks();
const started = Date.now();
const seconds = (since) => ((Date.now() - since) / 1000).toFixed(0);
const timings = [];
const stage = (name, since) => timings.push(`${name} ${seconds(since)} s`);

const runtime = ensureN8n();
const { nodeBin, n8nBin } = runtime;
const work = mkdtempSync(join(tmpdir(), 'n8n-telephony-queue-'));
const userFolder = join(work, 'user');
let postgres;
let redis;
let proxy;
const processes = [];
let stopping;
for (const signal of ['SIGINT', 'SIGTERM']) {
	process.once(signal, () => {
		process.stdout.write(`queue: ${signal}: stopping n8n, PostgreSQL and Redis\n`);
		void stopEverything().finally(() => process.exit(1));
	});
}

try {
	let since = Date.now();
	postgres = await startPostgres(work);
	redis = await startRedis(work);
	process.stdout.write(
		`queue: n8n ${runtime.n8nVersion} on Node ${runtime.nodeVersion}, PostgreSQL ${postgres.version} on port ${postgres.port}, Redis ${redis.version} on port ${redis.port}\n`,
	);
	stage('PostgreSQL and Redis started', since);

	since = Date.now();
	installIntoUserFolder(packPackage(work), userFolder);
	stage('package packed and installed', since);

	const ports = {
		main: await freePort(),
		webhooks: [await freePort(), await freePort()],
		health: [await freePort(), await freePort()],
	};
	proxy = await startRoundRobinProxy(ports.webhooks);
	const mainBase = `http://127.0.0.1:${ports.main}`;
	// One n8n instance: every process has the same database, Redis, encryption key and user
	// folder (the package is installed there once), and WEBHOOK_URL is the proxy.
	const env = n8nEnv(userFolder, {
		...versionEnv(runtime.n8nVersion),
		...postgres.env,
		...redis.env,
		EXECUTIONS_MODE: 'queue',
		N8N_ENCRYPTION_KEY: 'queue-encryption-key-for-tests-only',
		N8N_LOG_LEVEL: 'info',
		WEBHOOK_URL: `${proxy.url}/`,
		...QUEUE_WORKER_SETTINGS,
		...QUEUE_DATABASE_SETTINGS,
	});
	const n8n = (args, { allowFailure = false } = {}) => {
		const result = spawnSync(nodeBin, [n8nBin, ...args], {
			env,
			encoding: 'utf8',
			maxBuffer: 512 * 1024 * 1024,
		});
		if (result.status !== 0 && !allowFailure)
			throw new Error(
				`n8n ${args.join(' ')} exited ${result.status}\n${result.stdout}\n${result.stderr}`,
			);
		return result;
	};

	/** Starts one process of the instance, each with a task-runner broker port of its own. */
	const startProcess = async (name, args, extra, readyUrl) => {
		const child = await startN8nProcess({
			nodeBin,
			n8nBin,
			args,
			env: { ...env, N8N_RUNNERS_BROKER_PORT: String(await freePort()), ...extra },
			readyUrl,
		});
		processes.push({ name, ...child });
		return child;
	};

	const cluster = {
		webhookBase: proxy.url,
		editorBase: mainBase,
		webhookProcesses: 2,
		async start() {
			const clusterStarted = Date.now();
			// The main process: editor, REST API, activation (it registers the CallFire webhook);
			// production webhooks are left to the webhook processes.
			const main = await startProcess(
				'main',
				['start'],
				{ N8N_PORT: String(ports.main), N8N_DISABLE_PRODUCTION_MAIN_PROCESS: 'true' },
				`${mainBase}/healthz/readiness`,
			);
			const workers = await Promise.all(
				[0, 1].map((index) =>
					startProcess(
						`worker-${index + 1}`,
						['worker', '--concurrency=10'],
						{
							QUEUE_HEALTH_CHECK_ACTIVE: 'true',
							QUEUE_HEALTH_CHECK_PORT: String(ports.health[index]),
						},
						`http://127.0.0.1:${ports.health[index]}/healthz`,
					),
				),
			);
			const webhooks = await Promise.all(
				ports.webhooks.map((port, index) =>
					startProcess(
						`webhook-${index + 1}`,
						['webhook'],
						{ N8N_PORT: String(port) },
						`http://127.0.0.1:${port}/healthz`,
					),
				),
			);
			const all = [main, ...workers, ...webhooks];
			stage('n8n main, 2 workers, 2 webhook processes started', clusterStarted);
			return {
				ready: all.every((child) => child.ready),
				log: () => processes.map((child) => `----- ${child.name}\n${child.log()}`).join('\n'),
				async stop() {
					// Webhook processes first (no new work), then the workers finish theirs, then main.
					for (const group of [webhooks, workers, [main]])
						await Promise.all(group.map((child) => child.stop()));
				},
			};
		},
	};

	since = Date.now();
	const vendorRun = await runVendorSuite({
		check,
		n8n,
		nodeBin,
		n8nBin,
		env,
		work,
		n8nVersion: runtime.n8nVersion,
		deployment: cluster,
		burst: false,
		whileRunning: async (suite) => {
			stage('vendor suite and fault cases through the queue', since);
			await queueChecks(suite);
		},
	});

	// ---------------------------------------------------------------- secrets
	since = Date.now();
	const secrets = {
		...vendorRun.secrets,
		...Object.fromEntries(
			vendorRun.sessionTokens.map((token, index) => [
				`Call-Em-All login token ${index + 1}`,
				token,
			]),
		),
	};
	const dump = String(postgres.dump());
	const redisContents = redis.contents();
	const logs = vendorRun.serverLog + readFileSync(join(work, 'postgres', 'server.log'), 'utf8');
	const leaks = Object.entries(secrets).flatMap(([name, value]) =>
		[
			[dump, 'PostgreSQL (pg_dump)'],
			[redisContents.text, 'Redis'],
			[logs, 'a process log'],
		]
			.filter(([text]) => text.includes(value))
			.map(([, where]) => `${name} in ${where}`),
	);
	check(
		`none of the ${Object.keys(secrets).length} credential values (incl. the ${vendorRun.sessionTokens.length} Call-Em-All login tokens) is in PostgreSQL (pg_dump, ${(dump.length / 1e6).toFixed(1)} MB), in Redis (${redisContents.keys} keys and their values) or in the log of any of the ${processes.length} n8n processes or PostgreSQL`,
		dump.length > 0 && leaks.length === 0,
		leaks.join(', '),
	);
	// A trigger's own secret (the PhoneBurner callback token, the Call-Em-All webhook password) is
	// a node parameter: n8n keeps it with the workflow, in its database and, in queue mode, in
	// its Redis cache of published workflows (`n8n:cache:workflow-published-data:<id>`), as for
	// any node's parameters. Anywhere else in Redis (jobs, their progress, other caches) it is a
	// leak.
	const isWorkflowCache = (key) => key.startsWith('n8n:cache:workflow-');
	const redisBesideWorkflows = redisContents.entries
		.filter((entry) => !isWorkflowCache(entry.key))
		.map((entry) => entry.text)
		.join('\n');
	const parameterValues = Object.values(vendorRun.parameterSecrets);
	const cachedWorkflows = redisContents.entries.filter(
		(entry) =>
			isWorkflowCache(entry.key) && parameterValues.some((value) => entry.text.includes(value)),
	);
	const parameterLeaks = Object.entries(vendorRun.parameterSecrets).flatMap(([name, value]) =>
		[
			[logs, 'a process log'],
			[redisBesideWorkflows, 'Redis'],
			[vendorRun.observed, 'an emitted item'],
		]
			.filter(([text]) => text.includes(value))
			.map(([, where]) => `${name} in ${where}`),
	);
	/** Where in Redis a value sits: the key and the text around it, the value itself masked. */
	const redisPlaces = (value) =>
		redisContents.entries
			.filter((entry) => !isWorkflowCache(entry.key) && entry.text.includes(value))
			.map((entry) => {
				const at = entry.text.indexOf(value);
				const around = entry.text.slice(Math.max(0, at - 160), at + value.length + 80);
				return `${entry.key}: …${around.replaceAll(value, '***')}…`;
			})
			.slice(0, 3);
	check(
		`the triggers' own secrets reach no emitted item, no log line and no Redis key but n8n's cache of the published workflows that hold them (${cachedWorkflows.length} keys, the workflow as in its database)`,
		parameterLeaks.length === 0,
		`${parameterLeaks.join(', ')}; ${parameterValues.flatMap(redisPlaces).join(' | ')}`,
	);
	stage('secret search', since);

	async function queueChecks({ callFire, callEmAll, observer, values }) {
		const direct = ports.webhooks.map((port) => `http://127.0.0.1:${port}`);
		const workerLogs = () =>
			processes.filter((child) => child.name.startsWith('worker')).map((child) => child.log());
		const startedOn = () =>
			workerLogs().map((log) => (log.match(/Worker started execution/g) ?? []).length);
		const executions = () => Number(postgres.psql('select count(*) from execution_entity'));

		// ---------------------------------------------- the same delivery at each webhook process
		process.stdout.write('queue: the same delivery posted once to each webhook process\n');
		let since = Date.now();
		const pbBody = {
			status: 'Interested',
			duration: 12,
			call_id: `cross-${Date.now()}`,
			connected: '1',
			contact: { lead_id: 'cross-lead' },
		};
		const pbPath = `/webhook/${PB_TRIGGER_WEBHOOK_ID}/callback?token=${values.pbCallbackToken}&event=api_calldone`;
		const registration = Object.values(callFire.state.webhooks ?? {}).find((entry) =>
			String(entry.callback ?? '').includes(CF_TRIGGER_WEBHOOK_ID),
		);
		const delivery = JSON.stringify({
			timestamp: Date.now(),
			webhookId: registration?.id,
			resourceType: 'OutboundText',
			events: [
				{
					timestamp: Date.now(),
					webhookId: registration?.id,
					resourceType: 'OutboundText',
					eventType: 'Finished',
					resource: { id: 4242, toNumber: '12135550199', state: 'FINISHED' },
				},
			],
		});
		const cfPath = registration ? new URL(registration.callback).pathname : '/webhook/none';
		const signature = registration
			? createHmac('sha1', registration.secret).update(delivery).digest('base64')
			: '';
		for (const [label, path, body, headers, matches] of [
			['PhoneBurner callback', pbPath, pbBody, {}, (item) => item.call_id === pbBody.call_id],
			[
				'CallFire delivery',
				cfPath,
				delivery,
				{ 'X-CallFire-Signature': signature },
				(item) => item.resource?.id === 4242,
			],
		]) {
			const executionsBefore = executions();
			const first = await postJson(`${direct[0]}${path}`, body, headers);
			// A vendor resends after a while, not at the same millisecond: the first has run by then.
			await until(() => observer.received.some(matches), 60_000);
			const second = await postJson(`${direct[1]}${path}`, body, headers);
			await until(() => executions() >= executionsBefore + 2, 30_000);
			await sleep(3000);
			const ran = observer.received.filter(matches).length;
			const startedExecutions = executions() - executionsBefore;
			check(
				`the same ${label} posted once to each webhook process (answers ${first.status}, ${second.status}) runs the workflow exactly once (${ran}); n8n started ${startedExecutions} executions, the second ending at the trigger with no items`,
				first.status === 200 && second.status === 200 && ran === 1,
				`${first.text.slice(0, 200)} / ${second.text.slice(0, 200)}`,
			);
		}
		stage('the same delivery at both webhook processes', since);

		// ---------------------------------------------- the burst, across both webhook processes
		process.stdout.write('queue: a burst of 1,000 PhoneBurner callbacks through the proxy\n');
		since = Date.now();
		const servedBefore = proxy.served();
		const burst = await runBurst({
			check,
			n8nBase: proxy.url,
			observer,
			values,
			label: 'queue mode: a burst of 1,000 PhoneBurner callbacks through the round-robin proxy',
			idPrefix: 'queue-burst',
			maxInFlight: QUEUE_BURST_CONNECTIONS,
			waitMs: 600_000,
		});
		const served = proxy.served().map((count, index) => count - servedBefore[index]);
		check(
			`… spread across both webhook processes: ${served.join(' and ')} requests (first tries and resends)`,
			served.every((count) => count >= 400),
			served.join(', '),
		);
		stage(`burst (${burst.firstAnswers} of 1,000 at the first try)`, since);

		// ---------------------------------------------- Call-Em-All user name and PIN, both workers
		process.stdout.write(
			'queue: a Call-Em-All user-name-and-PIN credential used by both workers\n',
		);
		since = Date.now();
		const logins = () => callEmAll.log.filter((entry) => entry.path === '/v1/user/login').length;
		const pinRuns = async (count) => {
			const before = startedOn();
			const loginsBefore = logins();
			const answers = await Promise.all(
				Array.from({ length: count }, () => postJson(`${proxy.url}/webhook/cea-pin-optouts`, {})),
			);
			await sleep(500);
			const after = startedOn();
			return {
				failed: answers.filter(
					(answer) =>
						answer.status !== 200 || !Array.isArray(answer.json) || answer.json.length !== 2,
				).length,
				logins: logins() - loginsBefore,
				perWorker: after.map((count, index) => count - before[index]),
				sample: answers.find((answer) => answer.status !== 200)?.text.slice(0, 300),
			};
		};
		const loginsSoFar = logins();
		const reuse = await pinRuns(12);
		check(
			`12 runs at once with the saved token: no failed run (${reuse.failed}), ${reuse.logins} new logins, executions on the workers ${reuse.perWorker.join(' and ')}`,
			reuse.failed === 0 && reuse.logins === 0 && reuse.perWorker.every((count) => count > 0),
			reuse.sample,
		);
		callEmAll.expireLogins();
		const renewal = await pinRuns(12);
		check(
			`the token expired, then 12 runs at once on both workers (${renewal.perWorker.join(' and ')}): no failed run (${renewal.failed}), ${renewal.logins} new login(s) for the whole instance`,
			renewal.failed === 0 &&
				renewal.logins >= 1 &&
				renewal.logins <= 2 &&
				renewal.perWorker.every((count) => count > 0),
			renewal.sample,
		);
		const afterwards = await pinRuns(6);
		check(
			`… and the renewed token, saved in the credential, serves both workers: 6 more runs, no failed run, ${afterwards.logins} logins`,
			afterwards.failed === 0 && afterwards.logins === 0,
			afterwards.sample,
		);
		process.stdout.write(
			`queue: Call-Em-All logins in this run: ${logins()} in all (${loginsSoFar} during the vendor suite, which expired the token once)\n`,
		);
		stage('Call-Em-All on both workers', since);

		// ---------------------------------------------- every execution ran on a worker
		const all = executions();
		const onWorkers = startedOn();
		check(
			`every one of the ${all} executions (the 10,000-item Continue-On-Fail run among them) ran on a worker: ${onWorkers.join(' and ')}`,
			onWorkers.reduce((sum, count) => sum + count, 0) === all &&
				onWorkers.every((count) => count > 0),
			`${onWorkers.join(', ')} of ${all}`,
		);
	}
} finally {
	await stopEverything();
}

/**
 * Stops the n8n processes, the proxy, PostgreSQL and Redis and removes the work folder: once,
 * at the end, or when the run is interrupted (Ctrl-C, CI's timeout).
 */
async function stopEverything() {
	if (stopping) return stopping;
	stopping = (async () => {
		const since = Date.now();
		await Promise.all(processes.map((child) => child.stop()));
		// QUEUE_LOGS=<folder> keeps each process's log, to look into a failure.
		if (process.env.QUEUE_LOGS) {
			mkdirSync(process.env.QUEUE_LOGS, { recursive: true });
			for (const child of processes)
				writeFileSync(join(process.env.QUEUE_LOGS, `${child.name}.log`), child.log());
			if (postgres)
				writeFileSync(
					join(process.env.QUEUE_LOGS, 'executions.txt'),
					postgres.psql(
						'select status, mode, count(*) from execution_entity group by status, mode',
					),
				);
		}
		await proxy?.close();
		postgres?.stop();
		await redis?.stop();
		rmSync(work, { recursive: true, force: true });
		stage('servers stopped', since);
	})();
	return stopping;
}

const failed = results.filter((result) => !result.ok).length;
process.stdout.write(`queue: ${timings.join('; ')}\n`);
process.stdout.write(`queue finished in ${seconds(started)} s\n`);
process.stdout.write(`${results.length - failed} passed, ${failed} failed\n`);
process.exit(failed ? 1 : 0);
