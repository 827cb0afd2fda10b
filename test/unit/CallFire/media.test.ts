import nock from 'nock';

import { run, sendsEveryOperation } from './cases';

sendsEveryOperation('media');

afterEach(() => nock.cleanAll());

describe('CallFire › binary', () => {
	it('refuses an upload without the binary property', async () => {
		const { error } = await run({
			resource: 'media',
			operation: 'upload',
			binaryPropertyName: 'missing',
		});
		expect(error).toBeDefined();
	});
});
