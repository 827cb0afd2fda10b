import type { IDataObject } from 'n8n-workflow';

import { contactsList } from './docExamples';

export const BASE = 'https://develop.phoneburner.com';

/** A made-up token, built at run time so it cannot be mistaken for a real one. */
export const TEST_TOKEN = ['pb', 'TEST', 'token', '0123456789'].join('-');

/** A made-up OAuth2 access token, likewise. */
export const OAUTH_TOKEN = ['pb', 'OAUTH', 'access', '9876543210'].join('-');

export const CREDENTIALS = {
	phoneBurnerApi: { accessToken: TEST_TOKEN, baseUrl: 'https://develop.phoneburner.com/rest/1' },
};

/** An OAuth2 credential as n8n holds it once connected. */
export const OAUTH_CREDENTIALS = {
	phoneBurnerOAuth2Api: {
		grantType: 'authorizationCode',
		authUrl: 'https://develop.phoneburner.com/oauth/index',
		accessTokenUrl: 'https://develop.phoneburner.com/oauth/accesstoken',
		clientId: 'test-client',
		clientSecret: ['test', 'client', 'secret'].join('-'),
		scope: '',
		authentication: 'body',
		baseUrl: 'https://develop.phoneburner.com/rest/1',
		oauthTokenData: { access_token: OAUTH_TOKEN, token_type: 'Bearer' },
	},
};

/** The doc's list envelope (GET /contacts), with rows of our own for paging tests. */
export function listEnvelope(
	key: string,
	rows: IDataObject[],
	page: number,
	totalPages: number,
	pageSize = rows.length,
): IDataObject {
	return {
		http_status: 200,
		status: 'success',
		[key]: {
			[key]: rows,
			page_size: pageSize,
			total_results: String(rows.length * totalPages),
			page,
			total_pages: totalPages,
		},
	};
}

/** The doc's contact (GET /contacts), with another ID. */
export function contactRow(id: string): IDataObject {
	return { ...(contactsList.contacts.contacts[0] as IDataObject), contact_user_id: id };
}
