// `npm start`: builds this package, installs it into a local n8n user folder the way the
// Community Nodes screen does, and starts n8n at http://localhost:5678 with embedded SQLite.
// The first run also installs Node 24 and n8n 2.40.7 (5 to 10 minutes); later runs start in
// about 20 seconds. Data lives in ./.n8n-local (delete it to start over).
import { spawn } from 'node:child_process';
import { join } from 'node:path';

import { PROJECT_DIR, ensureN8n, installIntoUserFolder, n8nEnv, packPackage } from './n8n-runtime.mjs';

const userFolder = process.env.N8N_USER_FOLDER ?? join(PROJECT_DIR, '.n8n-local');
const { nodeBin, n8nBin } = ensureN8n();
process.stderr.write('[start] Building and packing n8n-nodes-telephony…\n');
const tarball = packPackage();
installIntoUserFolder(tarball, userFolder);
process.stderr.write(`[start] Installed into ${join(userFolder, '.n8n', 'nodes')}. Starting n8n at http://localhost:${process.env.N8N_PORT ?? 5678} …\n`);

const child = spawn(nodeBin, [n8nBin, 'start'], { stdio: 'inherit', env: n8nEnv(userFolder) });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
