// Each package of `npm run pack:all`, installed ALONE into a fresh n8n user folder (the way
// test/e2e/run.mjs installs the combined one: unpacked into <user folder>/.n8n/nodes), in a real
// n8n 2.40.7 (`n8n start`, one per package):
//   - n8n loads exactly that package's node types and credential types (REST /types/*.json,
//     what the editor's nodes panel reads), and nothing of another vendor;
//   - that vendor's end-to-end check: the package README's example workflow (its one real
//     operation), created and published through the editor's REST API behind a Webhook, runs
//     against the vendor's stand-in; the request the stand-in got and the items are asserted;
//   - then, in the same user folder, that vendor's part of the end-to-end suite test/e2e/run.mjs
//     runs against the combined package, with the package's own node types: for PrimeVox the
//     primevox-suite.mjs workflow (`n8n execute`), for the others vendors-suite.mjs (its
//     workflows, triggers, dropdowns and, for CallFire, the fault cases, in an `n8n start`), and
//     the search for the vendor's secrets in n8n's database and log. The two load cases stay with
//     the combined run: no burst of 1,000 PhoneBurner callbacks, and Continue On Fail with 1,000
//     CallFire items instead of 10,000 (as run.mjs --slice);
// then the combined n8n-nodes-telephony and n8n-nodes-primevox side by side in one user folder:
// n8n starts, lists both packages' nodes, and both PrimeVox nodes run with the one credential.
// Prints "N passed, N failed".
//   node test/e2e/packages.mjs [--only=<package>,…] [--no-side-by-side] [--no-vendor-suite]
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ensureN8n, installIntoUserFolder, n8nEnv } from '../../scripts/n8n-runtime.mjs';
import { packedPackages } from '../../scripts/pack-all.mjs';
import {
	COMBINED_PACKAGE,
	VENDORS,
	exampleWorkflowOf,
	vendorByKey,
} from '../../scripts/packages.mjs';
import {
	createChecks,
	editorSession,
	freePort,
	n8nCommand,
	postJson,
	secretsFoundIn,
	startN8nServer,
	waitForWebhook,
	webhookWorkflow,
} from './lib.mjs';
import { startCallEmAll } from './standins/cea-standin.mjs';
import { startCallFire } from './standins/cf-standin.mjs';
import { startPhoneBurner } from './standins/pb-standin.mjs';
import { standInCredentialData, startPrimeVox } from './standins/primevox.mjs';
import { runPrimeVoxSuite } from './primevox-suite.mjs';
import { runVendorSuite } from './vendors-suite.mjs';

const { results, check } = createChecks();
const started = Date.now();
const only = process.argv
	.find((arg) => arg.startsWith('--only='))
	?.slice('--only='.length)
	.split(',');
const runtime = ensureN8n();
process.stdout.write(`packages e2e: n8n ${runtime.n8nVersion} on Node ${runtime.nodeVersion}\n`);
const manifest = await packedPackages({
	say: (message) => process.stdout.write(`[packages] ${message}\n`),
});
const work = mkdtempSync(join(tmpdir(), 'n8n-telephony-packages-e2e-'));
const stamp = Date.now().toString(36);

/**
 * Each vendor's stand-in, the credential for it, and what its README example must have done:
 * `verify(log, items)` → `[ok, detail]`.
 */
