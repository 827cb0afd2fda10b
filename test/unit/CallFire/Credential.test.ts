/**
 * The credential without a Base URL (saved before the field existed, or with it emptied): its
 * test, the node, the trigger's registration and the dropdowns all reach production, as the
 * doc names it: "API Endpoint https://api.callfire.com/v2" (callfire-api-v2.txt, lines 10-12).
 */
import { httpRequest } from 'n8n-core/dist/execution-engine/node-execution-context/utils/request-helper-functions';
import nock from 'nock';
import {
	Workflow,
	type ICredentialDataDecryptedObject,
	type IHttpRequestOptions,
	type IN8nHttpFullResponse,
	type INodeTypes,
	type NodeParameterValueType,
} from 'n8n-workflow';

import { CallFireApi } from '../../../credentials/CallFireApi.credentials';
import { runNode } from '../../helpers/harness';
import { ACCOUNT, BASE, BASIC_AUTH, TEST_LOGIN, TEST_PASSWORD } from './fixtures';

const credential = new CallFireApi();

/** The test request's Base URL, resolved by n8n's own expression engine with `$credentials`. */
function testBaseUrl(credentials: ICredentialDataDecryptedObject): string {
	// n8n's credential tester runs the request on a stand-in node with no parameters of its own.
	const stand = { description: { properties: [] } };
	const nodeTypes = {
		getByName: () => stand,
		getByNameAndVersion: () => stand,
		getKnownTypes: () => ({}),
	};
	const workflow = new Workflow({
		id: 'credential-test',
		nodes: [
			{
				id: 'temp',
				name: 'Temp',
				type: 'n8n-nodes-base.noOp',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
		],
		connections: {},
		nodeTypes: nodeTypes as unknown as INodeTypes,
		active: false,
	});
	return String(
		workflow.expression.getParameterValue(
			credential.test.request.baseURL as NodeParameterValueType,
			null,
			0,
			0,
			'Temp',
			[],
			'internal',
			{ $credentials: credentials },
			undefined,
			false,
		),
	);
}

async function credentialTest(
	credentials: ICredentialDataDecryptedObject,
): Promise<IN8nHttpFullResponse> {
	const request: IHttpRequestOptions = {
		baseURL: testBaseUrl(credentials),
		url: String(credential.test.request.url),
		method: credential.test.request.method,
		json: true,
		returnFullResponse: true,
	};
	const signed = await credential.authenticate(credentials, request);
	return (await httpRequest(signed)) as IN8nHttpFullResponse;
}

const withoutBaseUrl = { username: TEST_LOGIN, password: TEST_PASSWORD };

afterEach(() => nock.cleanAll());

describe('CallFire credential › no Base URL', () => {
	it.each([
		['has no Base URL at all', withoutBaseUrl],
		['has an empty Base URL', { ...withoutBaseUrl, baseUrl: '' }],
	])(
		'the credential test reads /me/account in production when the credential %s',
		async (_case, data) => {
			expect(testBaseUrl(data)).toBe('https://api.callfire.com/v2');
			const scope = nock(BASE).get('/v2/me/account').basicAuth(BASIC_AUTH).reply(200, ACCOUNT);
			const response = await credentialTest(data);
			expect(scope.isDone()).toBe(true);
			expect(response.body).toEqual(ACCOUNT);
		},
	);

	it('the credential test keeps a Base URL that is set, without its trailing slashes', () => {
		expect(testBaseUrl({ ...withoutBaseUrl, baseUrl: 'http://127.0.0.1:9999/v2//' })).toBe(
			'http://127.0.0.1:9999/v2',
		);
	});

	it('the node sends to production when the credential has no Base URL', async () => {
		const scope = nock(BASE).get('/v2/me/account').basicAuth(BASIC_AUTH).reply(200, ACCOUNT);
		const { items, error } = await runNode({
			type: 'callFire',
			parameters: { resource: 'account', operation: 'get' },
			credentials: { callFireApi: withoutBaseUrl },
		});
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items.map((item) => item.json)).toEqual([ACCOUNT]);
	});
});
