import nock from 'nock';

import { runNode } from '../../helpers/harness';
import { parameterName } from '../../../nodes/PhoneBurner/GenericFunctions';
import { BASE, CREDENTIALS, OAUTH_CREDENTIALS, TEST_TOKEN } from './fixtures';

export const AUTH = { reqheaders: { authorization: `Bearer ${TEST_TOKEN}` } };

export function run(
	parameters: Record<string, unknown>,
	input?: Array<{ json: object }>,
	extra: { continueOnFail?: boolean; oauth?: boolean } = {},
) {
	return runNode({
		type: 'phoneBurner',
		parameters: {
			authentication: extra.oauth ? 'oAuth2' : 'accessToken',
			...named(parameters),
		} as never,
		credentials: extra.oauth ? OAUTH_CREDENTIALS : CREDENTIALS,
		input: input as never,
		continueOnFail: extra.continueOnFail,
	});
}

/** Tests write the short parameter names; the node's are unique per resource. */
const RENAMED = [
	'additionalFields',
	'callId',
	'contactId',
	'customFieldId',
	'dialSessionId',
	'emailId',
	'folderId',
	'phoneId',
	'phoneNumber',
	'tagId',
	'userId',
];
function named(parameters: Record<string, unknown>): Record<string, unknown> {
	const resource = String(parameters.resource);
	return Object.fromEntries(
		Object.entries(parameters).map(([key, value]) => [
			RENAMED.includes(key) ? parameterName(resource, key) : key,
			value,
		]),
	);
}

export interface Expected {
	method: string;
	path: string;
	query?: Record<string, string>;
	/** The exact JSON body; without it, the request must carry none. */
	body?: object;
	status?: number;
	/** The doc's example answer; without it, 204 No Content. */
	reply?: object;
}

/** The fake PhoneBurner for one request: it answers only the exact request, Bearer signed. */
export function vendor(expected: Expected, token = TEST_TOKEN) {
	const sent: string[] = [];
	let interceptor = nock(BASE, { reqheaders: { authorization: `Bearer ${token}` } }).intercept(
		`/rest/1${expected.path}`,
		expected.method,
		expected.body as nock.RequestBodyMatcher | undefined,
	);
	if (expected.query) interceptor = interceptor.query(expected.query);
	const scope =
		expected.reply === undefined
			? interceptor.reply(expected.status ?? 204)
			: interceptor.reply(expected.status ?? 200, expected.reply as nock.Body);
	scope.on('request', (_request: unknown, _interceptor: unknown, body: string) => sent.push(body));
	return { scope, sent };
}
