import {
	sleep,
	type IDataObject,
	type IHttpRequestOptions,
	type IN8nHttpFullResponse,
} from 'n8n-workflow';

import { decodeBody, parseRetryAfter, RETRY_LIMIT } from '../shared/transport';
import { redactText } from '../shared/secrets';
import { digest, oauthHeader, ZERO_TOKEN } from './OAuth1Signer';

/**
 * Logging in with a user name and PIN, shared by the nodes (their operations and triggers) and
 * the credential's `preAuthentication`: one login per credential, and its token reused until
 * Call-Em-All refuses it.
 *
 * The token lives in the credential's hidden Session Token field, which n8n saves (encrypted)
 * in its database whenever the pre-authentication hands it a new one: every n8n process (main,
 * workers, webhook processes) reads it from there, so one login serves them all and survives a
 * restart. A refused token is renewed through n8n's own path (see `TokenRefusedError`), so the
 * new one is saved for everyone too. This process only remembers its own logins, to share one
 * login among requests made at the same moment and to know which token replaced which.
 */

export const DEFAULT_BASE_URL = 'https://rest.text-em-all.com';

/** Added to a 401 of an ordinary request. */
export const TOKEN_HINT = 'check the App Key and Secret Key, or the Auth Token may have expired';

/** Added to a 401 of the login call itself. */
export const LOGIN_HINT =
	'the user name or PIN is wrong, or the App Key and Secret Key do not belong to an integration of this account';

/** Added when the token a login just issued is refused as well. */
export const RELOGIN_HINT =
	'Call-Em-All refused the Auth Token it had just issued for this user name and PIN: check that the App Key and Secret Key belong to the same account as the user, and that the user may use the API';