const VENDOR_CHECKS = {
	phoneBurner: {
		async start() {
			const token = `pb-token-${stamp}`;
			const standIn = await startPhoneBurner({ token, totalContacts: 45 });
			return {
				standIn,
				credential: {
					type: 'phoneBurnerApi',
					data: { accessToken: token, baseUrl: `${standIn.url}/rest/1` },
				},
				secret: token,
			};
		},
		what: 'Get Many contacts (limit 25) pages GET /contacts with the Bearer token and returns 25 contacts',
		verify(log, items, { secret }) {
			const asked = log.filter((entry) => entry.method === 'GET' && /\/contacts$/.test(entry.path));
			return [
				asked.length > 0 &&
					asked.every((entry) => entry.headers.authorization === `Bearer ${secret}`) &&
					items.length === 25 &&
					items.every(
						(item) =>
							item.json.contact_user_id ?? item.json.user_id ?? item.json.first_name !== undefined,
					),
				`requests ${asked.length}, items ${items.length}: ${JSON.stringify(items[0]?.json ?? null).slice(0, 300)}`,
			];
		},
	},
	callFire: {
		async start() {
			const password = `cf-password-${stamp}`;
			const standIn = await startCallFire({ login: 'e2e-callfire-login', password });
			return {
				standIn,
				credential: {
					type: 'callFireApi',
					data: { username: 'e2e-callfire-login', password, baseUrl: `${standIn.url}/v2` },
				},
				secret: password,
			};
		},
		what: 'Send Text POSTs the recipient and message to /texts with Basic auth and returns the text',
		verify(log, items) {
			const sent = log.filter((entry) => entry.method === 'POST' && /\/texts$/.test(entry.path));
			const body = sent[0]?.body;
			const recipients = Array.isArray(body) ? body : (body?.recipients ?? []);
			return [
				sent.length === 1 &&
					/^Basic /.test(sent[0].headers.authorization ?? '') &&
					JSON.stringify(recipients).includes('12135551122') &&
					JSON.stringify(body).includes('Hello from n8n') &&
					items.length === 1 &&
					items[0].json.toNumber === '12135551122',
				`requests ${sent.length}: ${JSON.stringify(body)}; items ${JSON.stringify(items.map((item) => item.json)).slice(0, 300)}`,
			];
		},
	},
	callEmAll: {
		async start() {
			const values = {
				appKey: 'e2e-app-key',
				secretKey: `cea-secret-${stamp}`,
				authToken: `cea-token-${stamp}`,
				userName: 'apitest@cea',
				pinCode: '5555',
			};
			const standIn = await startCallEmAll(values);
			return {
				standIn,
				credential: {
					type: 'callEmAllApi',
					data: {
						appKey: values.appKey,
						secretKey: values.secretKey,
						authToken: values.authToken,
						username: '',
						pinCode: '',
						baseUrl: standIn.url,
					},
				},
				secret: values.secretKey,
			};
		},
		what: 'Create Broadcast POSTs an SMS broadcast to /v1/broadcasts, OAuth 1.0a-signed, and returns it',
		verify(log, items) {
			const created = log.filter(
				(entry) => entry.method === 'POST' && entry.path === '/v1/broadcasts',
			);
			const body = created[0]?.body ?? {};
			return [
				created.length === 1 &&
					/^OAuth /.test(created[0].headers.authorization ?? '') &&
					body.BroadcastType === 'SMS' &&
					JSON.stringify(body).includes('2145550001') &&
					items.length === 1 &&
					items[0].json.BroadcastID !== undefined,
				`requests ${created.length}: ${JSON.stringify(body).slice(0, 400)}; items ${JSON.stringify(items.map((item) => item.json)).slice(0, 300)}`,
			];
		},
	},
	primeVox: {
		async start() {
			const authKey = `pvx-key-${stamp}`;
			const standIn = await startPrimeVox({ authKey, containerId: '123456' });
			standIn.close = () => new Promise((done) => standIn.server.close(() => done()));
			const baseUrl = `http://127.0.0.1:${standIn.port}/api`;
			return {
				standIn,
				credential: {
					type: 'primeVoxApi',
					data: standInCredentialData(baseUrl, authKey),
				},
				secret: authKey,
			};
		},
		what: 'Get Many calls (limit 50) asks call_list.php with the auth key and container and returns 50 calls',
		verify(log, items, { secret }) {
			const asked = log.filter((entry) => entry.path === '/api/call_list.php');
			return [
				asked.length === 1 &&
					asked[0].query.auth === secret &&
					asked[0].query.containerID === '123456' &&
					items.length === 50 &&
					items[0].json.callDirectionName !== undefined,
				`requests ${asked.length}, items ${items.length}`,
			];
		},
	},
};

