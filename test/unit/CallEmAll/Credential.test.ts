/**
 * The credential on its own: its pre-authentication (the login n8n runs before a credential
 * test) and its test request, sent the way n8n 2.40 sends them.
 */
import { httpRequest } from 'n8n-core/dist/execution-engine/node-execution-context/utils/request-helper-functions';
import nock from 'nock';
import {
	Workflow,
	type ICredentialDataDecryptedObject,
	type IDataObject,
	type IHttpRequestOptions,
	type IN8nHttpFullResponse,
	type INodeTypes,
	type NodeParameterValueType,
} from 'n8n-workflow';

import { CallEmAllApi } from '../../../credentials/CallEmAllApi.credentials';
import { clearLoginCache } from '../../../nodes/CallEmAll/GenericFunctions';
import { runNode } from '../../helpers/harness';
import {
	AUTH_TOKEN,
	BASE,
	CREDENTIALS,
	DOC,
	LOGIN_CREDENTIALS,
	PIN,
	SECRET_KEY,
	ZERO,
	errorBody,
	loginAnswer,
	parseAuthorization,
	recordTo,
	signatureVerifies,
	type Seen,
} from './fixtures';

const credential = new CallEmAllApi();
const helpers = { helpers: { httpRequest } };

/** The credential test's `baseURL`, resolved by n8n's own expression engine. */
function testBaseUrl(credentials: IDataObject): string {
	const nodeTypes = {
		getByName: () => undefined,
		getByNameAndVersion: () => undefined,
		getKnownTypes: () => ({}),
	} as unknown as INodeTypes;
	const workflow = new Workflow({ nodes: [], connections: {}, active: false, nodeTypes });
	return String(
		workflow.expression.getParameterValue(
			credential.test.request.baseURL as NodeParameterValueType,
			null,
			0,
			0,
			'Credential test',
			[],
			'internal',
			{ $credentials: credentials },
			undefined,
			false,
		),
	);
}

/**
 * What n8n 2.40 does for a credential test (CredentialsHelper.preAuthentication, then
 * authenticate, then the test request): the hidden `expirable` field names the token; while
 * testing, pre-authentication always runs and its output is merged into the credential.
 */
async function credentialTest(data: IDataObject): Promise<IN8nHttpFullResponse> {
	const credentials = { ...data } as ICredentialDataDecryptedObject;
	const expirable = credential.properties.find(
		(property) => property.type === 'hidden' && property.typeOptions?.expirable === true,
	);
	expect(expirable?.name).toBe('sessionToken');
	const output = await credential.preAuthentication!.call(helpers, credentials);
	if (output[expirable!.name] !== undefined) Object.assign(credentials, output);
	const test = credential.test.request;
	const request: IHttpRequestOptions = {
		// n8n resolves the test's baseURL expression with $credentials, as this does.
		baseURL: testBaseUrl(credentials),
		url: String(test.url),
		method: test.method,
		returnFullResponse: true,
	};
	const authenticate = credential.authenticate as (
		credentials: ICredentialDataDecryptedObject,
		request: IHttpRequestOptions,
	) => Promise<IHttpRequestOptions>;
	const signed = await authenticate(credentials, request);
	return (await httpRequest(signed)) as IN8nHttpFullResponse;
}

beforeEach(() => clearLoginCache());

