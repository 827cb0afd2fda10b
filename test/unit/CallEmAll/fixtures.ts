/** Made-up Call-Em-All credentials (built at run time) and an independent OAuth 1.0a checker. */
import { createHmac } from 'crypto';
import nock from 'nock';

export const BASE = 'https://rest.text-em-all.com';

export const APP_KEY = ['cea', 'app', 'key', '42'].join('-');
export const SECRET_KEY = ['cea', 'SECRET', 'key', '0123456789'].join('-');
export const AUTH_TOKEN = ['tok', 'en', '1111', '2222'].join('-');

export const CREDENTIALS = {
	callEmAllApi: {
		appKey: APP_KEY,
		secretKey: SECRET_KEY,
		authToken: AUTH_TOKEN,
		username: '',
		pinCode: '',
		baseUrl: BASE,
	},
};

/** RFC 3986 unreserved characters stay, everything else is %XX of its UTF-8 bytes. */
function rfc3986(value: string): string {
	let out = '';
	for (const byte of Buffer.from(value, 'utf8')) {
		const char = String.fromCharCode(byte);
		out += /[A-Za-z0-9\-._~]/.test(char)
			? char
			: '%' + byte.toString(16).toUpperCase().padStart(2, '0');
	}
	return out;
}

export function parseAuthorization(header: string): Record<string, string> {
	expect(header.startsWith('OAuth ')).toBe(true);
	const params: Record<string, string> = {};
	for (const part of header.slice(6).split(',')) {
		const match = /^\s*([a-z_]+)="([^"]*)"$/.exec(part);
		if (!match) throw new Error(`bad OAuth header part: ${part}`);
		params[match[1]] = decodeURIComponent(match[2]);
	}
	return params;
}

/**
 * Recomputes the signature of a received request on its own, and says whether the header's
 * oauth_signature matches it (signing key = enc(secret) + "&", no token secret).
 */
export function signatureVerifies(
	method: string,
	pathWithQuery: string,
	header: string,
	secret = SECRET_KEY,
): boolean {
	const params = parseAuthorization(header);
	const url = new URL(pathWithQuery, BASE);
	const pairs: string[] = [];
	for (const [key, value] of Object.entries(params)) {
		if (key !== 'oauth_signature') pairs.push(`${rfc3986(key)}=${rfc3986(value)}`);
	}
	url.searchParams.forEach((value, key) => pairs.push(`${rfc3986(key)}=${rfc3986(value)}`));
	pairs.sort();
	const base = `${method.toUpperCase()}&${rfc3986(url.origin + url.pathname)}&${rfc3986(pairs.join('&'))}`;
	const expected = createHmac('sha1', `${rfc3986(secret)}&`)
		.update(base)
		.digest('base64');
	return expected === params.oauth_signature;
}

export interface Seen {
	method: string;
	path: string;
	authorization: string;
	body: unknown;
}

/** A nock interceptor reply that records the request and answers `status`, `answer`. */
export function recordTo(seen: Seen[], status: number, answer: unknown) {
	return function reply(this: nock.ReplyFnContext, uri: string, body: unknown) {
		seen.push({
			method: String(this.req.method),
			path: uri,
			authorization: String(this.req.headers.authorization ?? ''),
			body,
		});
		return [status, answer] as [number, unknown];
	};
}
