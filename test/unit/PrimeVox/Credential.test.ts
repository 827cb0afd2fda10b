/**
 * The PrimeVox credential's test request, sent the way n8n sends it: its expressions resolved
 * with `$credentials`, then the credential's authentication, then the request (issue 18: a
 * saved credential without a Base URL is tested against the production API, as the node uses).
 */
import { httpRequest } from 'n8n-core/dist/execution-engine/node-execution-context/utils/request-helper-functions';
import nock from 'nock';
import type { ICredentialDataDecryptedObject, IHttpRequestOptions } from 'n8n-workflow';

import { PrimeVoxApi } from '../../../credentials/PrimeVoxApi.credentials';
import { resolveCredentialExpression } from '../../helpers/harness';
import { AUTH_QUERY, BASE, CREDENTIALS } from './fixtures';

const credential = new PrimeVoxApi();

async function credentialTest(data: ICredentialDataDecryptedObject) {
	const test = credential.test.request;
	const request: IHttpRequestOptions = {
		baseURL: String(resolveCredentialExpression(String(test.baseURL), data)),
		url: String(resolveCredentialExpression(String(test.url), data)),
		method: test.method,
		qs: test.qs,
		json: true,
	};
	return await httpRequest(await credential.authenticate(data, request));
}

describe('PrimeVox credential › test', () => {
	it.each([
		['with no Base URL saved', { ...CREDENTIALS.primeVoxApi, baseUrl: undefined }],
		['with an empty Base URL', { ...CREDENTIALS.primeVoxApi, baseUrl: '' }],
		[
			'with the Base URL given (and a trailing slash)',
			{ ...CREDENTIALS.primeVoxApi, baseUrl: 'https://pbx.primevox.net/api/' },
		],
	])('asks the Call Summary API of the production PBX %s', async (_case, data) => {
		const scope = nock(BASE)
			.get('/api/call_list.php')
			.query({ ...AUTH_QUERY, page: '1', showInbound: '0', showOutbound: '0', showInternal: '0' })
			.reply(200, {
				currentResultSize: 0,
				currentPage: 1,
				maxResultSize: 0,
				maxPages: 0,
				utcOffset: 0,
			});

		await credentialTest(data as ICredentialDataDecryptedObject);

		expect(scope.isDone()).toBe(true);
	});

	it('goes to the Base URL of a self-hosted PBX', async () => {
		const scope = nock('https://pbx.example.com')
			.get('/pbx/call_list.php')
			.query(true)
			.reply(200, {});

		await credentialTest({ ...CREDENTIALS.primeVoxApi, baseUrl: 'https://pbx.example.com/pbx' });

		expect(scope.isDone()).toBe(true);
	});

	it("fails on the doc's two error answers", () => {
		expect(
			credential.test.rules?.map((rule) => (rule.properties as { value: string }).value),
		).toEqual(['Your API Auth Key is invalid.', 'Your Container ID is invalid.']);
	});
});
