// What the browser test runs against: one `n8n start` with this package installed the way the
// Community Nodes screen installs it, the e2e suite's stand-ins for the four vendors, one
// credential per vendor pointed at its stand-in (imported with n8n's CLI), and the owner account.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
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
	installIntoUserFolder(packPackage(work), userFolder);

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
			id: 'brwPrimeVox001',
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
			id: 'brwCallFire001',
			name: 'CallFire (stand-in)',
			type: 'callFireApi',
			data: {
				username: 'browser-callfire-login',
				password: SECRETS.callFire,
				baseUrl: `${callFire.url}/v2`,
			},
		},
		{
			id: 'brwPhoneBurn01',
			name: 'PhoneBurner (stand-in)',
			type: 'phoneBurnerApi',
			data: { accessToken: SECRETS.phoneBurner, baseUrl: `${phoneBurner.url}/rest/1` },
		},
		{
			id: 'brwCallEmAll01',
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
	writeFileSync(join(work, 'credentials.json'), JSON.stringify(credentials));
	const imported = spawnSync(
		runtime.nodeBin,
		[runtime.n8nBin, 'import:credentials', `--input=${join(work, 'credentials.json')}`],
		{ env, encoding: 'utf8' },
	);
	if (imported.status !== 0)
		throw new Error(
			`n8n import:credentials exited ${imported.status}\n${imported.stdout}\n${imported.stderr}`,
		);

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
	// The owner account, as on first start (the browser signs in with it).
	const session = await editorSession(server.base);
	if (!session.ok) throw new Error(`owner setup failed: HTTP ${session.status}`);

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
			rmSync(work, { recursive: true, force: true });
		},
	};
}
