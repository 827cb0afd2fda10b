import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

export class PhoneBurnerApi implements ICredentialType {
	name = 'phoneBurnerApi';

	displayName = 'PhoneBurner API';

	icon: Icon = {
		light: 'file:../icons/phoneburner.svg',
		dark: 'file:../icons/phoneburner.dark.svg',
	};

	documentationUrl = 'https://github.com/n8n-nodes-telephony/n8n-nodes-telephony#phoneburner';

	properties: INodeProperties[] = [
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'A personal access token from your PhoneBurner account',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://www.phoneburner.com/rest/1',
			description:
				'The API address. Use https://develop.phoneburner.com/rest/1 for the development (sandbox) host.',
		},
	];

	/** A Bearer token. Written as a function, so n8n evaluates no expression per request. */
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		return {
			...requestOptions,
			headers: {
				...(requestOptions.headers ?? {}),
				Authorization: `Bearer ${String(credentials.accessToken ?? '')}`,
			},
		};
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL:
				'={{($credentials.baseUrl || "https://www.phoneburner.com/rest/1").replace(/\\/+$/, "")}}',
			url: '/members',
			qs: { page: 1, page_size: 1 },
		},
		// n8n shows only the HTTP status text ("Unauthorized") of a failed test: say what to fix.
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message: 'PhoneBurner refused the access token (401): it is wrong, expired or revoked',
				},
			},
		],
	};
}
