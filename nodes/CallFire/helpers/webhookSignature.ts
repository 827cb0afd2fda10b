import { createHmac } from 'crypto';

import { secretsMatch } from '../../shared/webhook';

/** Base64(HMAC-SHA1(secret, raw body)): what CallFire sends in X-CallFire-Signature. */
export function callFireSignature(secret: string, rawBody: Buffer | string): string {
	return createHmac('sha1', secret).update(rawBody).digest('base64');
}

/**
 * Whether a delivery's signature header matches its raw body, compared in constant time. No
 * secret (the trigger lost or never had one) matches nothing: a signature made with an empty
 * key would be anyone's to make.
 */
export function signatureMatches(
	secret: string,
	rawBody: Buffer | string,
	header: unknown,
): boolean {
	if (secret === '' || typeof header !== 'string' || header === '') return false;
	return secretsMatch(callFireSignature(secret, rawBody), header.trim());
}
