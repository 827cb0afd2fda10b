import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

import { oauthHeader, ZERO_TOKEN } from '../nodes/CallEmAll/OAuth1Signer';

/** The absolute URL a request goes to. */
function fullUrl(options: IHttpRequestOptions): string {
	// n8n's HTTP Request node (using this credential) passes the older `uri` field instead.
	const url = String(options.url ?? (options as { uri?: string }).uri ?? '');
	if (/^https?:\/\//i.test(url)) return url;
	const base = String(options.baseURL ?? '').replace(/\/+$/, '');
	return base + (url.startsWith('/') ? url : `/${url}`);
}

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
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://rest.text-em-all.com',
			description:
				'Production is https://rest.text-em-all.com; the staging host is https://staging-rest.call-em-all.com',
		},
	];

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const headers = { ...(requestOptions.headers ?? {}) } as Record<string, string>;
		// A token found by the node's login step travels in this header and is not sent on.
		const loginToken = headers['x-callemall-token'];
		delete headers['x-callemall-token'];
		// The node's header wins: it is the all-zero token of a login call, or a logged-in token.
		const token = loginToken || String(credentials.authToken ?? '').trim() || ZERO_TOKEN;
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
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/v1/lists/everyone',
			method: 'GET',
		},
	};
}
