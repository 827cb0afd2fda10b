// Helpers for the end-to-end suites: a running n8n (`n8n start`) with published workflows,
// workflows that start with n8n's own Webhook node (so a test runs one with a POST and reads
// the last node's items in the answer), and small assertion bookkeeping.
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';

import { DATABASE_FAILURE } from '../../scripts/n8n-runtime.mjs';

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `condition()` holds or `timeoutMs` has passed; returns whether it holds. */
export async function until(condition, timeoutMs) {
	const deadline = Date.now() + timeoutMs;
	while (!condition() && Date.now() < deadline) await sleep(100);
	return condition();
}

/** A secret value for one run: the parts and the time, joined by dashes. */
export const uniqueSecret = (...parts) => [...parts, Date.now().toString(36)].join('-');

/** A TCP port nothing listens on now, for an n8n or a stand-in started next. */
export function freePort() {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}

export function createChecks() {
	const results = [];
	function check(name, condition, detail = '') {
		results.push({ name, ok: Boolean(condition) });
		process.stdout.write(
			`${condition ? '  ✓' : '  ✗'} ${name}${condition || !detail ? '' : `\n      ${String(detail).slice(0, 1500)}`}\n`,
		);
		return Boolean(condition);
	}
	return { results, check };
}

/** n8n's CLI on the user folder of `env`: `n8n(args)` runs `n8n <args>` and throws when it fails. */
export function n8nCommand({ nodeBin, n8nBin, env }) {
	return function n8n(args, { allowFailure = false } = {}) {
		const result = spawnSync(nodeBin, [n8nBin, ...args], {
			env,
			encoding: 'utf8',
			maxBuffer: 512 * 1024 * 1024,
		});
		if (result.status !== 0 && !allowFailure) {
			throw new Error(
				`n8n ${args.join(' ')} exited ${result.status}\n${result.stdout}\n${result.stderr}`,
			);
		}
		return result;
	};
}

/**
 * The keys of `secrets` whose values appear in n8n's SQLite database of `userFolder` (saved
 * executions; credentials are stored encrypted) or in one of `texts` (logs, output).
 * `databaseFiles` is how many database files were searched (0 means nothing was).
 */
export function secretsFoundIn({ userFolder, secrets, texts = [] }) {
	const files = ['database.sqlite', 'database.sqlite-wal']
		.map((name) => join(userFolder, '.n8n', name))
		.filter((file) => existsSync(file));
	const bytes = Buffer.concat(files.map((file) => readFileSync(file)));
	const found = Object.entries(secrets)
		.filter(
			([, value]) =>
				bytes.includes(Buffer.from(value)) || texts.some((text) => text.includes(value)),
		)
		.map(([key]) => key);
	return { found, databaseFiles: files.length };
}

/** Starts `n8n start` and waits until it is ready. */
export async function startN8nServer({ nodeBin, n8nBin, env, port }) {
	const base = `http://127.0.0.1:${port}`;
	// n8n's own defaults otherwise. (A production concurrency limit was tried for the burst of
	// callbacks and made it worse: a webhook answers only once its execution may start.)
	const server = await startN8nProcess({
		nodeBin,
		n8nBin,
		args: ['start'],
		env: { ...env, N8N_PORT: String(port), WEBHOOK_URL: `${base}/` },
		readyUrl: `${base}/healthz/readiness`,
	});
	return { ...server, base };
}

/**
 * Starts one n8n process (`n8n start`, `n8n worker`, `n8n webhook`) and waits until `readyUrl`
 * answers 2xx. It is stopped at the first sign that it cannot open its database.
 */
export async function startN8nProcess({
	nodeBin,
	n8nBin,
	args,
	env,
	readyUrl,
	timeoutMs = 180_000,
}) {
	const child = spawn(nodeBin, [n8nBin, ...args], { env });
	let log = '';
	let databaseFailure = false;
	const collect = (chunk) => {
		log += chunk;
		// n8n would retry its database connection forever: stop at once instead.
		if (!databaseFailure && DATABASE_FAILURE.test(String(chunk))) {
			databaseFailure = true;
			child.kill('SIGTERM');
		}
	};
	child.stdout.on('data', collect);
	child.stderr.on('data', collect);
	const exited = new Promise((resolve) => child.once('exit', resolve));
	const deadline = Date.now() + timeoutMs;
	let ready = false;
	while (!ready && !databaseFailure && Date.now() < deadline && child.exitCode === null) {
		ready = await fetch(readyUrl).then(
			(response) => response.ok,
			() => false,
		);
		if (!ready) await sleep(500);
	}
	return {
		ready,
		pid: child.pid,
		log: () => log,
		async stop() {
			if (child.exitCode === null) child.kill('SIGTERM');
			// n8n waits for running executions on SIGTERM; after 60 s it is stopped for good.
			const timer = setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 60_000);
			await exited;
			clearTimeout(timer);
		},
	};
}

