import nock from 'nock';

import { PhoneBurner } from '../../../nodes/PhoneBurner/PhoneBurner.node';
import * as DOC from './docExamples';
import { OAUTH_TOKEN } from './fixtures';
import { run, vendor } from './requests';
import { list, operationsOf, pageQuery } from './cases';

afterEach(() => nock.cleanAll());

describe('PhoneBurner › signing in', () => {
	it('signs with the OAuth2 access token when Authentication is OAuth2', async () => {
		// The credential extends oAuth2Api, so n8n-core signs the request through its OAuth2 helper.
		const { scope } = vendor(
			{
				method: 'GET',
				path: '/tags',
				query: pageQuery(),
				reply: DOC.tagsList,
			},
			OAUTH_TOKEN,
		);
		const { items, error } = await run(
			{ resource: 'tag', operation: 'getAll', ...list() },
			undefined,
			{ oauth: true },
		);
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items.map((item) => item.json)).toEqual(DOC.tagsList.tags.tags);
		expect(JSON.stringify(items)).not.toContain(OAUTH_TOKEN);
	});
});

/** The resources that have a `<resource>.test.ts` here (each covers all its operations). */
const TESTED_RESOURCES = [
	'contact',
	'contactCustomField',
	'contactEmail',
	'contactPhone',
	'contactTag',
	'content',
	'customField',
	'dialSession',
	'folder',
	'member',
	'phoneNumber',
	'tag',
	'voicemail',
];

describe('PhoneBurner › the unit tests cover the node', () => {
	it('has a test file for every resource, and every resource file covers all its operations', () => {
		const resources = (
			new PhoneBurner().description.properties.find((property) => property.name === 'resource')
				?.options ?? []
		).map((option) => String((option as { value: string }).value));
		expect(resources.sort()).toEqual(TESTED_RESOURCES);
		// Each <resource>.test.ts checks that its cases cover operationsOf(resource) (cases.ts).
		expect(resources.flatMap((resource) => operationsOf(resource))).toHaveLength(56);
	});
});
