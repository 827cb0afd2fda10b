import nock from 'nock';

import { CallEmAll } from '../../../nodes/CallEmAll/CallEmAll.node';
import {
	APP_KEY,
	AUTH_TOKEN,
	BASE,
	SECRET_KEY,
	parseAuthorization,
	recordTo,
	signatureVerifies,
	type Seen,
} from './fixtures';
import { bodyOf, run, type Params } from './requests';

/** One operation's request as the doc documents it, and the doc's answer. */
export interface Case {
	name: string;
	parameters: Params;
	method: string;
	path: string;
	body?: unknown;
	answer?: unknown;
	/** The token the request is signed with (the all-zero one for the login). */
	token?: string;
}

const description = new CallEmAll().description;

/** The operations the node offers for a resource (its Operation dropdown). */
function operationsOf(resource: string): string[] {
	const selector = description.properties.find(
		(property) =>
			property.name === 'operation' && property.displayOptions?.show?.resource?.includes(resource),
	);
	return (selector?.options ?? []).map((option) => String((option as { value: string }).value));
}

/** The resource as the Resource dropdown names it. */
function nameOf(resource: string): string {
	const selector = description.properties.find((property) => property.name === 'resource');
	const option = (selector?.options ?? []).find(
		(entry) => (entry as { value: string }).value === resource,
	);
	return String((option as { name?: string } | undefined)?.name ?? resource);
}

/**
 * Every operation of one resource sends its request, signed with OAuth 1.0a, and outputs the
 * answer without a secret; and every operation the node offers for the resource has a case.
 */
export function sendsEveryOperation(resource: string, cases: Case[]): void {
	describe(`Call-Em-All › ${nameOf(resource)} › every operation sends a signed request`, () => {
		it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, testCase) => {
			const seen: Seen[] = [];
			const pathOnly = testCase.path.split('?')[0];
			nock(BASE)
				.intercept(pathOnly, testCase.method)
				.query(true)
				.reply(recordTo(seen, 200, testCase.answer));

			const { items, error } = await run(testCase.parameters);

			expect(error).toBeUndefined();
			expect(seen).toHaveLength(1);
			expect(seen[0].method).toBe(testCase.method);
			expect(new URL(seen[0].path, BASE).pathname).toBe(pathOnly);
			expect(Object.fromEntries(new URL(seen[0].path, BASE).searchParams)).toEqual(
				Object.fromEntries(new URL(testCase.path, BASE).searchParams),
			);
			if (testCase.body !== undefined) expect(bodyOf(seen[0])).toEqual(testCase.body);
			const oauth = parseAuthorization(seen[0].authorization);
			expect(oauth.oauth_consumer_key).toBe(APP_KEY);
			expect(oauth.oauth_token).toBe(testCase.token ?? AUTH_TOKEN);
			expect(oauth.oauth_signature_method).toBe('HMAC-SHA1');
			expect(signatureVerifies(testCase.method, seen[0].path, seen[0].authorization)).toBe(true);
			expect(items.length).toBeGreaterThan(0);
			expect(JSON.stringify(items)).not.toContain(SECRET_KEY);
		});

		it('covers every operation of the resource', () => {
			for (const entry of cases) expect(entry.parameters.resource).toBe(resource);
			const covered = new Set(cases.map((entry) => String(entry.parameters.operation)));
			expect([...covered].sort()).toEqual(operationsOf(resource).sort());
		});
	});
}
