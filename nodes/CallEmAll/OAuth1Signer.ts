import { createHash, createHmac, randomBytes } from 'crypto';

/** RFC 5849 section 3.6 percent-encoding. */
export function oauthEncode(value: string): string {
	return encodeURIComponent(value).replace(
		/[!'()*]/g,
		(c) => '%' + c.charCodeAt(0).toString(16).toUpperCase(),
	);
}

export const ZERO_TOKEN = '00000000-0000-0000-0000-000000000000';

export interface OAuth1Input {
	method: string;
	/** Full URL; its query string is signed along with `query`. */
	url: string;
	query?: Record<string, unknown>;
	consumerKey: string;
	consumerSecret: string;
	token: string;
	tokenSecret?: string;
	nonce?: string;
	timestamp?: string;
}

export function signatureBaseString(
	method: string,
	url: string,
	params: Array<[string, string]>,
): string {
	const parsed = new URL(url);
	const all: Array<[string, string]> = [...params];
	parsed.searchParams.forEach((value, key) => all.push([key, value]));
	const encoded = all
		.map(([k, v]) => [oauthEncode(k), oauthEncode(v)])
		.sort((a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : 1) : a[0] < b[0] ? -1 : 1))
		.map(([k, v]) => `${k}=${v}`)
		.join('&');
	// URL already lower-cases the scheme and host and drops a default port (RFC 5849 3.4.1.2).
	const baseUrl = `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
	return [method.toUpperCase(), oauthEncode(baseUrl), oauthEncode(encoded)].join('&');
}

export function hmacSha1(base: string, consumerSecret: string, tokenSecret = ''): string {
	const key = `${oauthEncode(consumerSecret)}&${oauthEncode(tokenSecret)}`;
	return createHmac('sha1', key).update(base).digest('base64');
}

/** The OAuth 1.0a HMAC-SHA1 Authorization header for one request. */
export function oauthHeader(input: OAuth1Input): string {
	const oauth: Array<[string, string]> = [
		['oauth_consumer_key', input.consumerKey],
		['oauth_token', input.token],
		['oauth_nonce', input.nonce ?? randomBytes(16).toString('hex')],
		['oauth_timestamp', input.timestamp ?? String(Math.floor(Date.now() / 1000))],
		['oauth_signature_method', 'HMAC-SHA1'],
		['oauth_version', '1.0'],
	];
	const query: Array<[string, string]> = Object.entries(input.query ?? {})
		.filter(([, v]) => v !== undefined && v !== null)
		.map(([k, v]) => [k, String(v)]);
	const base = signatureBaseString(input.method, input.url, [...oauth, ...query]);
	const signature = hmacSha1(base, input.consumerSecret, input.tokenSecret);
	return (
		'OAuth ' +
		[...oauth, ['oauth_signature', signature]].map(([k, v]) => `${k}="${oauthEncode(v)}"`).join(',')
	);
}

/** A one-way digest, used to key caches by credential values without keeping them readable. */
export function digest(value: string): string {
	return createHash('sha256').update(value).digest('hex');
}
