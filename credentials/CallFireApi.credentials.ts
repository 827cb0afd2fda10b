import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

export class CallFireApi implements ICredentialType {
	name = 'callFireApi';

	displayName = 'CallFire API';

	icon: Icon = { light: 'file:../icons/callfire.svg', dark: 'file:../icons/callfire.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-telephony/n8n-nodes-telephony#callfire';

	properties: INodeProperties[] = [
		{
			displayName: 'API Login',
			name: 'username',
			type: 'string',
			default: '',
			required: true,
			description: 'The login of an API credential, from Settings → API Access in CallFire',
		},
		{
			displayName: 'API Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.callfire.com/v2',
			description: 'Change it only to reach a staging host or a local stand-in',
		},
	];

	/** HTTP Basic. Written as a function, so n8n evaluates no expression per request. */
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		return {
			...requestOptions,
			auth: {
				username: String(credentials.username ?? ''),
				password: String(credentials.password ?? ''),
			},
		};
	}

	test: ICredentialTestRequest = {
		request: {
			// A credential saved without a Base URL is tested against production, as the node sends.
			baseURL: '={{($credentials.baseUrl || "https://api.callfire.com/v2").replace(/\\/+$/, "")}}',
			url: '/me/account',
			method: 'GET',
		},
		// n8n shows only the HTTP status text of a failed test; these are the doc's own words for
		// the two answers a wrong login or password gets (callfire-api-v2.txt, HTTP Status Codes).
		rules: [
			{
				type: 'responseCode',
				properties: { value: 401, message: 'UNAUTHORIZED - API Key missing or invalid' },
			},
			{
				type: 'responseCode',
				properties: { value: 403, message: 'FORBIDDEN - Insufficient permissions' },
			},
		],
	};
}