/** The README example's vendor nodes behind a Webhook, with the credential saved in n8n. */
function exampleBehindWebhook(vendor, packageName, credential, path) {
	const example = exampleWorkflowOf(vendor, packageName);
	const nodes = example.nodes
		.filter((node) => !node.type.startsWith('n8n-nodes-base.'))
		.map((node, index) => ({
			name: node.name,
			type: node.type,
			parameters: node.parameters,
			credentials: { [vendor.example.nodes[index].credential]: credential },
		}));
	return webhookWorkflow({
		id: `pkg${vendor.key}${path.length}`.slice(0, 16),
		name: `${packageName}: ${example.name}`,
		path,
		nodes,
	});
}

/**
 * One `n8n start` on a user folder holding `tarballs`; `body(server, editor)` runs the checks.
 * Returns the user folder, its environment, and whether n8n started and the owner signed in.
 */
async function withN8n(label, tarballs, body) {
	const userFolder = join(work, label);
	for (const tarball of tarballs) installIntoUserFolder(tarball, userFolder);
	const env = n8nEnv(userFolder, {
		N8N_ENCRYPTION_KEY: `packages-e2e-${label}`,
		N8N_LOG_LEVEL: 'warn',
	});
	const port = await freePort();
	const folder = { userFolder, env, ok: false };
	const bootStarted = Date.now();
	const server = await startN8nServer({
		nodeBin: runtime.nodeBin,
		n8nBin: runtime.n8nBin,
		env,
		port,
	});
	try {
		if (
			!check(
				`${label}: n8n starts with it installed (${Math.round((Date.now() - bootStarted) / 1000)} s)`,
				server.ready,
				server.log().slice(-2000),
			)
		)
			return folder;
		const editor = await editorSession(server.base);
		if (!check(`${label}: the owner account is set up`, editor.ok, `HTTP ${editor.status}`))
			return folder;
		folder.ok = true;
		const read = (path) =>
			fetch(`${server.base}${path}`, { headers: { cookie: editor.cookie } }).then(
				(response) => response.json(),
				() => [],
			);
		const nodeTypes = (await read('/types/nodes.json')).map((type) => type.name);
		const credentialTypes = (await read('/types/credentials.json')).map((type) => type.name);
		await body({ server, editor, nodeTypes, credentialTypes });
	} finally {
		await server.stop();
	}
	return folder;
}

/**
 * The vendor's part of the end-to-end suite against the single package `entry` installed in
 * `userFolder` (n8n stopped), its checks named after the package; then its secrets are searched
 * for in n8n's database, its log and the output.
 */
async function runVendorPart(entry, vendor, { userFolder, env: packageEnv }) {
	const env = { ...packageEnv, N8N_LOG_LEVEL: 'info' };
	const named = (name, ok, detail) => check(`${entry.name}: ${name}`, ok, detail);
	const suiteWork = join(userFolder, 'suite');
	mkdirSync(suiteWork, { recursive: true });
	const common = {
		check: named,
		n8n: n8nCommand({ nodeBin: runtime.nodeBin, n8nBin: runtime.n8nBin, env }),
		nodeBin: runtime.nodeBin,
		n8nBin: runtime.n8nBin,
		env,
		work: suiteWork,
		packageName: entry.name,
	};
	const suiteStarted = Date.now();
	if (vendor.key === 'primeVox') {
		const { authKey, output } = await runPrimeVoxSuite({ ...common, userFolder });
		const { found, databaseFiles } = secretsFoundIn({
			userFolder,
			secrets: { primeVoxAuthKey: authKey },
			texts: [output],
		});
		named(
			"PrimeVox's auth key appears nowhere in the database, the output or the log",
			databaseFiles > 0 && found.length === 0,
			`found: ${found.join(', ')}`,
		);
	} else {
		const run = await runVendorSuite({
			...common,
			n8nVersion: runtime.n8nVersion,
			vendors: [vendor.key],
			burst: false,
			manyItems: 1000,
		});
		const { found, databaseFiles } = secretsFoundIn({
			userFolder,
			secrets: run.secrets,
			texts: [run.serverLog],
		});
		named(
			`none of the ${Object.keys(run.secrets).length} credential values appears in the database (saved executions) or the n8n log`,
			databaseFiles > 0 && found.length === 0,
			`found: ${found.join(', ')}`,
		);
		const parameterLeaks = Object.entries(run.parameterSecrets)
			.filter(([, value]) => run.serverLog.includes(value) || run.observed.includes(value))
			.map(([key]) => key);
		if (Object.keys(run.parameterSecrets).length)
			named(
				`the trigger's own secret (${Object.keys(run.parameterSecrets).join(', ')}) reaches no emitted item and no log line`,
				parameterLeaks.length === 0,
				`found: ${parameterLeaks.join(', ')}`,
			);
	}
	process.stdout.write(
		`  (${entry.name}: its part of the vendor suite ${Math.round((Date.now() - suiteStarted) / 1000)} s)
`,
	);
}

