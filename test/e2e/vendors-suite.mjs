// The running-n8n part of the end-to-end suite: one `n8n start` with the workflows of the chosen
// vendors published, their local stand-ins, and an observer that sees what trigger workflows
// emit. Each vendor's own checks, stand-in, credentials and dropdowns are in its suite file
// (callfire-suite.mjs, phoneburner-suite.mjs, callemall-suite.mjs; workflows in workflows/);
// the fault cases and the burst in faults-suite.mjs.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { publishWorkflowArgs } from '../../scripts/n8n-runtime.mjs';
import { COMBINED_PACKAGE } from '../../scripts/packages.mjs';
import { callEmAllSuite } from './callemall-suite.mjs';
import { callFireSuite } from './callfire-suite.mjs';
import { runBurst, runFaultCases } from './faults-suite.mjs';
import {
	editorSession,
	freePort,
	mergeWorkflows,
	startN8nServer,
	triggerDeliveries,
	waitForRegistration,
	waitForWebhook,
} from './lib.mjs';
import { phoneBurnerSuite } from './phoneburner-suite.mjs';
import { startObserver } from './standins/observer.mjs';

/**
 * The vendors' suites, in the order they run (PrimeVox has its own, primevox-suite.mjs). Each
 * says: `key` (its node type key) and `title`; `values()`, the run's credential values and other
 * secrets (one `values` object for all); `credentialSecrets` and `parameterSecrets`, which of them
 * must reach no log, database or output (credentials; the triggers' own parameters);
 * `startStandIn(values)`; `credentials(values, standIn)`, the entries to import;
 * `workflows({ packageName, n8nBase, observerUrl, values })`, `{ actions, triggers }`;
 * `triggerWebhooks`, the trigger paths to wait for; `run(context)`, its checks against the running
 * n8n (`{ check, hook, n8nBase, standIn, values, deliveries }`); `dropdowns(packageName)`, the
 * editor dropdowns to fill.
 */
const SUITES = [callFireSuite, phoneBurnerSuite, callEmAllSuite];

/** The vendors this suite drives in a running n8n: node type keys. */
export const SUITE_VENDORS = SUITES.map((suite) => suite.key);

/** One `n8n start` doing everything: the editor, the webhooks and the executions. */
export async function singleProcess({ nodeBin, n8nBin, env }) {
	const port = await freePort();
	const base = `http://127.0.0.1:${port}`;
	return {
		webhookBase: base,
		editorBase: base,
		start: async () => await startN8nServer({ nodeBin, n8nBin, env, port }),
	};
}

/**
 * The vendor workflows, triggers, editor dropdowns and fault cases against a running n8n.
 * `deployment` says where its webhooks and editor answer and starts it (default: one process;
 * the queue-mode run passes its main, workers and webhook processes). `whileRunning` runs more
 * checks before it is stopped. `burst: false` leaves out the burst of 1,000 callbacks;
 * `manyItems` is the size of the Continue-On-Fail run (10,000). `packageName` is the package
 * installed in n8n, whose node types the workflows use (the combined one by default, or a single
 * vendor's package of `npm run pack:all`), and `vendors` the vendors whose part runs (node type
 * keys of SUITE_VENDORS, all by default): their workflows, triggers, dropdowns and, with CallFire,
 * the fault cases (all through CallFire), with PhoneBurner the burst.
 */
