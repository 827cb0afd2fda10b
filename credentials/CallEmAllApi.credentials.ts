import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IDataObject,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

import { oauthHeader, ZERO_TOKEN } from '../nodes/CallEmAll/OAuth1Signer';
import {
	hasLogin,
	isRefused,
	logsIn,
	newestToken,
	REFUSED_TOKEN_HEADER,
	sessionToken,
	TokenRefusedError,
} from '../nodes/CallEmAll/Session';

/** The absolute URL a request goes to. */
function fullUrl(options: IHttpRequestOptions): string {
	// n8n's HTTP Request node (using this credential) passes the older `uri` field instead.
	const url = String(options.url ?? (options as { uri?: string }).uri ?? '');
	if (/^https?:\/\//i.test(url)) return url;
	const base = String(options.baseURL ?? '').replace(/\/+$/, '');
	return base + (url.startsWith('/') ? url : `/${url}`);
}

/** The requests for which n8n was already told to renew the token (see `authenticate`). */
const renewalAsked = new WeakSet<object>();

export class CallEmAllApi implements ICredentialType {
	name = 'callEmAllApi';

	displayName = 'Call-Em-All (Text-Em-All) API';

	icon: Icon = { light: 'file:../icons/callemall.svg', dark: 'file:../icons/callemall.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-telephony/n8n-nodes-telephony#call-em-all';

	properties: INodeProperties[] = [
		{
			displayName: 'App Key',
			name: 'appKey',
			type: 'string',
			default: '',
			required: true,
			description: 'The AppKey of your Call-Em-All integration',
		},
		{
			displayName: 'Secret Key',
			name: 'secretKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The SecretKey of your Call-Em-All integration',
		},
		{
			displayName: 'Auth Token',
			name: 'authToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'The AuthToken emailed to you for the integration. Leave empty to log in with the user name and PIN below.',
		},
		{
			displayName: 'User Name',
			name: 'username',
			type: 'string',
			default: '',
			description: 'Used only when no Auth Token is given',
		},
		// eslint-disable-next-line @n8n/community-nodes/credential-unnecessary-password -- the PIN is the user's password
		{
			displayName: 'PIN Code',
			name: 'pinCode',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'Used only when no Auth Token is given',
		},
		{
			// Filled by n8n's pre-authentication step (the login) and renewed when it expires.
			displayName: 'Session Token',
			name: 'sessionToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://rest.text-em-all.com',
			description:
				'Production is https://rest.text-em-all.com; the staging host is https://staging-rest.call-em-all.com',
		},
	];

	/**
	 * With a user name and PIN instead of an Auth Token: logs in (`POST /v1/user/login`) and
	 * hands n8n the token, which n8n saves in the hidden Session Token field of the credential in
	 * its database, where every n8n process finds it. n8n runs this before a credential test and
	 * whenever that field is empty or its token was refused. The login is shared with the nodes'
	 * own (one per credential), and a token n8n reports refused is replaced.
	 */
	async preAuthentication(
		this: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
	): Promise<IDataObject> {
		if (!logsIn(credentials)) return {};
		if (!hasLogin(credentials)) {
			throw new Error(
				'The Call-Em-All credential needs an Auth Token, or a user name and PIN to log in with',
			);
		}
		const refused = String(credentials.sessionToken ?? '');
		const token = await sessionToken(
			async (options) => await this.helpers.httpRequest(options),
			credentials,
			refused,
		);
		return { sessionToken: token };
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const headers = { ...(requestOptions.headers ?? {}) } as Record<string, string>;
		// A token found by the node's login step travels in this header and is not sent on.
		const loginToken = headers['x-callemall-token'];
		delete headers['x-callemall-token'];
		// A request sent again after Call-Em-All refused its token: signed with the credential's
		// saved token once that is another one (renewed meanwhile, by any n8n process); while it is
		// still the refused one, n8n is told so (a 401) and renews it (see TokenRefusedError).
		const refused = headers[REFUSED_TOKEN_HEADER];
		delete headers[REFUSED_TOKEN_HEADER];
		const saved = newestToken(credentials, String(credentials.sessionToken ?? '').trim());
		const stale = saved === '' || saved === refused || isRefused(saved);
		if (refused && logsIn(credentials) && stale && !renewalAsked.has(requestOptions)) {
			// Once per request: should the renewal bring the same token back, it is sent, and
			// Call-Em-All's own answer is reported.
			renewalAsked.add(requestOptions);
			throw new TokenRefusedError();
		}
		// The node's header wins: it is the all-zero token of a login call, or a logged-in token.
		// Then the Auth Token, then the token of n8n's pre-authentication (user name and PIN).
		const token =
			(refused ? saved : loginToken) ||
			String(credentials.authToken ?? '').trim() ||
			String(credentials.sessionToken ?? '').trim() ||
			ZERO_TOKEN;
		headers.Authorization = oauthHeader({
			method: String(requestOptions.method ?? 'GET'),
			url: fullUrl(requestOptions),
			query: (requestOptions.qs ?? {}) as Record<string, unknown>,
			consumerKey: String(credentials.appKey ?? ''),
			consumerSecret: String(credentials.secretKey ?? ''),
			token,
		});
		return { ...requestOptions, headers };
	}

	test: ICredentialTestRequest = {
		request: {
			// A credential saved before the Base URL field existed has none: production then.
			baseURL: '={{($credentials.baseUrl || "https://rest.text-em-all.com").replace(/\\/+$/, "")}}',
			url: '/v1/lists/everyone',
			method: 'GET',
		},
		// n8n shows only the HTTP status text ("Unauthorized") of a failed test: say what to fix.
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message:
						'Call-Em-All refused the signed request (401): check the App Key, Secret Key and Auth Token (or User Name and PIN Code)',
				},
			},
		],
	};
}
