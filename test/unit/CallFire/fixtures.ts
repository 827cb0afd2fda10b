/** Answers shaped as the CallFire API v2 doc shows them. */
export const BASE = 'https://api.callfire.com';

export const TEST_LOGIN = 'n8n-test-login';
/** A made-up password, built at run time so it cannot be mistaken for a real one. */
export const TEST_PASSWORD = ['cf', 'SECRET', 'pass', '0123456789'].join('-');

export const CREDENTIALS = {
	callFireApi: {
		username: TEST_LOGIN,
		password: TEST_PASSWORD,
		baseUrl: 'https://api.callfire.com/v2/',
	},
};

export const BASIC_AUTH = { user: TEST_LOGIN, pass: TEST_PASSWORD };

export const ACCOUNT = {
	id: 2345,
	email: 'user@example.com',
	name: 'John Doe',
	firstName: 'John',
	lastName: 'Doe',
	permissions: ['API', 'ACCOUNT_HOLDER', 'AGENT'],
};

export function text(id: number) {
	return {
		id,
		fromNumber: '67076',
		toNumber: '12135551100',
		state: 'FINISHED',
		campaignId: 10,
		batchId: 11,
		contact: { id: 4096, homePhone: '12135551100' },
		inbound: false,
		created: 1443373386000,
		modified: 1443373386000,
		message: 'Hello World!',
		finalTextResult: 'SENT',
	};
}

export function page(items: object[], limit: number, offset: number, totalCount: number) {
	return { items, limit, offset, totalCount };
}

export const ERROR_BODY = {
	httpStatusCode: 400,
	internalCode: 0,
	message: 'toNumber: must be a valid phone number',
	developerMessage: 'https://developers.callfire.com/docs.html#errors',
};