describe('Call-Em-All credential › test with a user name and PIN', () => {
	const issued = ['issued', 'by', 'login', '42'].join('-');

	it('logs in first, then reads the Everyone list with the token it got', async () => {
		const seen: Seen[] = [];
		nock(BASE)
			.post('/v1/user/login')
			.reply(recordTo(seen, 200, loginAnswer(issued)))
			.get('/v1/lists/everyone')
			.reply(recordTo(seen, 200, DOC.everyone));

		const response = await credentialTest({ ...LOGIN_CREDENTIALS.callEmAllApi, sessionToken: '' });

		expect(response.statusCode).toBe(200);
		expect(seen.map((request) => `${request.method} ${request.path}`)).toEqual([
			'POST /v1/user/login',
			'GET /v1/lists/everyone',
		]);
		expect(seen[0].body).toEqual({ UserName: 'apitest@cea', PinCode: PIN });
		expect(parseAuthorization(seen[0].authorization).oauth_token).toBe(ZERO);
		expect(parseAuthorization(seen[1].authorization).oauth_token).toBe(issued);
		for (const request of seen) {
			expect(signatureVerifies(request.method, request.path, request.authorization)).toBe(true);
		}
	});

	it('hands n8n the token for its hidden Session Token field', async () => {
		nock(BASE).post('/v1/user/login').reply(200, loginAnswer(issued));
		const output = await credential.preAuthentication!.call(helpers, {
			...LOGIN_CREDENTIALS.callEmAllApi,
			sessionToken: '',
		});
		expect(output).toEqual({ sessionToken: issued });
	});

	it("shares the nodes' login: a token a node run got is handed over without a new login", async () => {
		nock(BASE)
			.post('/v1/user/login')
			.reply(200, loginAnswer(issued))
			.get('/v1/lists/everyone')
			.reply(200, DOC.everyone);
		const { error } = await runNode({
			type: 'callEmAll',
			parameters: { resource: 'contactList', operation: 'getEveryone' },
			credentials: LOGIN_CREDENTIALS as never,
		});
		expect(error).toBeUndefined();

		// n8n's pre-authentication before the node's next request (its Session Token is empty).
		const output = await credential.preAuthentication!.call(helpers, {
			...LOGIN_CREDENTIALS.callEmAllApi,
			sessionToken: '',
		});
		expect(output).toEqual({ sessionToken: issued });
		expect(nock.pendingMocks()).toHaveLength(0);
	});

	it('logs in again when n8n reports the stored token refused', async () => {
		const renewed = ['renewed', 'token', '43'].join('-');
		nock(BASE)
			.post('/v1/user/login')
			.reply(200, loginAnswer(issued))
			.post('/v1/user/login')
			.reply(200, loginAnswer(renewed));
		const data = { ...LOGIN_CREDENTIALS.callEmAllApi, sessionToken: '' };
		const first = await credential.preAuthentication!.call(helpers, data);
		const second = await credential.preAuthentication!.call(helpers, { ...data, ...first });
		expect(second).toEqual({ sessionToken: renewed });
		expect(nock.pendingMocks()).toHaveLength(0);
	});

	it('fails the test with the reason, and no PIN or key in it, when the login is refused', async () => {
		nock(BASE)
			.post('/v1/user/login')
			.reply(401, errorBody(`Invalid user name or PIN code ${PIN}.`));
		await expect(
			credentialTest({ ...LOGIN_CREDENTIALS.callEmAllApi, sessionToken: '' }),
		).rejects.toThrow(
			'Invalid user name or PIN code [redacted]. (the user name or PIN is wrong, or the App Key and Secret Key do not belong to an integration of this account)',
		);
	});

	it('asks for an Auth Token or a user name and PIN when it has neither', async () => {
		await expect(
			credential.preAuthentication!.call(helpers, {
				...CREDENTIALS.callEmAllApi,
				authToken: '',
				sessionToken: '',
			}),
		).rejects.toThrow(
			'The Call-Em-All credential needs an Auth Token, or a user name and PIN to log in with',
		);
	});
});

describe('Call-Em-All credential › test with an Auth Token', () => {
	it('does not log in, and signs the test request with the Auth Token', async () => {
		const seen: Seen[] = [];
		nock(BASE)
			.get('/v1/lists/everyone')
			.reply(recordTo(seen, 200, DOC.everyone));

		const output = await credential.preAuthentication!.call(helpers, {
			...CREDENTIALS.callEmAllApi,
			sessionToken: '',
		});
		expect(output).toEqual({});
		const response = await credentialTest({ ...CREDENTIALS.callEmAllApi, sessionToken: '' });

		expect(response.statusCode).toBe(200);
		expect(seen).toHaveLength(1);
		expect(parseAuthorization(seen[0].authorization).oauth_token).toBe(AUTH_TOKEN);
		expect(signatureVerifies('GET', seen[0].path, seen[0].authorization, SECRET_KEY)).toBe(true);
	});
});

describe('Call-Em-All credential › test request base URL', () => {
	// Issue 18: the test called $credentials.baseUrl.replace(…) with no fallback, so a credential
	// saved before the Base URL field existed broke it. It falls back to production, as
	// PhoneBurner's does (vendor-docs/README.md: production is https://rest.text-em-all.com).
	it.each([
		[
			'the Base URL given',
			{ baseUrl: 'https://staging-rest.call-em-all.com' },
			'https://staging-rest.call-em-all.com',
		],
		[
			'the Base URL without its trailing slashes',
			{ baseUrl: 'https://rest.text-em-all.com//' },
			BASE,
		],
		['production when the credential has no Base URL', {}, BASE],
		['production when the Base URL is empty', { baseUrl: '' }, BASE],
	])('resolves to %s', (_name, data, expected) => {
		expect(testBaseUrl({ ...CREDENTIALS.callEmAllApi, baseUrl: undefined, ...data })).toBe(
			expected,
		);
	});

	it('tests a credential saved without a Base URL against production', async () => {
		const seen: Seen[] = [];
		nock(BASE)
			.get('/v1/lists/everyone')
			.reply(recordTo(seen, 200, DOC.everyone));
		const { baseUrl: _unused, ...withoutBaseUrl } = CREDENTIALS.callEmAllApi;
		void _unused;
		const response = await credentialTest({ ...withoutBaseUrl, sessionToken: '' });
		expect(response.statusCode).toBe(200);
		expect(seen).toHaveLength(1);
		expect(signatureVerifies('GET', seen[0].path, seen[0].authorization, SECRET_KEY)).toBe(true);
	});
});
