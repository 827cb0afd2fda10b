import { createHash, timingSafeEqual } from 'crypto';

import type { IHookFunctions, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

/**
 * The webhook-trigger kit: what every webhook trigger of this package does alike.
 *
 * - `registrationFreeWebhookMethods`: for vendors where a webhook is not registered through
 *   the API (PhoneBurner puts the URL into each dial session, Call-Em-All's support registers
 *   it). n8n making the URL live on activation is all it takes.
 * - `secretsMatch`: the one constant-time comparison of a secret a delivery carries (a token,
 *   a password, a signature) with the expected one.
 * - `rejectUnauthorized`: the one way a delivery without the right secret is refused: HTTP 401
 *   with `{error}`, no workflow started.
 */

/** `webhookMethods` of a trigger whose vendor has nothing to create or delete. */
export const registrationFreeWebhookMethods = {
	default: {
		async checkExists(this: IHookFunctions): Promise<boolean> {
			return true;
		},
		async create(this: IHookFunctions): Promise<boolean> {
			return true;
		},
		async delete(this: IHookFunctions): Promise<boolean> {
			return true;
		},
	},
};

/**
 * Whether `given` is the expected secret, in time that depends on neither (both are hashed to
 * equal-length digests first, so not even the length leaks). An empty expected secret, or a
 * given value that is not a string, never matches.
 */
export function secretsMatch(expected: string, given: unknown): boolean {
	if (expected === '' || typeof given !== 'string') return false;
	const a = createHash('sha256').update(expected, 'utf8').digest();
	const b = createHash('sha256').update(given, 'utf8').digest();
	return timingSafeEqual(a, b);
}

/**
 * Refuses a delivery: HTTP 401 with `{error: message}` and no workflow run. `headers` are set
 * first, e.g. `{'WWW-Authenticate': 'Basic realm="Webhook"'}` for HTTP Basic auth.
 */
export function rejectUnauthorized(
	context: IWebhookFunctions,
	message: string,
	headers: Record<string, string> = {},
): IWebhookResponseData {
	const response = context.getResponseObject();
	for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
	response.status(401).json({ error: message });
	return { noWebhookResponse: true };
}
