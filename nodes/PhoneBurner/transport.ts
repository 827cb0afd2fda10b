import type { IDataObject } from 'n8n-workflow';

import { plainTextError } from '../shared/response';
import type { VendorHttp } from '../shared/vendor';

/** Where the PhoneBurner REST API lives unless the credential says otherwise. */
export const PHONEBURNER_BASE_URL = 'https://www.phoneburner.com/rest/1';

/** Whatever can read the node's Authentication field (an operation, a dropdown). */
interface ReadsAuthentication {
	getNodeParameter(name: string, fallback?: unknown): unknown;
}

/** The credential type the node's Authentication field chooses. */
export function credentialTypeOf(context: ReadsAuthentication): string {
	return context.getNodeParameter('authentication', 'accessToken') === 'oAuth2'
		? 'phoneBurnerOAuth2Api'
		: 'phoneBurnerApi';
}

export const phoneBurnerHttp: VendorHttp = {
	name: 'PhoneBurner',
	defaultBaseUrl: PHONEBURNER_BASE_URL,
	credentialType: credentialTypeOf,
	secretFields: {
		phoneBurnerApi: ['accessToken'],
		phoneBurnerOAuth2Api: [
			'oauthTokenData.access_token',
			'oauthTokenData.refresh_token',
			'clientSecret',
		],
	},
	errorMessage(statusCode, body) {
		if (body && typeof body === 'object' && !Array.isArray(body)) {
			const answer = body as IDataObject;
			if (Array.isArray(answer.debug_codes) && answer.debug_codes.length) {
				const reasons = (answer.debug_codes as IDataObject[])
					.map((entry) => String(entry?.reason ?? entry?.code ?? ''))
					.filter((reason) => reason !== '');
				if (reasons.length) return reasons.join('; ');
			}
			if (answer.status === 'error')
				return String(answer.message ?? 'PhoneBurner reported an error');
		}
		return plainTextError(statusCode, body);
	},
};

/**
 * The credential type and base URL the node uses now, for requests outside an operation's
 * routing (dropdowns, and hooks that read before they write).
 */
export async function connection(
	context: ReadsAuthentication & { getCredentials(type: string): Promise<IDataObject> },
): Promise<{ credentialType: string; base: string }> {
	const credentialType = credentialTypeOf(context);
	const credentials = await context.getCredentials(credentialType);
	const base = String(credentials.baseUrl || PHONEBURNER_BASE_URL).replace(/\/+$/, '');
	return { credentialType, base };
}
