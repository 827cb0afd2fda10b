// Real servers for the queue-mode run, from Debian's packages, started on free 127.0.0.1 ports
// in a throw-away folder and stopped afterwards: PostgreSQL (as an unprivileged user, from its
// own data folder) and Redis. Plus the small round-robin proxy in front of n8n's webhook
// processes. Missing packages are installed with apt-get when this runs as root.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { join } from 'node:path';

import { freePort, sleep } from './lib.mjs';

function say(message) {
	process.stderr.write(`[servers] ${message}\n`);
}

function aptInstall(packages) {
	if (process.getuid?.() !== 0) {
		throw new Error(
			`${packages.join(' and ')} ${packages.length > 1 ? 'are' : 'is'} missing: install ${packages.length > 1 ? 'them' : 'it'} (on Debian: apt-get install -y ${packages.join(' ')})`,
		);
	}
	say(`Installing ${packages.join(', ')} with apt-get…`);
	let result = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', ...packages], {
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
	});
	if (result.status !== 0) {
		spawnSync('apt-get', ['update'], { stdio: ['ignore', 'ignore', 'inherit'] });
		result = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', ...packages], {
			stdio: ['ignore', 'ignore', 'inherit'],
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
		});
	}
	if (result.status !== 0) throw new Error(`apt-get install -y ${packages.join(' ')} failed`);
}

function postgresBinDir() {
	const root = '/usr/lib/postgresql';
	if (!existsSync(root)) return undefined;
	const versions = readdirSync(root)
		.filter((name) => existsSync(join(root, name, 'bin', 'initdb')))
		.sort((a, b) => Number(b) - Number(a));
	return versions.length ? join(root, versions[0], 'bin') : undefined;
}

function run(command, args, options = {}) {
	const result = spawnSync(command, args, { encoding: 'utf8', ...options });
	if (result.status !== 0)
		throw new Error(
			`${command} ${args.join(' ')} exited ${result.status}: ${(result.stderr || result.stdout || '').trim().slice(0, 500)}`,
		);
	return result.stdout;
}

/**
 * A PostgreSQL server of its own: `initdb` into `<dir>/postgres`, `pg_ctl start` on a free port,
 * listening on 127.0.0.1 only, with a database `n8n` owned by user `n8n` (trust auth: a test
 * server nobody else can reach). As root it runs as the `postgres` user, which PostgreSQL needs.
 * fsync is off: the data is thrown away afterwards.
 */
export async function startPostgres(dir) {
	let bin = postgresBinDir();
	if (!bin) {
		aptInstall(['postgresql']);
		bin = postgresBinDir();
	}
	if (!bin)
		throw new Error('PostgreSQL is installed, but no /usr/lib/postgresql/*/bin/initdb was found');
	const root = join(dir, 'postgres');
	const data = join(root, 'data');
	mkdirSync(root, { recursive: true });
	const asRoot = process.getuid?.() === 0;
	// PostgreSQL refuses to run as root: the server runs as its own unprivileged user.
	const prefix = asRoot ? ['runuser', '-u', 'postgres', '--'] : [];
	if (asRoot) {
		chmodSync(dir, 0o755);
		run('chown', ['-R', 'postgres', root]);
	}
	const as = (command, args) =>
		prefix.length ? [prefix[0], [...prefix.slice(1), command, ...args]] : [command, args];
	const port = await freePort();
	run(
		...as(join(bin, 'initdb'), [
			'-D',
			data,
			'-U',
			'n8n',
			'--auth=trust',
			'-E',
			'UTF8',
			'--no-sync',
		]),
	);
	run(
		...as(join(bin, 'pg_ctl'), [
			'-D',
			data,
			'-l',
			join(root, 'server.log'),
			'-w',
			'-t',
			'60',
			'-o',
			`-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`,
			'start',
		]),
	);
	run(join(bin, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'n8n', 'n8n']);
	const version = run(join(bin, 'postgres'), ['--version'])
		.trim()
		.replace(/^postgres \(PostgreSQL\) /, '');
	const psql = (sql) =>
		run(join(bin, 'psql'), [
			'-h',
			'127.0.0.1',
			'-p',
			String(port),
			'-U',
			'n8n',
			'-d',
			'n8n',
			'-At',
			'-c',
			sql,
		]).trim();
	return {
		port,
		version,
		env: {
			DB_TYPE: 'postgresdb',
			DB_POSTGRESDB_HOST: '127.0.0.1',
			DB_POSTGRESDB_PORT: String(port),
			DB_POSTGRESDB_DATABASE: 'n8n',
			DB_POSTGRESDB_USER: 'n8n',
			DB_POSTGRESDB_PASSWORD: '',
		},
		psql,
		/** The whole database as SQL text (`pg_dump`). */
		dump: () =>
			spawnSync(join(bin, 'pg_dump'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'n8n', 'n8n'], {
				maxBuffer: 1024 * 1024 * 1024,
			}).stdout,
		stop() {
			spawnSync(...as(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']), {
				stdio: 'ignore',
			});
		},
	};
}

