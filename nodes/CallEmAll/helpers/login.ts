import {
	NodeApiError,
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
} from 'n8n-workflow';

import { isObject } from '../../shared/json';
import { inTurn } from '../../shared/pacer';
import { readField } from '../../shared/request';
import { PerRun } from '../../shared/runScope';
import type { VendorHookContext } from '../../shared/vendor';
import { ZERO_TOKEN } from '../OAuth1Signer';
import {
	CallEmAllLoginError,
	clearSessions,
	hasLogin,
	loginFailedSince,
	logsIn,
	markRefused,
	REFUSED_TOKEN_HEADER,
	RELOGIN_HINT,
	sessionToken,
	TOKEN_HINT,
	usableSavedToken,
	vendorMessage,
} from '../Session';

/**
 * The node's half of the user-name-and-PIN login: the `authorize` and `onUnauthorized` hooks of
 * the Call-Em-All `VendorHttp` (see `transport.ts`). The login call itself and the cache of
 * login tokens (one login per credential, its token reused until Call-Em-All refuses it) are in
 * `Session.ts`, which the credential's pre-authentication shares. The token lives in the
 * credential's hidden Session Token, which n8n saves in its database for every process (main,
 * workers, webhook processes); a refused one is renewed through n8n's pre-authentication.
 */

export const CREDENTIAL_TYPE = 'callEmAllApi';

/**
 * A request header the credential's `authenticate` reads (and removes) to learn which token to
 * sign with: the one a login returned, or the all-zero token of the login call itself.
 */
export const TOKEN_HEADER = 'x-callemall-token';

/** Forgets every cached login token (tests use it). */
export function clearLoginCache(): void {
	clearSessions();
}

const checked = new PerRun<Promise<IDataObject>>();

async function readCheckedCredentials(context: VendorHookContext): Promise<IDataObject> {
	const credentials = await context.getCredentials<IDataObject>(CREDENTIAL_TYPE);
	for (const [field, label] of [
		['appKey', 'App Key'],
		['secretKey', 'Secret Key'],
	]) {
		if (String(credentials[field] ?? '').trim() === '') {
			throw new NodeOperationError(
				context.getNode(),
				`The Call-Em-All credential has no ${label}`,
				{
					description: 'Open the credential and fill in the keys of your Call-Em-All integration.',
				},
			);
		}
	}
	return credentials;
}

/**
 * The credential, read (decrypted) and checked once per node run (`PerRun`: the engine hands
 * every item of a run the same execute data); outside a run (triggers, dropdowns), per request.
 */
export async function checkedCredentials(context: VendorHookContext): Promise<IDataObject> {
	return await checked.get(context, async () => await readCheckedCredentials(context));
}

/** A failed login as the node reports it. */
function loginError(
	context: VendorHookContext,
	login: CallEmAllLoginError | undefined,
): NodeApiError {
	return new NodeApiError(
		context.getNode(),
		{},
		{
			message: login?.message ?? 'The Call-Em-All login failed',
			description: 'The Call-Em-All login (POST /v1/user/login) failed',
			httpCode: login?.httpCode,
		},
	);
}

/** The login token of a user-name-and-PIN credential, as a NodeApiError when the login fails. */
async function loginToken(
	context: VendorHookContext,
	credentials: IDataObject,
	refused?: string,
): Promise<string> {
	const outcome = await sessionToken(
		// The login takes its turn in the credential's pacer, like every other request.
		async (options) =>
			await inTurn(
				context,
				CREDENTIAL_TYPE,
				async () => await context.helpers.httpRequest(options),
				(answer) => Number((answer as { statusCode?: unknown } | undefined)?.statusCode),
			),
		credentials,
		refused,
	).then(
		(token) => ({ token, failure: undefined }),
		(failure: unknown) => ({ token: undefined, failure }),
	);
	if (outcome.token !== undefined) return outcome.token;
	throw loginError(
		context,
		outcome.failure instanceof CallEmAllLoginError ? outcome.failure : undefined,
	);
}

