import type { IAllExecuteFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { vendorRequest } from '../shared/transport';
import type { VendorHttp } from '../shared/vendor';
import { CREDENTIAL_TYPE, renewRefusedToken, signInRequest } from './helpers/login';
import { hidePin, pinsToHide } from './helpers/pin';
import { baseUrlOf, DEFAULT_BASE_URL, LOGIN_HINT, TOKEN_HINT, vendorMessage } from './Session';

export { CREDENTIAL_TYPE, TOKEN_HEADER } from './helpers/login';

/** The vendor's message, and for a 401 the likely cause (`hint`). */
function messageWith(hint: string) {
	return (statusCode: number, body: unknown): string | undefined => {
		if (statusCode < 400) return undefined;
		const message = vendorMessage(statusCode, body);
		if (statusCode === 401) return `${message ?? 'Unauthorized'} (${hint})`;
		return message;
	};
}

const secretFields = { [CREDENTIAL_TYPE]: ['secretKey', 'authToken', 'sessionToken'] };

/**
 * Call-Em-All for the shared request pipeline. Its own steps are the `VendorHttp` hooks the
 * executor (and `vendorRequest`) call around every request:
 * - `authorize`: the login session's token (helpers/login.ts);
 * - `onUnauthorized`: a refused login token renewed once (helpers/login.ts);
 * - `cleanError` and `outputSecrets`: the PIN kept out of errors and output (helpers/pin.ts).
 */
export const callEmAllHttp: VendorHttp = {
	name: 'Call-Em-All',
	secretFields,
	defaultBaseUrl: DEFAULT_BASE_URL,
	errorMessage: messageWith(TOKEN_HINT),
	authorize: signInRequest,
	onUnauthorized: renewRefusedToken,
	cleanError: hidePin,
	outputSecrets: pinsToHide,
};

/**
 * The Log In operation's own settings: it is the login, so it has no session hooks (it signs
 * with the all-zero token itself), and its 401 means the user name or PIN (or the keys) are
 * wrong. Written out rather than copied from `callEmAllHttp`, whose hooks would log in first.
 */
export const callEmAllLoginHttp: VendorHttp = {
	name: 'Call-Em-All',
	secretFields,
	defaultBaseUrl: DEFAULT_BASE_URL,
	errorMessage: messageWith(LOGIN_HINT),
	cleanError: hidePin,
	outputSecrets: pinsToHide,
};

/**
 * One request from a trigger or a dropdown (not a declarative operation): the same login,
 * OAuth 1.0a signing, token renewal, retries, error check and secret redaction as the node's
 * operations (`vendorRequest` runs the hooks above). A URL starting with "/" goes to the
 * credential's base URL.
 */
export async function callEmAllRequest(
	context: IAllExecuteFunctions,
	options: IHttpRequestOptions,
): Promise<unknown> {
	const credentials = await context.getCredentials(CREDENTIAL_TYPE);
	const baseUrl = baseUrlOf(credentials);
	const url = String(options.url ?? '');
	return await vendorRequest(context, callEmAllHttp, CREDENTIAL_TYPE, {
		json: true,
		...options,
		headers: { Accept: 'application/json', ...(options.headers ?? {}) },
		url: /^https?:\/\//i.test(url) ? url : `${baseUrl}${url.startsWith('/') ? '' : '/'}${url}`,
	});
}
