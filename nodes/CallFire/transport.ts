import type {
	IAllExecuteFunctions,
	IDataObject,
	IHttpRequestMethods,
	IHttpRequestOptions,
} from 'n8n-workflow';

import { plainTextError } from '../shared/response';
import { vendorRequest } from '../shared/transport';
import type { ListPaging, VendorHttp } from '../shared/vendor';

/**
 * How the CallFire node and trigger talk to CallFire: the vendor settings of the shared request
 * pipeline, the base URL, the list paging every CallFire list shares, and the plain request of
 * the trigger, the dropdowns and the hooks that read before they write.
 */

export const CREDENTIAL_TYPE = 'callFireApi';

/** CallFire's production API (doc: "API Endpoint https://api.callfire.com/v2"). */
export const CALLFIRE_BASE_URL = 'https://api.callfire.com/v2';

/** The most entries CallFire gives in one page (the vendor README: "the maximum seen is 1000"). */
export const CALLFIRE_MAX_PAGE = 1000;

/**
 * The credential's Base URL without a trailing "/", or production when it has none (a
 * credential saved before the field existed, or with the field emptied).
 */
export function callFireBaseUrl(credentials: { baseUrl?: unknown }): string {
	const configured = typeof credentials.baseUrl === 'string' ? credentials.baseUrl.trim() : '';
	return (configured || CALLFIRE_BASE_URL).replace(/\/+$/, '');
}

/** CallFire's error body is `{httpStatusCode, internalCode, message, developerMessage}`. */
export const callFireHttp: VendorHttp = {
	name: 'CallFire',
	secretFields: { [CREDENTIAL_TYPE]: ['password'] },
	defaultBaseUrl: CALLFIRE_BASE_URL,
	errorMessage(statusCode, body) {
		if (body && typeof body === 'object' && !Array.isArray(body)) {
			const answer = body as IDataObject;
			if (statusCode >= 400 || answer.httpStatusCode !== undefined) {
				const text = answer.message ?? answer.developerMessage;
				if (typeof text === 'string' && text.trim() !== '') return text;
			}
		}
		return plainTextError(statusCode, body);
	},
};

/**
 * The request options of every CallFire operation: an array in the query goes out repeated
 * (`id=1&id=2`), as the doc's examples send arrays.
 */
export const CALLFIRE_REQUEST: Partial<IHttpRequestOptions> = { arrayFormat: 'repeat' };

/** CallFire lists: `limit`/`offset` in, `{items, limit, offset, totalCount}` out. */
export const callFirePaging: ListPaging = {
	start(options, wanted) {
		options.qs = options.qs ?? {};
		options.qs.limit = Math.min(wanted ?? CALLFIRE_MAX_PAGE, CALLFIRE_MAX_PAGE);
		options.qs.offset = Number(options.qs.offset ?? 0);
	},
	read(body, options, received, wanted) {
		const page = (body ?? {}) as IDataObject;
		const items = (Array.isArray(page.items) ? page.items : []) as IDataObject[];
		const qs = (options.qs = options.qs ?? {});
		const limit = Number(qs.limit);
		const offset = Number(qs.offset ?? 0) + items.length;
		qs.offset = offset;
		const total = Number(page.totalCount);
		let more = items.length > 0 && items.length >= limit;
		if (Number.isFinite(total) && offset >= total) more = false;
		if (wanted !== undefined && received + items.length >= wanted) more = false;
		return { items, more };
	},
};

/**
 * One request outside an operation (the trigger, the dropdowns, a hook that reads before it
 * writes): to the credential's Base URL, with the retries, error check and redaction of the
 * operations.
 */
export async function callFireRequest(
	context: IAllExecuteFunctions,
	method: IHttpRequestMethods,
	path: string,
	options: { qs?: IDataObject; body?: IDataObject } = {},
): Promise<unknown> {
	const credentials = await context.getCredentials(CREDENTIAL_TYPE);
	return await vendorRequest(context, callFireHttp, CREDENTIAL_TYPE, {
		method,
		url: `${callFireBaseUrl(credentials)}${path}`,
		json: true,
		...(options.body ? { body: options.body } : {}),
		...(options.qs ? { qs: options.qs } : {}),
	});
}
