import nock from 'nock';

import { run, sendsEveryOperation } from './cases';
import { BASE } from './fixtures';

sendsEveryOperation('contactList');

afterEach(() => nock.cleanAll());

describe('CallFire › paths with parameters', () => {
	it('deletes contacts from a list with contactId repeated in the query, as the doc sends it', async () => {
		// Doc line 6841: ...items?contactId=22277003&contactId=23377003
		const scope = nock(BASE)
			.delete('/v2/contacts/lists/77/items')
			.query({ contactId: ['1', '2'] })
			.reply(200, '');
		const { error } = await run({
			resource: 'contactList',
			operation: 'removeItems',
			id: '77',
			contactListRemoveItemsContactId: '1,2',
		});
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});
});
