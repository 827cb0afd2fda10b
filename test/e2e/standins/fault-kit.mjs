// Scriptable misbehaviour for the stand-ins: a test pushes faults (matched by method and path)
// and a predicate that turns chosen requests into the vendor's own error answer. Every request
// is still logged, faulted ones with a `fault` field.
import { createServer } from 'node:http';

export function createStandIn({
	port = 0,
	latencyMs = 0,
	handle,
	errorBody = (status) => ({ message: `fault ${status}` }),
}) {
	const log = [];
	const faults = [];
	const sockets = new Set();
	let failWhen;
	const server = createServer((req, res) => {
		const chunks = [];
		req.on('data', (chunk) => chunks.push(chunk));
		req.on('end', () => {
			const raw = Buffer.concat(chunks);
			const url = new URL(req.url, 'http://stand-in');
			let body = raw;
			if (/json/.test(req.headers['content-type'] ?? '') && raw.length) {
				try {
					body = JSON.parse(raw.toString('utf8'));
				} catch {
					body = raw.toString('utf8');
				}
			} else if (/x-www-form-urlencoded/.test(req.headers['content-type'] ?? '')) {
				body = Object.fromEntries(new URLSearchParams(raw.toString('utf8')));
			}
			const entry = {
				method: req.method,
				path: url.pathname,
				query: Object.fromEntries(url.searchParams),
				headers: req.headers,
				body,
				raw,
				url: req.url,
				time: Date.now(),
			};
			log.push(entry);
			// The status the stand-in answered with, for tests that count refusals.
			const writeHead = res.writeHead.bind(res);
			res.writeHead = (status, ...rest) => {
				entry.status = status;
				return writeHead(status, ...rest);
			};
			const fault = faults.find(
				(candidate) =>
					candidate.times > 0 &&
					(!candidate.match.method || candidate.match.method === req.method) &&
					(!candidate.match.path || candidate.match.path.test(url.pathname)),
			);
			const answer = () => {
				if (fault) {
					fault.times -= 1;
					entry.fault = fault.kind;
					return playFault(fault, req, res, errorBody);
				}
				if (failWhen?.(entry)) {
					entry.fault = 'failWhen';
					return handle.fail(entry, res);
				}
				handle(entry, res, req);
			};
			if (latencyMs > 0) setTimeout(answer, latencyMs);
			else answer();
		});
	});
	// A stand-in waits as long as n8n takes to send a request: n8n 1.x opens every item's
	// connection at once (10,000 for the Continue-On-Fail case), and Node's defaults would answer
	// the slowest of them 408 before their headers arrive.
	server.headersTimeout = 0;
	server.requestTimeout = 0;
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	return new Promise((resolve) =>
		server.listen(port, '127.0.0.1', () => {
			const url = `http://127.0.0.1:${server.address().port}`;
			resolve({
				url,
				port: server.address().port,
				server,
				log,
				faults,
				failWhen(predicate) {
					failWhen = predicate;
				},
				close() {
					for (const socket of sockets) socket.destroy();
					return new Promise((done) => server.close(() => done()));
				},
			});
		}),
	);
}

function playFault(fault, req, res, errorBody) {
	switch (fault.kind) {
		case 'reset':
			req.socket.destroy();
			return;
		case 'timeout':
			return; // never answers; close() destroys the socket
		case 'malformed':
			res.writeHead(200, { 'Content-Type': 'application/json' });
			res.end('{"items": [');
			return;
		case 'html':
			res.writeHead(502, { 'Content-Type': 'text/html' });
			res.end(
				'<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>',
			);
			return;
		case 'empty':
			res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '0' });
			res.end();
			return;
		default: {
			const status = Number(fault.kind);
			const headers = { 'Content-Type': 'application/json' };
			if (fault.retryAfter !== undefined) headers['Retry-After'] = String(fault.retryAfter);
			res.writeHead(status, headers);
			res.end(JSON.stringify(fault.body ?? errorBody(status)));
		}
	}
}

export function json(res, status, value, headers = {}) {
	res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
	res.end(value === undefined ? '' : JSON.stringify(value));
}
