// Debian's Chromium for the browser test, driven by playwright-core (no browser download):
// installed with apt-get when it is missing (CI runs as root), then launched headless with the
// flags this closed network needs (no background connections, no QUIC, a fresh profile).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chromium, selectors } from 'playwright-core';

// n8n's editor marks its parts with data-test-id (n8n's own Playwright tests set the same).
selectors.setTestIdAttribute('data-test-id');

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

function versionOf(path) {
	const result = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 30_000 });
	return result.status === 0 ? result.stdout.trim() : undefined;
}

function apt(args) {
	// Another apt run (another test, another user) may hold the lock: wait for it.
	const result = spawnSync('apt-get', ['-o', 'DPkg::Lock::Timeout=600', ...args], {
		stdio: ['ignore', 'inherit', 'inherit'],
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
	});
	if (result.status !== 0)
		throw new Error(`apt-get ${args.join(' ')} exited ${result.status ?? result.error?.message}`);
}

/**
 * Makes sure Debian's Chromium is installed; returns `{ path, version, installedIn }`
 * (`installedIn`: seconds the install took, or 0 when it was there already).
 */
export function ensureChromium({ say = () => {} } = {}) {
	let version = existsSync(CHROMIUM) ? versionOf(CHROMIUM) : undefined;
	if (version) return { path: CHROMIUM, version, installedIn: 0 };
	if (process.env.CHROMIUM_PATH) throw new Error(`CHROMIUM_PATH=${CHROMIUM} does not run`);
	if (process.getuid?.() !== 0) {
		throw new Error(
			`Chromium is not installed (${CHROMIUM}). Install Debian's package as root: apt-get update && apt-get install -y chromium`,
		);
	}
	const started = Date.now();
	say(
		"Chromium is missing: installing Debian's chromium package (apt-get update, then apt-get install -y chromium; about 1 to 2 minutes)",
	);
	apt(['update', '-qq']);
	apt(['install', '-y', '-qq', 'chromium']);
	version = versionOf(CHROMIUM);
	if (!version)
		throw new Error(`apt-get installed chromium, but ${CHROMIUM} --version does not answer`);
	const installedIn = Math.round((Date.now() - started) / 1000);
	say(`installed ${version} in ${installedIn} s`);
	return { path: CHROMIUM, version, installedIn };
}

/** A headless Chromium with a new empty profile (removed when the browser closes). */
export async function launchChromium(path = CHROMIUM) {
	const profile = mkdtempSync(join(tmpdir(), 'n8n-telephony-chromium-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: path,
		headless: true,
		viewport: { width: 1440, height: 900 },
		deviceScaleFactor: 1,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--disable-dev-shm-usage',
		],
	});
	// Chromium's helper processes can still be writing into the profile when
	// 'close' fires (ENOTEMPTY on rmdir), and a throw from an event handler
	// would end the whole test run after every check passed: retry the
	// removal, then leave the folder in /tmp with a line rather than fail.
	context.on('close', () => {
		try {
			rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
		} catch (error) {
			console.log(
				`browser: could not remove the profile ${profile} (${error.code ?? error.message}); left in place`,
			);
		}
	});
	return context;
}
