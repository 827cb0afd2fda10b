import type { ICredentialTestRequest, ICredentialType, INodeProperties, Icon } from 'n8n-workflow';

export class PhoneBurnerOAuth2Api implements ICredentialType {
	name = 'phoneBurnerOAuth2Api';

	extends = ['oAuth2Api'];

	displayName = 'PhoneBurner OAuth2 API';

	icon: Icon = {
		light: 'file:../icons/phoneburner.svg',
		dark: 'file:../icons/phoneburner.dark.svg',
	};

	documentationUrl = 'https://github.com/n8n-nodes-telephony/n8n-nodes-telephony#phoneburner';

	properties: INodeProperties[] = [
		{ displayName: 'Grant Type', name: 'grantType', type: 'hidden', default: 'authorizationCode' },
		{
			displayName: 'Authorization URL',
			name: 'authUrl',
			type: 'string',
			default: 'https://www.phoneburner.com/oauth/index',
			required: true,
			description:
				'Where you sign in to PhoneBurner to allow access. For the development (sandbox) host use https://develop.phoneburner.com/oauth/index.',
		},
		{
			displayName: 'Access Token URL',
			name: 'accessTokenUrl',
			type: 'string',
			default: 'https://www.phoneburner.com/oauth/accesstoken',
			required: true,
			description:
				'Where n8n gets and refreshes the token. For the development (sandbox) host use https://develop.phoneburner.com/oauth/accesstoken.',
		},
		{ displayName: 'Scope', name: 'scope', type: 'hidden', default: '' },
		{
			displayName: 'Auth URI Query Parameters',
			name: 'authQueryParameters',
			type: 'hidden',
			default: '',
		},
		{ displayName: 'Authentication', name: 'authentication', type: 'hidden', default: 'body' },
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://www.phoneburner.com/rest/1',
			description:
				'The API address. Use https://develop.phoneburner.com/rest/1 for the development (sandbox) host.',
		},
	];

	/** The same cheap signed-in request as the access token credential: one member. */
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