/** Waits until a production webhook answers something other than 404 (activation is async). */
export async function waitForWebhook(url, { method = 'POST', timeoutMs = 60_000 } = {}) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		const status = await fetch(url, {
			method,
			headers: { 'Content-Type': 'application/json' },
			body: method === 'GET' ? undefined : '{"probe":true}',
		}).then(
			(response) => response.status,
			() => 0,
		);
		// 404: not registered yet; 503: n8n is still busy starting (activation runs after it
		// answers its readiness check, n8n 1.x under load especially).
		if (status !== 404 && status !== 503 && status !== 0) return status;
		await sleep(500);
	}
	return 404;
}

/**
 * Waits until n8n has registered a production POST webhook, without running its workflow: a GET
 * to it is refused with "Did you mean to make a POST request?" once it is registered.
 */
export async function waitForRegistration(url, { timeoutMs = 120_000 } = {}) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		const text = await fetch(url).then(
			(response) => response.text(),
			() => '',
		);
		if (/make a POST request/i.test(text)) return true;
		await sleep(500);
	}
	return false;
}

/**
 * POSTs JSON and reads the whole answer. Through node:http rather than fetch: a big run (10,000
 * items on a loaded machine) can take longer than the 300 s fetch waits for response headers.
 */
export async function postJson(url, body, headers = {}, { timeoutMs } = {}) {
	try {
		return await postJsonOnce(url, body, headers, { timeoutMs });
	} catch (error) {
		// Node's keep-alive race: a request written to a pooled socket the server closed at that
		// moment ends in "socket hang up" before the server saw it. Node's docs advise sending
		// it again; a connection n8n drops on a fresh socket still fails the call.
		if (!error?.reusedSocket || error.code !== 'ECONNRESET') throw error;
		return await postJsonOnce(url, body, headers, { timeoutMs });
	}
}

function postJsonOnce(url, body, headers, { timeoutMs }) {
	const payload = typeof body === 'string' ? body : JSON.stringify(body);
	return new Promise((resolve, reject) => {
		let answered = false;
		const request = httpRequest(
			url,
			{
				method: 'POST',
				headers: {
					'Content-Type': 'application/json',
					'Content-Length': Buffer.byteLength(payload),
					...headers,
				},
			},
			(response) => {
				answered = true;
				const chunks = [];
				response.on('data', (chunk) => chunks.push(chunk));
				response.on('error', reject);
				response.on('end', () => {
					const text = Buffer.concat(chunks).toString('utf8');
					let json;
					try {
						json = JSON.parse(text);
					} catch {
						json = undefined;
					}
					const answerHeaders = new Headers();
					for (const [name, value] of Object.entries(response.headers)) {
						for (const one of Array.isArray(value) ? value : [value])
							if (one !== undefined) answerHeaders.append(name, String(one));
					}
					resolve({ status: response.statusCode, json, text, headers: answerHeaders });
				});
			},
		);
		request.on('error', (error) => {
			if (error && typeof error === 'object' && !answered)
				error.reusedSocket = request.reusedSocket === true;
			reject(error);
		});
		// `timeoutMs`: no answer by then fails the call as a dropped connection would.
		if (timeoutMs)
			request.setTimeout(timeoutMs, () =>
				request.destroy(
					Object.assign(new Error(`no answer in ${timeoutMs / 1000} s`), { code: 'ETIMEDOUT' }),
				),
			);
		request.end(payload);
	});
}

const position = (index) => [index * 250, 0];

/**
 * A workflow run by POSTing to `/webhook/<path>`: Webhook → (Split Out of `body.items`, when
 * `splitItems`) → the given nodes in a chain. The answer holds the last node's items.
 */