/** The community node types of a /types/nodes.json list (n8n's own are n8n-nodes-base.* and @n8n/*). */
const communityTypes = (names) =>
	[
		...new Set(
			names.filter((name) => !name.startsWith('n8n-nodes-base.') && !name.startsWith('@n8n/')),
		),
	].sort();

/** Saves the credential (or reuses `reuse`), publishes the workflow and POSTs its webhook: the last node's items, and the credential. */
async function runExample(
	{ server, editor },
	{ vendor, packageName, credential, path, label, log, reuse },
) {
	const saved = reuse
		? { json: { data: { id: reuse.id } }, status: 200, text: '' }
		: await editor.request('POST', '/credentials', {
				name: `${vendor.service} (stand-in)`,
				...credential,
			});
	const credentialRef = { id: saved.json?.data?.id, name: `${vendor.service} (stand-in)` };
	const workflow = exampleBehindWebhook(vendor, packageName, credentialRef, path);
	const { id: ignoredId, ...payload } = workflow;
	void ignoredId;
	const created = await editor.request('POST', '/workflows', payload);
	const published = created.json?.data
		? await editor.request('POST', `/workflows/${created.json.data.id}/activate`, {
				versionId: created.json.data.versionId,
			})
		: { status: 0, text: '' };
	if (
		!check(
			`${label}: the README example (${vendor.example.name}) is saved with its credential and published`,
			saved.json?.data?.id && published.status === 200,
			`credential HTTP ${saved.status} ${saved.text.slice(0, 300)}; workflow HTTP ${created.status} ${created.text.slice(0, 300)}; publish HTTP ${published.status} ${published.text.slice(0, 300)}`,
		)
	)
		return { items: null, credentialRef };
	const url = `${server.base}/webhook/${path}`;
	// The probe that waits for the webhook to be live runs the workflow once: forget its requests.
	await waitForWebhook(url, { timeoutMs: 30_000 });
	log.length = 0;
	const answer = await postJson(url, {});
	const items = Array.isArray(answer.json)
		? answer.json.map((json) => ({ json }))
		: answer.json
			? [{ json: answer.json }]
			: [];
	return { items, credentialRef };
}

