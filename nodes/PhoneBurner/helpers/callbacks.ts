import type { IDataObject } from 'n8n-workflow';

/**
 * PhoneBurner's dial-session callbacks: their types, how the trigger tells which one a POST is,
 * and the callback URL the Create Dial Session operation gives for each type.
 */

export const CALLBACK_TYPES = ['api_callbegin', 'api_contact_displayed', 'api_calldone'] as const;
export type CallbackType = (typeof CALLBACK_TYPES)[number];

/** The query parameter the trigger's URL carries the secret token in. */
export const TOKEN_PARAMETER = 'token';
/** The query parameter that names the callback type, added by the Create Dial Session callbacks. */
export const EVENT_PARAMETER = 'event';

export function isCallbackType(value: unknown): value is CallbackType {
	return typeof value === 'string' && (CALLBACK_TYPES as readonly string[]).includes(value);
}

/**
 * Which dial-session callback a POST is. PhoneBurner's bodies do not name themselves, so the
 * type comes from the URL's `event` parameter when present, else from the body's shape as the
 * doc shows it: api_calldone carries the disposition `status` and `duration` (with the contact
 * nested or, in the older style, at the top level); api_contact_displayed carries
 * `contact_user_id`; api_callbegin carries the dial session `ds_id` and `call_id`.
 */
export function callbackTypeOf(body: IDataObject, query: IDataObject): CallbackType | 'unknown' {
	if (isCallbackType(query[EVENT_PARAMETER])) return query[EVENT_PARAMETER];
	if (isCallbackType(body.callback_type)) return body.callback_type;
	if (isCallbackType(body.event)) return body.event;
	if (body.api_calldone !== undefined) return 'api_calldone';
	if (body.status !== undefined && (body.duration !== undefined || body.connected !== undefined))
		return 'api_calldone';
	if (body.contact_user_id !== undefined || body.endpoint !== undefined)
		return 'api_contact_displayed';
	if (body.ds_id !== undefined || body.call_id !== undefined) return 'api_callbegin';
	return 'unknown';
}

/**
 * The older `{api_calldone: {...}}` wrapping, flattened to the doc's current shape. Posted as a
 * form (`api_calldone=<json>`), the wrapped callback arrives as a JSON string: it is parsed.
 */
export function normaliseCallback(body: IDataObject): IDataObject {
	let wrapped: unknown = body.api_calldone;
	if (typeof wrapped === 'string' && wrapped.trim().startsWith('{')) {
		try {
			wrapped = JSON.parse(wrapped) as unknown;
		} catch {
			// Not JSON after all: the body is passed on as it came.
		}
	}
	if (wrapped && typeof wrapped === 'object' && !Array.isArray(wrapped)) {
		const { api_calldone: _ignored, ...rest } = body;
		void _ignored;
		return { ...rest, ...(wrapped as IDataObject) };
	}
	return body;
}

/**
 * The callback URL for one callback type: `event=<type>` is added when the URL does not name an
 * event already, so the trigger knows which callback a POST is without guessing from its body.
 * Everything else in the URL (the `token` parameter, a fragment) is kept as written.
 */
export function callbackUrlFor(url: string, type: string): string {
	if (new RegExp(`[?&]${EVENT_PARAMETER}=`).test(url)) return url;
	const hashAt = url.indexOf('#');
	const base = hashAt === -1 ? url : url.slice(0, hashAt);
	const hash = hashAt === -1 ? '' : url.slice(hashAt);
	const separator = !base.includes('?') ? '?' : /[?&]$/.test(base) ? '' : '&';
	return `${base}${separator}${EVENT_PARAMETER}=${encodeURIComponent(type)}${hash}`;
}