function isObject(value: unknown): value is IDataObject {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The vendor's own words for a failed response (`{ErrorCode, ErrorName, Message}` or text). */
export function vendorMessage(statusCode: number, body: unknown): string | undefined {
	if (statusCode < 400) return undefined;
	if (isObject(body)) {
		const text = body.Message ?? body.message;
		if (typeof text === 'string' && text.trim() !== '') return text.trim();
		if (typeof body.ErrorName === 'string' && body.ErrorName.trim() !== '') {
			return body.ErrorName.trim();
		}
		return undefined;
	}
	if (typeof body === 'string' && body.trim() !== '' && !body.trim().startsWith('<')) {
		return body.trim().slice(0, 300);
	}
	return undefined;
}

export function baseUrlOf(credentials: IDataObject): string {
	return String(credentials.baseUrl || DEFAULT_BASE_URL)
		.trim()
		.replace(/\/+$/, '');
}

/** Whether the credential logs in (no Auth Token) and has what it takes to. */
export function logsIn(credentials: IDataObject): boolean {
	return String(credentials.authToken ?? '').trim() === '';
}

export function hasLogin(credentials: IDataObject): boolean {
	return (
		String(credentials.username ?? '').trim() !== '' && String(credentials.pinCode ?? '') !== ''
	);
}

/** Every credential value an error about the login could carry; the PIN however short. */
export function loginSecrets(credentials: IDataObject, extra: unknown[] = []): string[] {
	return [credentials.pinCode, credentials.secretKey, credentials.authToken, ...extra]
		.map((value) => (typeof value === 'string' ? value : ''))
		.filter((value) => value.length >= 3);
}

/** A failed login, in words safe to show: no PIN, key or token in them. */
export class CallEmAllLoginError extends Error {
	constructor(
		message: string,
		readonly httpCode?: string,
	) {
		super(message);
		this.name = 'CallEmAllLoginError';
	}
}

export type HttpRequest = (options: IHttpRequestOptions) => Promise<unknown>;

function header(response: IN8nHttpFullResponse, name: string): string | undefined {
	const value = (response.headers as IDataObject | undefined)?.[name];
	if (Array.isArray(value)) return String(value[0]);
	return value === undefined || value === null ? undefined : String(value);
}

/**
 * `POST /v1/user/login` with the credential's user name and PIN, signed with the keys and the
 * all-zero token. Sent with the plain request helper (not n8n's authenticated one), so n8n's
 * pre-authentication step is not entered from inside itself. 429 is retried like every request.
 */
export async function requestLoginToken(
	httpRequest: HttpRequest,
	credentials: IDataObject,
): Promise<string> {
	const url = `${baseUrlOf(credentials)}/v1/user/login`;
	const secrets = loginSecrets(credentials);
	for (let attempt = 0; ; attempt++) {
		const response = (await httpRequest({
			method: 'POST',
			url,
			headers: {
				Accept: 'application/json',
				Authorization: oauthHeader({
					method: 'POST',
					url,
					consumerKey: String(credentials.appKey ?? ''),
					consumerSecret: String(credentials.secretKey ?? ''),
					token: ZERO_TOKEN,
				}),
			},
			body: {
				UserName: String(credentials.username ?? '').trim(),
				PinCode: String(credentials.pinCode ?? ''),
			},
			json: true,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
		}).then(
			(answer) => answer as IN8nHttpFullResponse,
			(failure: unknown) => (failure instanceof Error ? failure : new Error('no answer')),
		)) as IN8nHttpFullResponse | Error;
		if (response instanceof Error) {
			throw new CallEmAllLoginError(
				redactText(`Call-Em-All login failed: ${response.message}`, secrets),
			);
		}
		const status = Number(response.statusCode);
		const body = decodeBody(response.body);
		if (status === 429 && attempt < RETRY_LIMIT) {
			await sleep(parseRetryAfter(header(response, 'retry-after')) ?? 500 * 2 ** attempt);
			continue;
		}
		if (status >= 400) {
			const text = vendorMessage(status, body) ?? `Call-Em-All answered HTTP ${status}`;
			throw new CallEmAllLoginError(
				redactText(status === 401 ? `${text} (${LOGIN_HINT})` : text, secrets),
				String(status),
			);
		}
		const token = isObject(body) ? String(body.AuthToken ?? '').trim() : '';
		if (token === '') throw new CallEmAllLoginError('Call-Em-All login returned no AuthToken');
		return token;
	}
}

interface Session {
	token: Promise<string>;
	/** The token, once the login answered. */
	value?: string;
	/** The token this login was made to replace ('' for a first login). */
	replaced: string;
}

const sessions = new Map<string, Session>();

/** Forgets every login token (tests use it). */
export function clearSessions(): void {
	sessions.clear();
	refusedTokens.clear();
	failedLogins.clear();
}

/** A credential's session, keyed by a one-way digest of what the login depends on. */
export function sessionKey(credentials: IDataObject): string {
	return digest(
		JSON.stringify([
			baseUrlOf(credentials),
			credentials.appKey,
			credentials.secretKey,
			String(credentials.username ?? '').trim(),
			credentials.pinCode,
		]),
	);
}

/**
 * A login token for the credential. `refused` is the token the caller has (the credential's
 * saved Session Token, '' when it has none) and cannot use: this process's latest login is
 * handed out when it is newer than that one (it replaced it, or there was none), else one new
 * login is made, shared by every request that asks at the same moment.
 */
export async function sessionToken(
	httpRequest: HttpRequest,
	credentials: IDataObject,
	refused = '',
): Promise<string> {
	const key = sessionKey(credentials);
	const current = sessions.get(key);
	markRefused(refused);
	// A login under way is the newest token there will be: wait for it.
	if (current && current.value === undefined) return await current.token;
	if (
		current?.value !== undefined &&
		!isRefused(current.value) &&
		(refused === '' || refused === current.replaced)
	) {
		return current.value;
	}
	const session: Session = {
		token: requestLoginToken(httpRequest, credentials),
		replaced: refused,
	};
	sessions.set(key, session);
	session.token.then(
		(value) => {
			session.value = value;
			failedLogins.delete(key);
		},
		(failure: unknown) => {
			if (sessions.get(key) === session) sessions.delete(key);
			const error =
				failure instanceof CallEmAllLoginError
					? failure
					: new CallEmAllLoginError('The Call-Em-All login failed');
			failedLogins.set(key, { error, at: Date.now() });
		},
	);
	return await session.token;
}

/**
 * The token to sign with, given the one the credential has saved: a token this process's own
 * login put in place of the saved one is newer (n8n's copy of the credential may have been read
 * before that login was saved).
 */
export function newestToken(credentials: IDataObject, saved: string): string {
	const current = sessions.get(sessionKey(credentials));
	return current?.value !== undefined &&
		!isRefused(current.value) &&
		saved !== '' &&
		current.replaced === saved
		? current.value
		: saved;
}

/** The saved token (or this process's newer one) when it is one to sign with, else undefined. */
export function usableSavedToken(credentials: IDataObject): string | undefined {
	const token = newestToken(credentials, String(credentials.sessionToken ?? '').trim());
	return token !== '' && !isRefused(token) ? token : undefined;
}

/** Digests of the tokens Call-Em-All refused, as this process saw them (the newest kept). */
const refusedTokens = new Set<string>();
const REFUSED_KEPT = 1000;

/** Remembers that Call-Em-All refused a token, so it is neither handed out nor signed with. */
export function markRefused(token: string): void {
	if (token === '' || token === ZERO_TOKEN) return;
	const key = digest(token);
	refusedTokens.delete(key);
	refusedTokens.add(key);
	while (refusedTokens.size > REFUSED_KEPT) {
		refusedTokens.delete(refusedTokens.values().next().value as string);
	}
}

export function isRefused(token: string): boolean {
	return token !== '' && refusedTokens.has(digest(token));
}

/** Each credential's last failed login, and when it failed. */
const failedLogins = new Map<string, { error: CallEmAllLoginError; at: number }>();

/**
 * The credential's login that failed since `since` (a renewal runs inside n8n's
 * pre-authentication, and n8n hands on its failure as a generic "Authorization failed").
 */
export function loginFailedSince(
	credentials: IDataObject,
	since: number,
): CallEmAllLoginError | undefined {
	const failed = failedLogins.get(sessionKey(credentials));
	return failed && failed.at >= since ? failed.error : undefined;
}

/**
 * What the credential answers, in place of Call-Em-All, when asked to sign with a token
 * Call-Em-All has just refused and which is still the saved one. n8n takes this 401 as it takes
 * a vendor's: it runs the pre-authentication again (one new login), saves the new token to the
 * credential in its database, and sends the request once more, signed with it. The refused
 * token is not sent a second time.
 */
export class TokenRefusedError extends Error {
	readonly response = { status: 401 };

	readonly httpCode = '401';

	constructor() {
		super('Call-Em-All refused the saved login token');
		this.name = 'TokenRefusedError';
	}
}

/** A request header: the token Call-Em-All refused for this request (removed before sending). */
export const REFUSED_TOKEN_HEADER = 'x-callemall-refused-token';
