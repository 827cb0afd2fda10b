// n8n's community-package scanner (the static checks n8n runs before verifying a package),
// run on the tarball `npm pack` makes, exactly as it would be published.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { analyzePackage } from '@n8n/scan-community-package/scanner/scanner.mjs';

import { PROJECT_DIR } from './n8n-runtime.mjs';

const work = mkdtempSync(join(tmpdir(), 'n8n-telephony-scan-'));
try {
	const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
	const tarball = execFileSync(npm, ['pack', '--silent', '--pack-destination', work], {
		cwd: PROJECT_DIR,
		encoding: 'utf8',
	})
		.trim()
		.split('\n')
		.pop();
	const unpacked = join(work, 'package');
	mkdirSync(unpacked);
	execFileSync('tar', ['-xzf', join(work, tarball), '-C', unpacked, '--strip-components=1']);
	const result = await analyzePackage(unpacked);
	if (!result.passed) {
		process.stdout.write(`${result.message}\n${result.details ?? ''}\n`);
		process.exit(1);
	}
	process.stdout.write(`Community-package scanner: ${tarball} passed\n`);
} finally {
	rmSync(work, { recursive: true, force: true });
}
