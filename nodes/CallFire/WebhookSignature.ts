import { createHmac, timingSafeEqual } from 'crypto';

/** Base64(HMAC-SHA1(secret, raw body)): what CallFire sends in X-CallFire-Signature. */
export function callFireSignature(secret: string, rawBody: Buffer | string): string {
	return createHmac('sha1', secret).update(rawBody).digest('base64');
}

/** Whether a delivery's signature header matches its raw body, compared in constant time. */
export function signatureMatches(
	secret: string,
	rawBody: Buffer | string,
	header: unknown,
): boolean {
	if (secret === '' || typeof header !== 'string' || header === '') return false;
	const expected = Buffer.from(callFireSignature(secret, rawBody));
	const given = Buffer.from(header.trim());
	return expected.length === given.length && timingSafeEqual(expected, given);
}
