// Measuring helpers of the benchmark: CPU time and memory of a process and its children read
// from /proc (far less sensitive to a busy machine than wall time), the machine's load, CPU
// profiles taken through the inspector of a running n8n, and a summary of a CPU profile that
// splits its time into the package's code, n8n's declarative engine, expression evaluation,
// serialisation and the rest.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { join } from 'node:path';

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** CPU time (user + system) of one process in ms, or undefined once it has gone. */
export function cpuMsOf(pid) {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
	} catch {
		return undefined;
	}
}

/** Resident memory of one process in MB, or 0 once it has gone. */
export function rssMbOf(pid) {
	try {
		return (
			Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024
		);
	} catch {
		return 0;
	}
}

/** Every process started by `pid`, however deep (n8n's task runner among them). */
export function descendantsOf(pid) {
	const found = [];
	const walk = (parent) => {
		let tasks = [];
		try {
			tasks = readdirSync(`/proc/${parent}/task`);
		} catch {
			return;
		}
		for (const task of tasks) {
			let children = '';
			try {
				children = readFileSync(`/proc/${parent}/task/${task}/children`, 'utf8');
			} catch {
				continue;
			}
			for (const child of children.split(' ').filter(Boolean).map(Number)) {
				found.push(child);
				walk(child);
			}
		}
	};
	walk(pid);
	return found;
}

export const loadNow = () => loadavg()[0];

/**
 * Watches a process and its children every `everyMs`: the peak resident memory of the process
 * alone and of all of them together, and the last CPU time seen of each. `stop()` returns
 * `{ peakMb, peakTreeMb, cpuMs, childCpuMs, loadBefore, loadAfter }`, where the CPU times are
 * what was used since `watch()` was called.
 */
export function watch(pid, { everyMs = 50 } = {}) {
	const loadBefore = loadNow();
	const startCpu = new Map();
	const lastCpu = new Map();
	let peakMb = 0;
	let peakTreeMb = 0;
	const sample = () => {
		const pids = [pid, ...descendantsOf(pid)];
		let tree = 0;
		for (const each of pids) {
			const rss = rssMbOf(each);
			tree += rss;
			if (each === pid) peakMb = Math.max(peakMb, rss);
			const cpu = cpuMsOf(each);
			if (cpu === undefined) continue;
			if (!startCpu.has(each)) startCpu.set(each, cpu);
			lastCpu.set(each, cpu);
		}
		peakTreeMb = Math.max(peakTreeMb, tree);
	};
	sample();
	const timer = setInterval(sample, everyMs);
	return {
		stop() {
			sample();
			clearInterval(timer);
			let childCpuMs = 0;
			for (const [each, cpu] of lastCpu) if (each !== pid) childCpuMs += cpu - startCpu.get(each);
			return {
				peakMb,
				peakTreeMb,
				cpuMs: (lastCpu.get(pid) ?? 0) - (startCpu.get(pid) ?? 0),
				childCpuMs,
				loadBefore,
				loadAfter: loadNow(),
			};
		},
	};
}

// ---------------------------------------------------------------- CPU profiles over the inspector

/** A minimal Chrome DevTools Protocol client over n8n's own `ws` package (no new dependency). */
export async function connectInspector(webSocketUrl, n8nDir) {
	const WebSocket = createRequire(join(n8nDir, 'node_modules', 'n8n', 'package.json'))('ws');
	const socket = new WebSocket(webSocketUrl, { maxPayload: 2 ** 31 - 1 });
	await new Promise((resolve, reject) => {
		socket.once('open', resolve);
		socket.once('error', reject);
	});
	let nextId = 1;
	const pending = new Map();
	socket.on('message', (data) => {
		const message = JSON.parse(String(data));
		const waiter = pending.get(message.id);
		if (!waiter) return;
		pending.delete(message.id);
		if (message.error)
			waiter.reject(
				new Error(`${message.error.message} (${JSON.stringify(message.error.data ?? '')})`),
			);
		else waiter.resolve(message.result);
	});
	const send = (method, params = {}) =>
		new Promise((resolve, reject) => {
			const id = nextId++;
			pending.set(id, { resolve, reject });
			socket.send(JSON.stringify({ id, method, params }));
		});
	await send('Profiler.enable');
	await send('Profiler.setSamplingInterval', { interval: 500 });
	return {
		send,
		/** Runs `fn` with the CPU profiler on; returns `{ value, profile }`. */
		async profile(fn) {
			await send('HeapProfiler.collectGarbage').catch(() => undefined);
			await send('Profiler.start');
			try {
				const value = await fn();
				const { profile } = await send('Profiler.stop');
				return { value, profile };
			} catch (error) {
				await send('Profiler.stop').catch(() => undefined);
				throw error;
			}
		},
		close: () => socket.close(),
	};
}

