/** CallFire's production API (doc: "API Endpoint https://api.callfire.com/v2"). */
export const CALLFIRE_BASE_URL = 'https://api.callfire.com/v2';

/**
 * The credential's Base URL without a trailing "/", or production when it has none (a
 * credential saved before the field existed, or with the field emptied).
 */
export function callFireBaseUrl(credentials: { baseUrl?: unknown }): string {
	const configured = typeof credentials.baseUrl === 'string' ? credentials.baseUrl.trim() : '';
	return (configured || CALLFIRE_BASE_URL).replace(/\/+$/, '');
}
