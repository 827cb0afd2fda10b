// A rate-limiting front for any stand-in, the way real APIs limit a key: at most `maxInFlight`
// requests at once and `perSecond` a second (a token bucket holding `burst` tokens); anything
// beyond is answered 429 with `Retry-After: 1` and the vendor's own error body, without reaching
// the stand-in behind. Everything else is passed through unchanged. It counts what it did:
// requests, 429s sent, and the most requests it had in flight.
import { Agent, createServer, request as httpRequest } from 'node:http';

export function startRateLimiter({
	target,
	maxInFlight = 10,
	perSecond = 200,
	burst = Math.max(1, Math.round(perSecond / 10)),
	errorBody = () => ({ message: 'Too many requests' }),
}) {
	const agent = new Agent({ keepAlive: true, maxSockets: 256 });
	const targetUrl = new URL(target);
	const stats = { requests: 0, limited: 0, passed: 0, maxInFlight: 0, firstAt: 0, lastAt: 0 };
	let inFlight = 0;
	let tokens = burst;
	let refilledAt = Date.now();
	const sockets = new Set();
	const takeToken = () => {
		const now = Date.now();
		tokens = Math.min(burst, tokens + ((now - refilledAt) * perSecond) / 1000);
		refilledAt = now;
		if (tokens < 1) return false;
		tokens -= 1;
		return true;
	};
	const server = createServer((req, res) => {
		stats.requests += 1;
		const now = Date.now();
		if (!stats.firstAt) stats.firstAt = now;
		stats.lastAt = now;
		if (inFlight >= maxInFlight || !takeToken()) {
			stats.limited += 1;
			req.resume();
			res.writeHead(429, { 'Content-Type': 'application/json', 'Retry-After': '1' });
			res.end(JSON.stringify(errorBody(429)));
			return;
		}
		inFlight += 1;
		stats.passed += 1;
		stats.maxInFlight = Math.max(stats.maxInFlight, inFlight);
		let ended = false;
		const end = () => {
			if (ended) return;
			ended = true;
			inFlight -= 1;
		};
		const upstream = httpRequest(
			{
				host: targetUrl.hostname,
				port: targetUrl.port,
				method: req.method,
				path: req.url,
				headers: req.headers,
				agent,
			},
			(answer) => {
				res.writeHead(answer.statusCode ?? 502, answer.headers);
				answer.pipe(res);
				answer.on('end', end);
			},
		);
		upstream.on('error', () => {
			end();
			if (!res.headersSent) res.writeHead(502, { 'Content-Type': 'application/json' });
			res.end(JSON.stringify(errorBody(502)));
		});
		res.on('close', end);
		req.pipe(upstream);
	});
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	return new Promise((resolve) =>
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			resolve({
				url: `http://127.0.0.1:${port}`,
				port,
				stats,
				/** Counts from zero again (between runs), with a full bucket. */
				reset() {
					Object.assign(stats, {
						requests: 0,
						limited: 0,
						passed: 0,
						maxInFlight: 0,
						firstAt: 0,
						lastAt: 0,
					});
					tokens = burst;
					refilledAt = Date.now();
				},
				close() {
					for (const socket of sockets) socket.destroy();
					agent.destroy();
					return new Promise((done) => server.close(() => done()));
				},
			});
		}),
	);
}
