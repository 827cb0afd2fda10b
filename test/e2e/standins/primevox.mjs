// A local stand-in for the PrimeVox PBX API that answers the way the vendor doc says: the
// Call Summary object keyed by call id with its paging numbers, Call Details with events,
// WAV recordings, and the notes API that reads a urlencoded body and answers with the doc's
// success and error strings (HTTP 200 either way). Every request is logged for assertions.
// Each call keeps its notes, flag and severity, and Call Details answers with them. A notes call
// that leaves a field out stores it empty or 0: the doc marks none of them optional (lines
// 109-113), so that is what a PBX may do, and the node must never let it happen.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const sample = JSON.parse(
	readFileSync(new URL('../../fixtures/primevox.json', import.meta.url), 'utf8'),
);

const PAGE_SIZE = 500;

export function callRow(id, baseUrl, authKey) {
	return {
		callUuid: id,
		...sample.call,
		// Like the real PBX, the recording URL carries the auth key: the node must hide it.
		recordingUrl: `${baseUrl}/api/call_recording.php?auth=${authKey}&containerID=123456&fileName=${id}.wav`,
	};
}

/** The data of a PrimeVox credential pointed at this stand-in (container 123456, the doc's scripts). */
export function standInCredentialData(baseUrl, authKey) {
	return {
		authKey,
		containerId: '123456',
		tenantId: '',
		baseUrl,
		callListScript: 'call_list.php',
		callDetailsScript: 'call_details.php',
		recordingScript: 'call_recording.php',
		callNotesScript: 'call_notes.php',
	};
}

export function startPrimeVox({ authKey, containerId, totalCalls = 503, port = 0, latencyMs = 0 }) {
	const log = [];
	/** callUuid → {callNotes, callFlagged, callSeverity}, as the notes API last set them. */
	const notes = new Map();
	let rateLimitedOnce = false;
	const server = createServer((req, res) => {
		let raw = '';
		req.on('data', (chunk) => (raw += chunk));
		req.on('end', () => setTimeout(answer, latencyMs));
		const answer = () => {
			const url = new URL(req.url, 'http://stand-in');
			const query = Object.fromEntries(url.searchParams);
			const body = req.headers['content-type']?.includes('application/x-www-form-urlencoded')
				? Object.fromEntries(new URLSearchParams(raw))
				: raw;
			log.push({ method: req.method, path: url.pathname, query, headers: req.headers, body });
			const baseUrl = `http://127.0.0.1:${server.address().port}`;
			const json = (status, value, headers = {}) => {
				res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
				res.end(JSON.stringify(value));
			};
			const auth = req.method === 'POST' ? body : query;
			if (auth.auth !== authKey) return json(200, { error: 'Your API Auth Key is invalid.' });
			if (auth.containerID !== containerId)
				return json(200, { error: 'Your Container ID is invalid.' });

			if (url.pathname === '/api/call_list.php') {
				if (query.filterInboundDid === 'rate-limit-me' && !rateLimitedOnce) {
					rateLimitedOnce = true;
					return json(429, { error: 'Too many requests' }, { 'Retry-After': '1' });
				}
				const page = Number(query.page ?? 1);
				const maxPages = Math.max(1, Math.ceil(totalCalls / PAGE_SIZE));
				const first = (page - 1) * PAGE_SIZE;
				const count = Math.max(0, Math.min(PAGE_SIZE, totalCalls - first));
				const answer = {
					currentResultSize: count,
					currentPage: page,
					maxResultSize: totalCalls,
					maxPages,
					utcOffset: Number(query.utcOffset ?? 0),
				};
				for (let index = 0; index < count; index++) {
					const id = `1704449700.${first + index + 1}`;
					answer[id] = callRow(id, baseUrl, authKey);
				}
				return json(200, answer);
			}
			if (url.pathname === '/api/call_details.php') {
				if (!query.callUUID) return json(200, { error: 'Your CallUUID is missing.' });
				return json(200, {
					currentResultSize: 3,
					currentPage: 1,
					maxResultSize: 3,
					maxPages: 1,
					utcOffset: 0,
					...callRow(query.callUUID, baseUrl, authKey),
					...(notes.get(query.callUUID) ?? {}),
					...Object.fromEntries(sample.events.map((event) => [event.eventUuid, event])),
				});
			}
			if (url.pathname === '/api/call_recording.php') {
				const wav = Buffer.concat([
					Buffer.from('RIFF'),
					Buffer.alloc(4),
					Buffer.from('WAVEfmt '),
					Buffer.alloc(64, 1),
				]);
				res.writeHead(200, { 'Content-Type': 'audio/wav', 'Content-Length': wav.length });
				return res.end(wav);
			}
			if (url.pathname === '/api/call_notes.php' && req.method === 'POST') {
				if (typeof body === 'string') return json(200, { error: 'Your API Auth Key is invalid.' });
				if (!body.callUuid) return json(200, { error: 'Your CallUUID is missing.' });
				notes.set(body.callUuid, {
					callNotes: body.callNotes ?? '',
					callFlagged: Number(body.callFlagged ?? 0),
					callSeverity: Number(body.callSeverity ?? 0),
				});
				return json(200, { success: 'Your call notes have been submitted.' });
			}
			res.writeHead(404, { 'Content-Type': 'text/plain' });
			res.end('Not found');
		};
	});
	return new Promise((resolve) => {
		server.listen(port, '127.0.0.1', () =>
			resolve({ server, log, notes, port: server.address().port }),
		);
	});
}
