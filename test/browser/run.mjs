// The browser stage of `npm test`: the package's nodes used in n8n's own editor, in Debian's
// Chromium driven by playwright-core. Installs Chromium with apt-get when it is missing, starts
// one n8n with the package and the vendor stand-ins (server.mjs), runs suite.mjs, and prints
// where the screenshots of every step are and "N passed, N failed".
//
//   node test/browser/run.mjs              the checks (screenshots in a new temp folder, or BROWSER_SHOTS_DIR)
//   node test/browser/run.mjs --pictures   the same, and writes the README's pictures to docs/screenshots/
//                                          (`npm run screenshots`)
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import { createChecks } from '../e2e/lib.mjs';
import { ensureChromium, launchChromium } from './chromium.mjs';
import { signIn } from './editor.mjs';
import { composeSideBySide } from './pictures.mjs';
import { startEditorServer } from './server.mjs';
import { runBrowserSuite, triggerPicture } from './suite.mjs';
import { VENDORS, readmeOperationCounts } from './vendors.mjs';

const PROJECT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PICTURES = join(PROJECT, 'docs', 'screenshots');
/** The README's pictures stay small. */
const MAX_PICTURE_BYTES = 150 * 1024;

const wantPictures = process.argv.includes('--pictures');
const say = (message) => process.stdout.write(`${message}\n`);
const { results, check } = createChecks();
const started = Date.now();
const seconds = (since) => Math.round((Date.now() - since) / 1000);

const chromium = ensureChromium({ say });
say(
	`browser: ${chromium.version}${chromium.installedIn ? ` (installed just now, in ${chromium.installedIn} s)` : ''}, driven by playwright-core`,
);
const shots =
	process.env.BROWSER_SHOTS_DIR ?? mkdtempSync(join(tmpdir(), 'n8n-telephony-browser-shots-'));
mkdirSync(shots, { recursive: true });
say(`browser: screenshots of every step go to ${shots}`);

const serverStarted = Date.now();
const server = await startEditorServer({ say: (message) => say(`browser: ${message}`) });
say(`browser: n8n ${server.n8nVersion} ready at ${server.base} after ${seconds(serverStarted)} s`);
let context;
try {
	context = await launchChromium(chromium.path);
	const page = context.pages()[0] ?? (await context.newPage());
	page.setDefaultTimeout(60_000);
	await signIn(context, server.base);
	const pictureWork = wantPictures
		? mkdtempSync(join(tmpdir(), 'n8n-telephony-pictures-'))
		: undefined;
	const suiteStarted = Date.now();
	const run = await runBrowserSuite({
		context,
		page,
		base: server.base,
		check,
		shots,
		operationCounts: readmeOperationCounts(join(PROJECT, 'README.md')),
		pictures: pictureWork ? { work: pictureWork } : undefined,
		say,
	});
	say(`browser: the editor steps took ${seconds(suiteStarted)} s`);

	if (pictureWork) {
		mkdirSync(PICTURES, { recursive: true });
		const written = [];
		const creator = join(PICTURES, 'node-creator.png');
		await composeSideBySide(context, run.creatorPictures, creator);
		written.push(creator);
		for (const vendor of VENDORS) {
			const from = join(pictureWork, `${vendor.key}-node.png`);
			const to = join(PICTURES, `${vendor.key.toLowerCase()}-node.png`);
			copyFileSync(from, to);
			written.push(to);
		}
		const trigger = join(PICTURES, 'phoneburner-trigger.png');
		await triggerPicture({ context, page, base: server.base, file: trigger });
		written.push(trigger);
		const dark = join(PICTURES, 'canvas-dark.png');
		copyFileSync(join(pictureWork, 'canvas-dark.png'), dark);
		written.push(dark);
		for (const file of written) {
			const { size } = statSync(file);
			check(
				`picture ${relative(PROJECT, file)} is ${Math.round(size / 1024)} KiB (at most ${MAX_PICTURE_BYTES / 1024})`,
				size <= MAX_PICTURE_BYTES && readFileSync(file).subarray(1, 4).toString() === 'PNG',
			);
		}
		rmSync(pictureWork, { recursive: true, force: true });
	}
} catch (error) {
	check('the browser stage runs to its end', false, error.stack);
} finally {
	await context?.close().catch(() => undefined);
	await server.stop();
}

const failed = results.filter((result) => !result.ok).length;
say(`browser: screenshots in ${shots}`);
say(`browser finished in ${seconds(started)} s`);
say(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