export async function runVendorSuite({
	check,
	n8n,
	nodeBin,
	n8nBin,
	env,
	work,
	n8nVersion,
	deployment,
	whileRunning,
	burst = true,
	manyItems = 10_000,
	packageName = COMBINED_PACKAGE,
	vendors = SUITE_VENDORS,
}) {
	const has = (vendor) => vendors.includes(vendor);
	const suites = SUITES.filter((suite) => has(suite.key));
	const values = Object.assign({}, ...suites.map((suite) => suite.values()));
	/** Each chosen vendor's stand-in, by node type key (`standIns.callFire` …). */
	const standIns = {};
	for (const suite of suites) standIns[suite.key] = await suite.startStandIn(values);
	const observer = await startObserver();
	const {
		webhookBase: n8nBase,
		editorBase,
		start,
		webhookProcesses = 1,
	} = deployment ?? (await singleProcess({ nodeBin, n8nBin, env }));
	const deliveries = triggerDeliveries({ observer, spread: webhookProcesses > 1 });

	writeFileSync(
		join(work, 'vendor-credentials.json'),
		JSON.stringify(suites.flatMap((suite) => suite.credentials(values, standIns[suite.key]))),
	);
	const vendorWorkflows = suites.map((suite) =>
		suite.workflows({ packageName, n8nBase, observerUrl: observer.url, values }),
	);
	// Two workflows (actions, triggers) so that only two `publish:workflow` runs are needed.
	const workflows = [
		mergeWorkflows(
			'e2eVendorActns',
			'Vendor actions (e2e)',
			vendorWorkflows.flatMap((entry) => entry.actions),
		),
		mergeWorkflows(
			'e2eVendorTrigs',
			'Vendor triggers (e2e)',
			vendorWorkflows.flatMap((entry) => entry.triggers),
		),
	];
	writeFileSync(join(work, 'vendor-workflows.json'), JSON.stringify(workflows));
	n8n(['import:credentials', `--input=${join(work, 'vendor-credentials.json')}`]);
	n8n(['import:workflow', `--input=${join(work, 'vendor-workflows.json')}`]);
	for (const workflow of workflows) n8n(publishWorkflowArgs(n8nVersion, workflow.id));

	const server = await start();
	try {
		check(
			'n8n starts with every vendor workflow published',
			server.ready,
			server.log().slice(-1500),
		);
		const hook = (path) => `${n8nBase}/webhook/${path}`;
		// Every production webhook the suite calls, as n8n registers them one after another.
		const paths = workflows[0].nodes
			.filter((entry) => entry.type === 'n8n-nodes-base.webhook')
			.map((entry) => entry.parameters.path);
		for (const path of paths) await waitForRegistration(hook(path));
		for (const suite of suites)
			for (const path of suite.triggerWebhooks) await waitForWebhook(hook(path));

		for (const suite of suites) {
			process.stdout.write(`e2e: ${suite.title}\n`);
			await suite.run({
				check,
				hook,
				n8nBase,
				standIn: standIns[suite.key],
				values,
				deliveries,
			});
		}

		// ------------------------------------------------------------ editor
		// The dropdowns a user picks IDs from, filled by the running n8n as its editor asks.
		process.stdout.write('e2e: dropdowns in the editor\n');
		const editor = await editorSession(editorBase);
		check('the owner account is set up and signed in', editor.ok, `HTTP ${editor.status}`);
		for (const picker of suites.flatMap((suite) => suite.dropdowns(packageName))) {
			const answer = await editor.options(picker);
			const ok =
				Array.isArray(answer.options) &&
				(typeof picker.expected === 'function'
					? picker.expected(answer.options)
					: JSON.stringify(answer.options) === JSON.stringify(picker.expected));
			check(
				`the ${picker.label} dropdown lists the account's own: ${Array.isArray(answer.options) ? answer.options.map((option) => option.name).join(', ') : '—'}`,
				ok,
				`HTTP ${answer.status} ${answer.text.slice(0, 400)}`,
			);
		}

		// ------------------------------------------------------------ faults
		const { callFire, phoneBurner, callEmAll } = standIns;
		if (has('callFire')) await runFaultCases({ check, hook, n8nBase, callFire, manyItems });
		// A burst of 1,000 callbacks in 10 seconds: exactly 1,000 executions.
		if (burst && has('phoneBurner')) await runBurst({ check, n8nBase, observer, values });
		await whileRunning?.({
			hook,
			n8nBase,
			server,
			callFire,
			phoneBurner,
			callEmAll,
			observer,
			values,
		});
	} finally {
		await server.stop();
		// E2E_SERVER_LOG=<file> keeps n8n's own log of the run, to look into a failure.
		if (process.env.E2E_SERVER_LOG) writeFileSync(process.env.E2E_SERVER_LOG, server.log());
		observer.server.close();
		await Promise.all(Object.values(standIns).map((standIn) => standIn.close()));
	}
	// Credential values (never stored in clear), and the triggers' own secrets, which are node
	// parameters and so are kept with the workflow like any parameter, but must not reach
	// output items or the log.
	const secretsOf = (keys) => Object.fromEntries(keys.map((key) => [key, values[key]]));
	return {
		secrets: secretsOf(suites.flatMap((suite) => suite.credentialSecrets)),
		parameterSecrets: secretsOf(suites.flatMap((suite) => suite.parameterSecrets)),
		observed: JSON.stringify(observer.received),
		serverLog: server.log(),
		sessionTokens: standIns.callEmAll?.issuedTokens() ?? [],
	};
}