/** The inspector's WebSocket URL from a process's log ("Debugger listening on ws://…"). */
export function inspectorUrlIn(log) {
	return /Debugger listening on (ws:\/\/\S+)/.exec(log)?.[1];
}

// ---------------------------------------------------------------- profile summary

/** Where a function's code lives, as a short name. */
function moduleOf(url) {
	if (!url) return '';
	const clean = url.replace(/^file:\/\//, '');
	const nm = clean.lastIndexOf('/node_modules/');
	if (clean.includes('/n8n-nodes-telephony/'))
		return `package:${clean.slice(clean.lastIndexOf('/n8n-nodes-telephony/') + '/n8n-nodes-telephony/'.length)}`;
	if (nm < 0) return clean.startsWith('node:') ? clean : clean.split('/').slice(-2).join('/');
	const rest = clean.slice(nm + '/node_modules/'.length).split('/');
	const pkg = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
	const file = rest.slice(rest[0].startsWith('@') ? 2 : 1).join('/');
	return `${pkg}:${file.replace(/^dist\/(cjs\/|esm\/)?/, '')}`;
}

const EXPRESSION =
	/^(n8n-workflow:(expression|workflow-expression|workflow-data-proxy|expression-evaluator-proxy|expression-sandboxing|extensions\/|expressions\/|augment-object|native-methods)|@n8n\/(tournament|expression-runtime)|esprima|recast|ast-types|@babel\/|js-base64|luxon|jmespath|jssha|md5|title-case|transliteration)/;
const SERIALISE =
	/^(flatted|body-parser|raw-body|iconv-lite|fast-json-stable-stringify|safe-stable-stringify|n8n-workflow:utils|@n8n\/task-runner|ws:|node:buffer|node:internal\/buffer|node:string_decoder)/;
const HTTP =
	/^(axios|follow-redirects|form-data|proxy-from-env|http-proxy-agent|https-proxy-agent|agent-base|node:_http|node:http|node:https|node:net|node:internal\/(http|net|stream|streams|dns|url|tls|perf\/)|node:stream|node:zlib|node:url|node:tls|node:dns|undici|n8n-core:execution-engine\/node-execution-context\/utils\/request-helper|n8n-core:.*request-helper|n8n-core:.*http)/;
const RESOLVE =
	/^(n8n-workflow:(node-helpers|node-parameters|common\/|type-validation|node-reference|workflow\.|workflow-checks)|n8n-core:execution-engine\/node-execution-context\/(node-execution-context|execute-single-context|base-execute-context|utils\/(cleanup-parameter|extract-value|ensure-type|validate|get-additional-keys))|lodash)/;
const JSON_NATIVE = new Set([
	'stringify',
	'parse',
	'JSON.stringify',
	'JSON.parse',
	'structuredClone',
	'deepCopy',
	'jsonParse',
	'jsonStringify',
]);

/**
 * The kind of work of one sample: by the module of the function it was in or, for a native
 * function (V8 builtins, isolated-vm's evalClosureSync), of its nearest caller that has one.
 */
function leafClass(stack) {
	const [leaf] = stack;
	const { functionName } = leaf.callFrame;
	if (functionName === '(garbage collector)') return 'garbage collection';
	if (functionName === '(idle)' || functionName === '(program)') return 'idle / outside JS';
	const owner = stack.find((node) => node.callFrame.url) ?? leaf;
	const mod = moduleOf(owner.callFrame.url);
	if (!leaf.callFrame.url && JSON_NATIVE.has(functionName)) return 'serialisation (JSON, copies)';
	if (mod.startsWith('package:')) return "package's own code";
	if (mod.startsWith('n8n-core:execution-engine/routing-node'))
		return 'declarative engine (routing-node)';
	if (EXPRESSION.test(mod)) return 'expression evaluation';
	if (SERIALISE.test(mod)) return 'serialisation (JSON, copies)';
	if (HTTP.test(mod)) return 'HTTP client and sockets';
	if (RESOLVE.test(mod)) return 'parameter resolution (getNodeParameter, displayOptions, lodash)';
	if (!mod) return 'native / V8 builtins';
	return 'other n8n and Node.js';
}

/** Who asked for the work: the nearest frame that belongs to the package, the engine or a base node. */
function callerClass(stack) {
	for (const node of stack) {
		const mod = moduleOf(node.callFrame.url);
		if (mod.startsWith('package:')) return 'package';
		if (mod.startsWith('n8n-core:execution-engine/routing-node')) return 'engine';
		if (mod.startsWith('n8n-nodes-base:')) return 'base node';
	}
	return 'n8n';
}

const where = (node) => {
	const { functionName, url, lineNumber } = node.callFrame;
	const mod = moduleOf(url);
	return `${functionName || '(anonymous)'} ${mod ? `${mod}:${lineNumber + 1}` : '(native)'}`;
};

/** Places in n8n and the package whose inclusive time says where a per-item cost comes from. */
const ENTRY_POINTS = [
	[
		'the declarative engine, per node run (RoutingNode.runNode)',
		/^runNode n8n-core:execution-engine\/routing-node/,
	],
	[
		'… its second walk over every property, for the base URL (resolveBaseUrl)',
		/^resolveBaseUrl n8n-core:execution-engine\/routing-node/,
	],
	[
		"… its resolution of every property's value (RoutingNode.getParameterValue)",
		/^getParameterValue n8n-core:execution-engine\/routing-node/,
	],
	[
		'… its routing of each property (getRequestOptionsFromParameters)',
		/^getRequestOptionsFromParameters n8n-core/,
	],
	['… displayOptions checks (displayParameter)', /^displayParameter n8n-workflow/],
	[
		'expression evaluation, all of it (WorkflowExpression.getParameterValue)',
		/^getParameterValue n8n-workflow:workflow-expression/,
	],
	['… the isolated-vm engine itself (evalClosureSync)', /^evalClosureSync /],
	['… building the data proxy ($json, $now, …) per expression', /^getDataProxy n8n-workflow/],
	["getNodeParameter (the package's and base nodes' reads)", /^_getNodeParameter n8n-core/],
	["the package's preSend of a bulk operation (enterBatch)", /^enterBatch package:/],
	["the operation model's preSend (buildRequest)", /^buildRequest package:/],
	['… its per-item field reads (readField)', /^readField package:/],
	["the package's executor (sendVendorRequest)", /^sendVendorRequest package:/],
	["the package's paging loop (collectPages)", /^collectPages package:/],
	["the package's output redaction (redactItems)", /^redactItems package:/],
	['HTTP requests (httpRequest / axios)', /^(httpRequest|invokeAxios) n8n-core/],
	['a Set node (SetV2.execute)', /^execute n8n-nodes-base:nodes\/Set\//],
	['garbage collection', /^\(garbage collector\)/],
];

/**
 * Summarises a V8 CPU profile: total sampled time, time by kind of work (classified by the
 * function the sample was in) split by who asked for it (the package, the declarative engine,
 * a base node or the rest of n8n), the functions that took the most time themselves (self) and
 * with what they called (inclusive). `fromUs`/`toUs` restrict it to a time window (µs, the
 * profile's own clock).
 */
export function summariseProfile(profile, { top = 15, fromUs = -Infinity, toUs = Infinity } = {}) {
	const byId = new Map(profile.nodes.map((node) => [node.id, node]));
	const parent = new Map();
	for (const node of profile.nodes)
		for (const child of node.children ?? []) parent.set(child, node.id);
	const stackCache = new Map();
	const stackOf = (id) => {
		let stack = stackCache.get(id);
		if (stack) return stack;
		stack = [];
		for (let at = id; at !== undefined; at = parent.get(at)) stack.push(byId.get(at));
		stackCache.set(id, stack);
		return stack;
	};
	const self = new Map();
	const inclusive = new Map();
	const kinds = new Map();
	let total = 0;
	let idle = 0;
	let t = profile.startTime;
	for (let index = 0; index < profile.samples.length; index++) {
		const delta = profile.timeDeltas[index] ?? 0;
		t += delta;
		if (t < fromUs || t > toUs) continue;
		const leaf = byId.get(profile.samples[index]);
		if (leaf.callFrame.functionName === '(idle)') {
			idle += delta;
			continue;
		}
		total += delta;
		const stack = stackOf(leaf.id);
		const kind = leafClass(stack);
		const caller = kind === "package's own code" ? 'package' : callerClass(stack);
		const row = kinds.get(kind) ?? new Map();
		row.set(caller, (row.get(caller) ?? 0) + delta);
		kinds.set(kind, row);
		self.set(where(leaf), (self.get(where(leaf)) ?? 0) + delta);
		const seen = new Set();
		for (const node of stack) {
			const name = where(node);
			if (seen.has(name)) continue;
			seen.add(name);
			inclusive.set(name, (inclusive.get(name) ?? 0) + delta);
		}
	}
	const sorted = (map) => [...map.entries()].sort((a, b) => b[1] - a[1]);
	const ms = (us) => us / 1000;
	const spots = ENTRY_POINTS.map(([label, pattern]) => {
		let us = 0;
		for (const [name, value] of inclusive) if (pattern.test(name)) us = Math.max(us, value);
		return { label, ms: ms(us), share: us / total };
	}).filter((spot) => spot.ms > 0);
	return {
		totalMs: ms(total),
		idleMs: ms(idle),
		kinds: sorted(
			new Map(
				[...kinds].map(([kind, row]) => [kind, [...row.values()].reduce((a, b) => a + b, 0)]),
			),
		).map(([kind, us]) => ({
			kind,
			ms: ms(us),
			share: us / total,
			by: Object.fromEntries(sorted(kinds.get(kind)).map(([caller, value]) => [caller, ms(value)])),
		})),
		spots,
		self: sorted(self)
			.slice(0, top)
			.map(([name, us]) => ({ name, ms: ms(us), share: us / total })),
		inclusive: sorted(inclusive)
			.filter(([name]) => !/^\(root\)|^\(anonymous\) \(native\)/.test(name))
			.slice(0, top * 2)
			.map(([name, us]) => ({ name, ms: ms(us), share: us / total })),
	};
}

/** The summary as markdown: the split by kind of work, then the top functions. */
export function profileMarkdown(title, summary, { top = 12 } = {}) {
	const pct = (share) => `${(share * 100).toFixed(1)}%`;
	const callers = ['package', 'engine', 'base node', 'n8n'];
	const lines = [
		`#### ${title}`,
		'',
		`${(summary.totalMs / 1000).toFixed(2)} s sampled while n8n's main thread was busy (idle left out; on a loaded machine this includes time it waited for a core).`,
		'',
	];
	lines.push(
		'| kind of work | time | share | asked by the package | by the declarative engine | by a base node | by the rest of n8n |',
		'|---|---|---|---|---|---|---|',
	);
	for (const row of summary.kinds) {
		lines.push(
			`| ${row.kind} | ${(row.ms / 1000).toFixed(2)} s | ${pct(row.share)} | ${callers.map((caller) => (row.by[caller] ? `${(row.by[caller] / 1000).toFixed(2)} s` : '')).join(' | ')} |`,
		);
	}
	if (summary.spots?.length) {
		lines.push('', '| where (inclusive: with what it calls) | time | share |', '|---|---|---|');
		for (const spot of summary.spots)
			lines.push(`| ${spot.label} | ${(spot.ms / 1000).toFixed(2)} s | ${pct(spot.share)} |`);
	}
	lines.push('', '| top functions, self time | share |', '|---|---|');
	for (const row of summary.self.slice(0, top))
		lines.push(`| \`${row.name}\` | ${pct(row.share)} |`);
	lines.push('', '| top functions, with what they call | share |', '|---|---|');
	for (const row of summary.inclusive.slice(0, top))
		lines.push(`| \`${row.name}\` | ${pct(row.share)} |`);
	return lines.join('\n');
}

/**
 * The workflow's own part of an `n8n execute` profile (µs, the profile's clock): from the first
 * sample inside n8n's WorkflowExecute to the last one inside it or in the command's run() (which
 * prints the output). Start-up and shutdown are left out.
 */
export function executeWindow(profile) {
	const byId = new Map(profile.nodes.map((node) => [node.id, node]));
	const parent = new Map();
	for (const node of profile.nodes)
		for (const child of node.children ?? []) parent.set(child, node.id);
	const memo = new Map();
	const classify = (id) => {
		if (memo.has(id)) return memo.get(id);
		let kind = 0; // 0: neither, 1: the command's run(), 2: the workflow
		for (let at = id; at !== undefined && kind < 2; at = parent.get(at)) {
			const { url, functionName } = byId.get(at).callFrame;
			if (
				/workflow-execute\.js/.test(url) &&
				/^(processRunExecutionData|runNode)$/.test(functionName)
			)
				kind = 2;
			else if (/commands\/execute\.js/.test(url) && functionName === 'run')
				kind = Math.max(kind, 1);
		}
		memo.set(id, kind);
		return kind;
	};
	let t = profile.startTime;
	let fromUs;
	let toUs;
	profile.samples.forEach((id, index) => {
		t += profile.timeDeltas[index] ?? 0;
		const kind = classify(id);
		if (kind === 2) fromUs ??= t;
		if (kind >= 1 && fromUs !== undefined) toUs = t;
	});
	return { fromUs, toUs };
}
