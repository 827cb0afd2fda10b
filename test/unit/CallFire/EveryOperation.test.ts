/**
 * The per-operation tests (all 104) live in `<resource>.test.ts`, one file per resource, each
 * run by `sendsEveryOperation` (cases.ts): the exact request each operation sends against the doc,
 * and the items it makes of the doc's own example answer. This file checks they add up: every
 * endpoint row has a case and a doc answer, every form a form case, every resource its file.
 */
import { DOC_RESPONSES } from './docResponses';
import { ENDPOINT_ROWS } from './endpoints';
import { FORM_CASES } from './formCases';
import { ALL_CASES as cases, operationsOf, resourcesOf } from './cases';

/** The resources that have a `<resource>.test.ts` here (each covers all its operations). */
const TESTED_RESOURCES = [
	'account',
	'autoReply',
	'batch',
	'call',
	'callBroadcast',
	'callRecording',
	'contact',
	'contactList',
	'doNotContact',
	'keyword',
	'keywordLease',
	'media',
	'number',
	'numberLease',
	'order',
	'sound',
	'text',
	'textBroadcast',
	'webhook',
];

describe('CallFire › every operation sends its documented request', () => {
	it('covers all 104 rows, each with the doc example answer', () => {
		expect(cases).toHaveLength(104);
		const rows = new Set(ENDPOINT_ROWS.map(([method, path]) => `${method} ${path}`));
		for (const { spec } of cases) {
			expect(rows.has(`${spec.method} /v2${spec.path}`)).toBe(true);
			expect(DOC_RESPONSES[`${spec.method} ${spec.path}`]).toBeDefined();
		}
	});

	it('has a form case for every operation with a form', () => {
		const withForm = cases
			.filter(({ spec }) => spec.form)
			.map(({ spec }) => `${spec.method} ${spec.path}`);
		const covered = new Set(FORM_CASES.map((entry) => entry.endpoint));
		expect(withForm.filter((endpoint) => !covered.has(endpoint))).toEqual([]);
	});

	it('has a test file for every resource, and the resources offer all 104 operations', () => {
		// Each <resource>.test.ts checks that its cases cover operationsOf(resource) (cases.ts).
		const resources = resourcesOf();
		expect([...resources].sort()).toEqual(TESTED_RESOURCES);
		expect([...new Set(cases.map(({ resource }) => resource))].sort()).toEqual(
			[...resources].sort(),
		);
		expect(resources.flatMap((resource) => operationsOf(resource))).toHaveLength(104);
	});
});