/** A Redis server of its own on a free port of 127.0.0.1, persisting nothing. */
export async function startRedis(dir) {
	if (spawnSync('redis-server', ['--version']).status !== 0) aptInstall(['redis-server']);
	const port = await freePort();
	const folder = join(dir, 'redis');
	mkdirSync(folder, { recursive: true });
	const child = spawn(
		'redis-server',
		[
			'--port',
			String(port),
			'--bind',
			'127.0.0.1',
			'--save',
			'',
			'--appendonly',
			'no',
			'--dir',
			folder,
			'--protected-mode',
			'yes',
		],
		{ stdio: 'ignore' },
	);
	const exited = new Promise((resolve) => child.once('exit', resolve));
	const cli = (...args) =>
		spawnSync('redis-cli', ['-h', '127.0.0.1', '-p', String(port), '--raw', ...args], {
			encoding: 'utf8',
			maxBuffer: 512 * 1024 * 1024,
		}).stdout ?? '';
	const deadline = Date.now() + 20_000;
	while (cli('ping').trim() !== 'PONG') {
		if (Date.now() > deadline || child.exitCode !== null)
			throw new Error('redis-server did not start');
		await sleep(200);
	}
	const version = (spawnSync('redis-server', ['--version'], { encoding: 'utf8' }).stdout.match(
		/v=([\d.]+)/,
	) ?? [])[1];
	return {
		port,
		version,
		env: { QUEUE_BULL_REDIS_HOST: '127.0.0.1', QUEUE_BULL_REDIS_PORT: String(port) },
		cli,
		/** Every key (`redis-cli --scan`) and every value held under it, as text. */
		contents() {
			const keys = cli('--scan').split('\n').filter(Boolean);
			const entries = [];
			for (const key of keys) {
				const type = cli('type', key).trim();
				const read = {
					string: ['get'],
					hash: ['hgetall'],
					list: ['lrange', key, '0', '-1'],
					set: ['smembers'],
					zset: ['zrange', key, '0', '-1', 'withscores'],
					stream: ['xrange', key, '-', '+'],
				}[type];
				const args = read ? (read.length > 1 ? read : [read[0], key]) : [];
				entries.push({ key, type, text: `${key}\t${type}\t${args.length ? cli(...args) : ''}` });
			}
			return {
				keys: keys.length,
				entries,
				text: entries.map((entry) => entry.text).join('\n'),
			};
		},
		async stop() {
			cli('shutdown', 'nosave');
			if (child.exitCode === null)
				setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 5000).unref();
			await exited;
		},
	};
}

/**
 * A round-robin HTTP proxy: each request goes to the next of `targets` (ports on 127.0.0.1), so
 * consecutive callbacks land on different webhook processes. Counts what each target served.
 */
export async function startRoundRobinProxy(targets) {
	const port = await freePort();
	const served = targets.map(() => 0);
	let next = 0;
	const server = createServer((request, response) => {
		const index = next;
		next = (next + 1) % targets.length;
		served[index] += 1;
		const upstream = httpRequest(
			{
				host: '127.0.0.1',
				port: targets[index],
				method: request.method,
				path: request.url,
				headers: request.headers,
			},
			(answer) => {
				response.writeHead(answer.statusCode ?? 502, answer.headers);
				answer.pipe(response);
			},
		);
		upstream.on('error', () => {
			// The process dropped the connection: so does the proxy, as a load balancer does.
			request.socket.destroy();
		});
		request.pipe(upstream);
	});
	server.keepAliveTimeout = 5000;
	await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
	return {
		port,
		url: `http://127.0.0.1:${port}`,
		served: () => [...served],
		close: () => new Promise((resolve) => server.close(resolve)),
	};
}
