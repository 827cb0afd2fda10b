/** Vendor errors as the user sees them: the vendor's Message and, for a 401, the likely cause. */
import nock from 'nock';

import { clearLoginCache } from '../../../nodes/CallEmAll/helpers/login';
import {
	BASE,
	DOC,
	SECRET_KEY,
	errorBody,
	parseAuthorization,
	recordTo,
	signatureVerifies,
	type Seen,
} from './fixtures';
import { run } from './requests';

beforeEach(() => clearLoginCache());
afterEach(() => nock.cleanAll());

describe('Call-Em-All › errors', () => {
	it('shows the vendor Message and, for a 401, the likely cause', async () => {
		nock(BASE).get('/v1/lists/everyone').reply(401, {
			ErrorCode: 1,
			ErrorName: 'Unauthorized',
			ErrorType: 'Auth',
			Message: 'Invalid token.',
		});
		const { error } = await run({ resource: 'contactList', operation: 'getEveryone' });
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toBe(
			'Invalid token. (check the App Key and Secret Key, or the Auth Token may have expired)',
		);
		expect(JSON.stringify(error)).not.toContain(SECRET_KEY);
	});

	it('keeps going with Continue On Fail', async () => {
		nock(BASE).get('/v1/contacts/9').reply(404, {
			ErrorCode: 404,
			ErrorName: 'NotFound',
			ErrorType: 'Client',
			Message: 'Contact not found.',
		});
		const { items, error } = await run(
			{ resource: 'contact', operation: 'get', contactId: '9' },
			{ continueOnFail: true },
		);
		expect(error).toBeUndefined();
		expect(items[0].json.error).toBe('Contact not found.');
	});

	it('retries a 429 with a fresh nonce and a valid signature', async () => {
		const seen: Seen[] = [];
		nock(BASE)
			.get('/v1/lists/34')
			.reply(function reply(uri, body) {
				recordTo(seen, 429, {}).call(this, uri, body);
				return [
					429,
					errorBody('Too many requests', 429, 'TooManyRequests'),
					{ 'Retry-After': '0' },
				];
			})
			.get('/v1/lists/34')
			.reply(recordTo(seen, 200, DOC.list));

		const { items, error } = await run({ resource: 'contactList', operation: 'get', listId: '34' });

		expect(error).toBeUndefined();
		expect(items.map((item) => item.json)).toEqual([DOC.list]);
		expect(seen).toHaveLength(2);
		const [first, second] = seen.map((request) => parseAuthorization(request.authorization));
		expect(first.oauth_nonce).not.toBe(second.oauth_nonce);
		for (const request of seen) {
			expect(signatureVerifies('GET', request.path, request.authorization)).toBe(true);
		}
	});
});
