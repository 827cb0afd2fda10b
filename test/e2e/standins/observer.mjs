// Records what a workflow sends it, so a test can see that an execution happened.
import { createServer } from 'node:http';

export function startObserver() {
	const received = [];
	const server = createServer((req, res) => {
		let raw = '';
		req.on('data', (chunk) => (raw += chunk));
		req.on('end', () => {
			try {
				received.push(JSON.parse(raw));
			} catch {
				received.push(raw);
			}
			res.writeHead(200, { 'Content-Type': 'application/json' });
			res.end('{"ok":true}');
		});
	});
	return new Promise((resolve) =>
		server.listen(0, '127.0.0.1', () =>
			resolve({ server, received, url: `http://127.0.0.1:${server.address().port}/observed` }),
		),
	);
}
