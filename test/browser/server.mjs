// What the browser test runs against: one `n8n start` with this package installed the way the
// Community Nodes screen installs it, the e2e suite's stand-ins for the four vendors, the owner
// account, and one credential per vendor pointed at its stand-in (created as the editor creates
// them, with n8n's REST API; no CLI start-up of its own).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
	PROJECT_DIR,
	ensureN8n,
	installIntoUserFolder,
	n8nEnv,
	packPackage,
} from '../../scripts/n8n-runtime.mjs';
import { editorSession, freePort, startN8nServer } from '../e2e/lib.mjs';
import { startCallEmAll } from '../e2e/standins/cea-standin.mjs';
import { startCallFire } from '../e2e/standins/cf-standin.mjs';
import { startPhoneBurner } from '../e2e/standins/pb-standin.mjs';
import { startPrimeVox } from '../e2e/standins/primevox.mjs';

export const OWNER = { email: 'owner@example.com', password: 'Passw0rd-for-tests' };

const stamp = Date.now().toString(36);
/** The secrets each credential holds; the test types them into the credential modal again. */
export const SECRETS = {
	primeVox: `browser-primevox-key-${stamp}`,
	callFire: `browser-callfire-password-${stamp}`,
	phoneBurner: `browser-phoneburner-token-${stamp}`,
	callEmAll: `browser-cea-secret-${stamp}`,
	callEmAllToken: `browser-cea-token-${stamp}`,
};

/**
 * Starts the stand-ins and n8n. `say` reports progress. Returns `{ base, vendors, stop }`, where
 * `vendors[key]` holds the stand-in and the name of the credential that points at it.
 */
export async function startEditorServer({ say = () => {} } = {}) {
	const runtime = ensureN8n();
	const work = mkdtempSync(join(tmpdir(), 'n8n-telephony-browser-'));
	const userFolder = join(work, 'user');
	say(
		`n8n ${runtime.n8nVersion} on Node ${runtime.nodeVersion}; packing the package into ${userFolder}`,
	);
	installIntoUserFolder(packBuilt(work), userFolder);

	const primeVox = await startPrimeVox({ authKey: SECRETS.primeVox, containerId: '123456' });
	const callFire = await startCallFire({
		login: 'browser-callfire-login',
		password: SECRETS.callFire,
	});
	const phoneBurner = await startPhoneBurner({ token: SECRETS.phoneBurner, totalContacts: 45 });
	const callEmAll = await startCallEmAll({
		appKey: 'browser-app-key',
		secretKey: SECRETS.callEmAll,
		authToken: SECRETS.callEmAllToken,
	});
	const primeVoxUrl = `http://127.0.0.1:${primeVox.port}/api`;
	const credentials = [
		{
			name: 'PrimeVox (stand-in)',
			type: 'primeVoxApi',
			data: {
				authKey: SECRETS.primeVox,
				containerId: '123456',
				tenantId: '',
				baseUrl: primeVoxUrl,
				callListScript: 'call_list.php',
				callDetailsScript: 'call_details.php',
				recordingScript: 'call_recording.php',
				callNotesScript: 'call_notes.php',
			},
		},
		{
			name: 'CallFire (stand-in)',
			type: 'callFireApi',
			data: {
				username: 'browser-callfire-login',
				password: SECRETS.callFire,
				baseUrl: `${callFire.url}/v2`,
			},
		},
		{
			name: 'PhoneBurner (stand-in)',
			type: 'phoneBurnerApi',
			data: { accessToken: SECRETS.phoneBurner, baseUrl: `${phoneBurner.url}/rest/1` },
		},
		{
			name: 'Call-Em-All (stand-in)',
			type: 'callEmAllApi',
			data: {
				appKey: 'browser-app-key',
				secretKey: SECRETS.callEmAll,
				authToken: SECRETS.callEmAllToken,
				username: '',
				pinCode: '',
				baseUrl: callEmAll.url,
			},
		},
	];
	const env = n8nEnv(userFolder, {
		N8N_ENCRYPTION_KEY: 'browser-encryption-key-for-tests-only',
		N8N_LOG_LEVEL: 'warn',
	});
	const port = await freePort();
	say(`starting n8n on port ${port}`);
	const server = await startN8nServer({
		nodeBin: runtime.nodeBin,
		n8nBin: runtime.n8nBin,
		env,
		port,
	});
	const closeStandIns = async () => {
		primeVox.server.close();
		await Promise.all([callFire.close(), phoneBurner.close(), callEmAll.close()]);
	};
	if (!server.ready) {
		await server.stop();
		await closeStandIns();
		throw new Error(`n8n did not start:\n${server.log().slice(-2000)}`);
	}
	// The owner account, as on first start (the browser signs in with it), and the credentials.
	const session = await editorSession(server.base);
	if (!session.ok) throw new Error(`owner setup failed: HTTP ${session.status}`);
	const cookie = await signInCookie(server.base);
	for (const credential of credentials) {
		const answer = await fetch(`${server.base}/rest/credentials`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', cookie, 'browser-id': 'browser-test' },
			body: JSON.stringify({ name: credential.name, type: credential.type, data: credential.data }),
		});
		if (!answer.ok)
			throw new Error(
				`creating the credential ${credential.name} failed: HTTP ${answer.status} ${await answer.text()}`,
			);
	}

	return {
		base: server.base,
		n8nVersion: runtime.n8nVersion,
		log: server.log,
		vendors: {
			primeVox: { standIn: primeVox, credential: credentials[0] },
			callFire: { standIn: callFire, credential: credentials[1] },
			phoneBurner: { standIn: phoneBurner, credential: credentials[2] },
			callEmAll: { standIn: callEmAll, credential: credentials[3] },
		},
		async stop() {
			await server.stop();
			await closeStandIns();
			rmSync(work, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
		},
	};
}

async function signInCookie(base) {
	const answer = await fetch(`${base}/rest/login`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({ emailOrLdapLoginId: OWNER.email, password: OWNER.password }),
	});
	if (!answer.ok) throw new Error(`sign-in failed: HTTP ${answer.status}`);
	return answer.headers
		.getSetCookie()
		.map((entry) => entry.split(';')[0])
		.join('; ');
}

/** The newest modification time under a path (a file, or a folder walked through). */
function newest(path) {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/**
 * The package packed for n8n. `npm test` built it a moment ago: then only `npm pack` runs;
 * after any change to the sources since the last build, it is built again first.
 */
function packBuilt(outDir) {
	const sources = [
		'nodes',
		'credentials',
		'icons',
		'package.json',
		'tsconfig.json',
		'gulpfile.js',
	].map((name) => newest(join(PROJECT_DIR, name)));
	if (Math.max(...sources) >= newest(join(PROJECT_DIR, 'dist'))) return packPackage(outDir);
	const output = execFileSync(
		process.platform === 'win32' ? 'npm.cmd' : 'npm',
		['pack', '--silent', '--pack-destination', outDir],
		{ cwd: PROJECT_DIR, encoding: 'utf8' },
	);
	return join(outDir, output.trim().split('\n').pop());
}