try {
	const jobs = [];
	// ------------------------------------------------------------ each package alone
	for (const entry of manifest.packages.filter(
		(one) => one.vendor && (!only || only.includes(one.name)),
	))
		jobs.push(async () => {
			const vendor = vendorByKey(entry.vendor);
			const vendorCheck = VENDOR_CHECKS[vendor.key];
			const standing = await vendorCheck.start();
			const packageStarted = Date.now();
			let folder;
			try {
				folder = await withN8n(entry.name, [entry.tarball], async (context) => {
					const loaded = communityTypes(context.nodeTypes);
					check(
						`${entry.name}: n8n lists exactly its own node types (${entry.nodeTypes.map((type) => type.split('.')[1]).join(', ')})`,
						JSON.stringify(loaded) === JSON.stringify([...entry.nodeTypes].sort()),
						`listed ${JSON.stringify(loaded)}`,
					);
					const others = VENDORS.filter((other) => other !== vendor).flatMap(
						(other) =>
							manifest.packages.find((one) => one.vendor === other.key)?.credentialTypes ?? [],
					);
					check(
						`${entry.name}: n8n has its credential types (${entry.credentialTypes.join(', ')}) and no other vendor's`,
						entry.credentialTypes.every((name) => context.credentialTypes.includes(name)) &&
							!others.some((name) => context.credentialTypes.includes(name)),
						`credential types: ${context.credentialTypes.filter((name) => !/^[a-z]/.test(name) || entry.credentialTypes.includes(name) || others.includes(name)).join(', ')}`,
					);
					const { items } = await runExample(context, {
						vendor,
						packageName: entry.name,
						credential: standing.credential,
						path: `pkg-${vendor.key.toLowerCase()}`,
						label: entry.name,
						log: standing.standIn.log,
					});
					if (items) {
						const [ok, detail] = vendorCheck.verify(standing.standIn.log, items, standing);
						check(`${entry.name}: ${vendorCheck.what}`, ok, detail);
						check(
							`${entry.name}: the credential's secret is in no output item`,
							!JSON.stringify(items).includes(standing.secret),
						);
					}
				});
			} finally {
				await standing.standIn.close();
			}
			if (folder?.ok && !process.argv.includes('--no-vendor-suite'))
				await runVendorPart(entry, vendor, folder);
			process.stdout.write(
				`  (${entry.name}: ${Math.round((Date.now() - packageStarted) / 1000)} s)\n`,
			);
		});

	// ------------------------------------------------------------ combined + one single, side by side
	if (!process.argv.includes('--no-side-by-side'))
		jobs.push(async () => {
			const combined = manifest.packages.find((one) => one.name === COMBINED_PACKAGE);
			const single = manifest.packages.find((one) => one.vendor === 'primeVox');
			const vendor = vendorByKey('primeVox');
			const standing = await VENDOR_CHECKS.primeVox.start();
			const label = `${COMBINED_PACKAGE} + ${single.name}`;
			try {
				await withN8n('side-by-side', [combined.tarball, single.tarball], async (context) => {
					const loaded = communityTypes(context.nodeTypes);
					const expected = [...combined.nodeTypes, ...single.nodeTypes].sort();
					check(
						`${label}: n8n starts and lists both packages' node types (${combined.nodeTypes.length} + ${single.nodeTypes.length}; PrimeVox twice, once per package)`,
						JSON.stringify(loaded) === JSON.stringify(expected),
						`listed ${JSON.stringify(loaded)}`,
					);
					// What the editor shows: the credential type both packages declare is offered twice
					// (same name, same fields); a credential of it works in both packages' nodes.
					const declared = context.credentialTypes.filter((name) => name === 'primeVoxApi').length;
					check(
						`${label}: the credential type both declare (primeVoxApi) is listed twice, once per package`,
						declared === 2,
						`${declared} times`,
					);
					let first;
					for (const packageName of [COMBINED_PACKAGE, single.name]) {
						const { items, credentialRef } = await runExample(context, {
							vendor,
							packageName,
							credential: standing.credential,
							path: `side-${packageName}`,
							label: `${label}: ${packageName}.primeVox`,
							log: standing.standIn.log,
							reuse: first,
						});
						first ??= credentialRef;
						if (items) {
							const [ok, detail] = VENDOR_CHECKS.primeVox.verify(
								standing.standIn.log,
								items,
								standing,
							);
							check(
								`${label}: ${packageName}.primeVox runs with ${packageName === COMBINED_PACKAGE ? 'a' : 'the same'} PrimeVox credential (${VENDOR_CHECKS.primeVox.what})`,
								ok,
								detail,
							);
						}
					}
				});
			} finally {
				await standing.standIn.close();
			}
		});

	// Two n8n at a time: an n8n start is mostly waiting (its database migrations), not computing.
	const lanes = Math.max(1, Number(process.env.PACKAGES_E2E_LANES ?? 2));
	await Promise.all(
		Array.from({ length: lanes }, async () => {
			while (jobs.length) {
				const job = jobs.shift();
				try {
					await job();
				} catch (error) {
					// One package's failure is a failed check, not the end of the others' runs.
					check('a package run ended with an error', false, String(error?.stack ?? error));
				}
			}
		}),
	);
} finally {
	rmSync(work, { recursive: true, force: true });
}

const failed = results.filter((result) => !result.ok).length;
process.stdout.write(`packages e2e finished in ${Math.round((Date.now() - started) / 1000)} s\n`);
process.stdout.write(`${results.length - failed} passed, ${failed} failed\n`);
process.exit(failed ? 1 : 0);