export function webhookWorkflow({
	id,
	name,
	path,
	nodes,
	splitItems = false,
	responseData = 'allEntries',
}) {
	const chain = [
		{
			id: `${id}-webhook`,
			name: 'Webhook',
			type: 'n8n-nodes-base.webhook',
			typeVersion: 2,
			position: position(0),
			webhookId: randomUUID(),
			parameters: { httpMethod: 'POST', path, responseMode: 'lastNode', responseData, options: {} },
		},
	];
	if (splitItems) {
		chain.push({
			id: `${id}-split`,
			name: 'Items',
			type: 'n8n-nodes-base.splitOut',
			typeVersion: 1,
			position: position(1),
			parameters: { fieldToSplitOut: 'body.items', options: {} },
		});
	}
	for (const node of nodes) {
		chain.push({
			typeVersion: 1,
			position: position(chain.length),
			...node,
			id: node.id ?? `${id}-${chain.length}`,
		});
	}
	const connections = {};
	for (let index = 0; index < chain.length - 1; index++) {
		connections[chain[index].name] = {
			main: [[{ node: chain[index + 1].name, type: 'main', index: 0 }]],
		};
	}
	return {
		id,
		name,
		active: false,
		nodes: chain,
		connections,
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}

/**
 * The node-type maker of a suite's workflows: `node(name, type, parameters, credentials, extra)`
 * is a node of `packageName`'s `type` (`callFire`, `phoneBurner` …).
 */
export const packageNode =
	(packageName) =>
	(name, type, parameters, credentials, extra = {}) => ({
		name,
		type: `${packageName}.${type}`,
		parameters,
		credentials,
		...extra,
	});

/** A credential (`{id, name, type}`) as a node refers to it: `{ <type>: { id, name } }`. */
export const credentialRef = ({ id, name, type }) => ({ [type]: { id, name } });

/**
 * Deliveries to a trigger of a running n8n, seen by the observer stand-in. `spread`: the webhooks
 * answer behind a round-robin proxy (queue mode with two webhook processes). A repeat then
 * reaches the other webhook process, which does not know it: it is accepted there and dropped as
 * its execution starts (n8n's deduplication store), so "exactly one execution" is what holds, not
 * the `duplicate` answer; and a repeat's execution may start a little later on a worker.
 */
export function triggerDeliveries({ observer, spread }) {
	return {
		repeatLabel: spread
			? 'accepted at the other webhook process (the next check: it does not run twice)'
			: 'answered as a duplicate',
		/** The answer to a repeated delivery is what `repeatLabel` says. */
		repeatHeld: (answer) => answer.status === 200 && (answer.json?.duplicate === true || spread),
		/** How many items the observer has seen so far. */
		seen: () => observer.received.length,
		/** What executions emitted since `seen()` was `before`, once the first has shown and the rest had time to. */
		async emittedSince(before) {
			await until(() => observer.received.length > before, 15_000);
			await sleep(spread ? 8000 : 1000);
			return observer.received.slice(before);
		},
	};
}

/** Trigger → HTTP Request to the observer: each execution reports what the trigger emitted. */
export function triggerWorkflow({ id, name, trigger, observerUrl }) {
	return {
		id,
		name,
		active: false,
		nodes: [
			{ typeVersion: 1, position: [0, 0], id: `${id}-trigger`, ...trigger },
			{
				id: `${id}-observe`,
				name: 'Tell Observer',
				type: 'n8n-nodes-base.httpRequest',
				typeVersion: 4.2,
				position: [300, 0],
				parameters: {
					method: 'POST',
					url: observerUrl,
					sendBody: true,
					specifyBody: 'json',
					jsonBody: '={{ JSON.stringify($json) }}',
					options: {},
				},
			},
		],
		connections: {
			[trigger.name]: { main: [[{ node: 'Tell Observer', type: 'main', index: 0 }]] },
		},
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}

/** A node ID as n8n makes them (a UUID: n8n's database keeps 36 characters), stable for a name. */
function nodeId(name) {
	const hex = createHash('sha256').update(name).digest('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Several workflows as one (node names prefixed, connections kept), so a single
 * `publish:workflow` makes all their webhooks live: each Webhook or trigger node still starts
 * only its own chain.
 */
export function mergeWorkflows(id, name, workflows) {
	const nodes = [];
	const connections = {};
	workflows.forEach((workflow, row) => {
		const rename = (nodeName) => `${workflow.name} › ${nodeName}`;
		for (const node of workflow.nodes) {
			nodes.push({
				...node,
				id: nodeId(`${workflow.id}-${node.id}`),
				name: rename(node.name),
				position: [node.position[0], node.position[1] + row * 300],
			});
		}
		for (const [from, outputs] of Object.entries(workflow.connections)) {
			connections[rename(from)] = {
				main: outputs.main.map((targets) =>
					targets.map((target) => ({ ...target, node: rename(target.node) })),
				),
			};
		}
	});
	return {
		id,
		name,
		active: false,
		nodes,
		connections,
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}

/**
 * The editor's side of a running n8n: the owner account is set up (as on first start), and
 * dropdowns are filled the way the editor asks for them (`POST /rest/dynamic-node-parameters/options`).
 */
export async function editorSession(base) {
	const owner = {
		email: 'owner@example.com',
		firstName: 'Test',
		lastName: 'Owner',
		password: 'Passw0rd-for-tests',
	};
	const setUp = () =>
		fetch(`${base}/rest/owner/setup`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify(owner),
		});
	let response = await setUp();
	// n8n 1.x answers its readiness check before the editor's REST API is there (404 until then).
	for (let tries = 0; response.status === 404 && tries < 60; tries++) {
		await new Promise((resolve) => setTimeout(resolve, 1000));
		response = await setUp();
	}
	if (!response.ok)
		response = await fetch(`${base}/rest/login`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ emailOrLdapLoginId: owner.email, password: owner.password }),
		});
	const cookie = (response.headers.getSetCookie?.() ?? [])
		.map((entry) => entry.split(';')[0])
		.join('; ');
	return {
		ok: response.ok,
		status: response.status,
		cookie,
		/** Any call of the editor's REST API (`/rest/…`), signed in as the owner: `{ status, json, text }`. */
		async request(method, path, body) {
			const answer = await fetch(`${base}/rest${path}`, {
				method,
				headers: { 'Content-Type': 'application/json', cookie, 'browser-id': 'e2e-browser' },
				body: body === undefined ? undefined : JSON.stringify(body),
			});
			const text = await answer.text();
			let json;
			try {
				json = JSON.parse(text);
			} catch {
				json = undefined;
			}
			return { status: answer.status, json, text };
		},
		/** The options of a dropdown, as the editor would show them. */
		async options({ nodeType, methodName, path, parameters, credentials }) {
			const { status, json, text } = await this.request(
				'POST',
				'/dynamic-node-parameters/options',
				{
					nodeTypeAndVersion: { name: nodeType, version: 1 },
					methodName,
					path,
					currentNodeParameters: parameters,
					credentials,
				},
			);
			return { status, options: json?.data ?? json, text };
		},
	};
}

/**
 * A burst of callbacks as a webhook sender sends them: `waves` waves of `perWave` POSTs a second,
 * each resent with growing, jittered pauses (1 s doubling to 30 s, ±50%) when the connection fails
 * before an answer or the answer is one `resend(status)` accepts (default: any 5xx), up to `tries`
 * tries. Resolves once every callback has its final answer.
 */
export async function sendBurst(
	url,
	bodyFor,
	{
		waves = 10,
		perWave = 100,
		tries = 16,
		resend = (status) => status >= 500,
		maxInFlight = Infinity,
	} = {},
) {
	const stats = {
		firstAnswers: 0,
		resends: {},
		connectionRetries: 0,
		failures: [],
		answers: {},
		mostInFlight: 0,
	};
	// A sender with a pool of `maxInFlight` connections (a vendor's webhook dispatcher has one):
	// a callback whose turn has not come waits at the sender, not in n8n.
	let inFlight = 0;
	const waiting = [];
	const send = async (body) => {
		if (inFlight >= maxInFlight) await new Promise((resolve) => waiting.push(resolve));
		inFlight += 1;
		stats.mostInFlight = Math.max(stats.mostInFlight, inFlight);
		try {
			// A sender gives up on an answer after a while and sends again (2 minutes: n8n
			// answers a burst late on a loaded machine, and a resend of one that did run is
			// dropped by the trigger).
			return await postJson(url, body, {}, { timeoutMs: 120_000 });
		} finally {
			inFlight -= 1;
			waiting.shift()?.();
		}
	};
	const deliver = async (body) => {
		for (let attempt = 0; ; attempt++) {
			let status = 0;
			let failure;
			try {
				const answer = await send(body);
				status = answer.status;
				if (status !== 200) stats.answers[status] ??= answer.text.slice(0, 200);
			} catch (error) {
				failure = String(error?.cause?.code ?? error?.message);
			}
			if (status === 200 && attempt === 0) stats.firstAnswers += 1;
			if (status !== 0 && !resend(status)) return status;
			if (attempt >= tries - 1) {
				stats.failures.push(failure ?? `HTTP ${status}`);
				return status;
			}
			if (status === 0) stats.connectionRetries += 1;
			else stats.resends[status] = (stats.resends[status] ?? 0) + 1;
			// Exponential backoff with jitter, so that a wave's resends do not arrive together.
			await sleep(Math.min(1000 * 2 ** attempt, 30_000) * (0.5 + Math.random()));
		}
	};
	const started = Date.now();
	const pending = [];
	for (let wave = 0; wave < waves; wave++) {
		for (let i = 0; i < perWave; i++) pending.push(deliver(bodyFor(wave, i)));
		await sleep(1000);
	}
	const sentIn = (Date.now() - started) / 1000;
	const statuses = await Promise.all(pending);
	return { ...stats, statuses, sentIn, answeredIn: (Date.now() - started) / 1000 };
}