/**
 * `authorize` (before every request): the credential must hold the keys, and either an Auth
 * Token or a user name and PIN; then the token saved in the credential (n8n's database) is
 * used, and the node logs in only when there is none yet (n8n saves that login's token for
 * every process). The request is changed in place (the deletes of many
 * contacts keep their plan by the request's identity).
 */
export async function signInRequest(
	context: VendorHookContext,
	options: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const credentials = await checkedCredentials(context);
	if (!logsIn(credentials)) return options;
	if (!hasLogin(credentials)) {
		throw new NodeOperationError(
			context.getNode(),
			'The Call-Em-All credential needs an Auth Token, or a user name and PIN to log in with',
		);
	}
	const token =
		usableSavedToken(credentials) ??
		(await loginToken(context, credentials, String(credentials.sessionToken ?? '')));
	options.headers = { ...(options.headers ?? {}), [TOKEN_HEADER]: token };
	return options;
}

/** The message of a second refusal: the vendor's words and the likely cause. */
function refusedAgain(error: unknown): string {
	const source = error as { cause?: unknown; message?: unknown };
	const fromBody = isObject(source?.cause) ? vendorMessage(401, source.cause) : undefined;
	const fromMessage =
		typeof source?.message === 'string'
			? source.message.replace(` (${TOKEN_HINT})`, '').trim()
			: '';
	return `${fromBody ?? (fromMessage || 'Unauthorized')} (${RELOGIN_HINT})`;
}

/** When each request sent again after a refused token began its renewal. */
const renewals = new WeakMap<object, number>();

/**
 * `onUnauthorized`: a login token Call-Em-All refuses (401) is replaced by one new login and the
 * request is sent once more. The renewal goes through n8n: the request carries the refused token
 * in its place, the credential's `authenticate` answers it with a 401 of its own
 * (`TokenRefusedError`), and n8n runs the pre-authentication (one login, shared by every request
 * that saw the same token refused), saves the new token to the credential for every process and
 * signs the request with it. A second refusal, or a login that failed meanwhile, is reported
 * with its likely cause. An Auth Token of the credential, or the all-zero token of a login call,
 * has nothing to renew.
 */
export async function renewRefusedToken(
	context: VendorHookContext,
	options: IHttpRequestOptions,
	error: unknown,
	again: boolean,
): Promise<boolean> {
	const headers = (options.headers ?? {}) as IDataObject;
	if (again) {
		const since = renewals.get(options);
		if (since !== undefined) {
			const login = loginFailedSince(await checkedCredentials(context), since);
			if (login) throw loginError(context, login);
		}
		if (error instanceof Error) error.message = refusedAgain(error);
		return false;
	}
	const used = typeof headers[TOKEN_HEADER] === 'string' ? headers[TOKEN_HEADER] : '';
	if (used === '' || used === ZERO_TOKEN) return false;
	renewals.set(options, Date.now());
	markRefused(used);
	const { [TOKEN_HEADER]: dropped, ...rest } = headers;
	void dropped;
	options.headers = { ...rest, [REFUSED_TOKEN_HEADER]: used };
	return true;
}

/**
 * preSend of Account User › Log In (`POST /v1/user/login`): app-level signing with the
 * all-zero token, and the user name and PIN given here or in the credential.
 */
export async function loginRequest(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const credentials = await checkedCredentials(this);
	const userName =
		String(readField(this, 'userName') ?? '').trim() || String(credentials.username ?? '').trim();
	const pinCode = String(readField(this, 'pinCode') ?? '') || String(credentials.pinCode ?? '');
	if (userName === '' || pinCode === '') {
		throw new NodeOperationError(this.getNode(), 'A user name and PIN are needed to log in', {
			description: 'Fill them in here or in the credential.',
		});
	}
	requestOptions.headers = { ...(requestOptions.headers ?? {}), [TOKEN_HEADER]: ZERO_TOKEN };
	requestOptions.body = { UserName: userName, PinCode: pinCode };
	return requestOptions;
}
