import nock from 'nock';

import { run } from './requests';
import { SUCCESS, sendsEveryOperation, type Case } from './cases';

afterEach(() => nock.cleanAll());

/**
 * Every Phone Number operation: its exact request as the doc documents it, answered with the doc's own
 * example (or 204 where the doc says so), and the clean items it outputs.
 */
const CASES: Case[] = [
	// Phone Number
	{
		title: 'phone number delete',
		parameters: { resource: 'phoneNumber', operation: 'delete', phoneNumber: '9495551234' },
		method: 'DELETE',
		path: '/phonenumber/9495551234',
		output: SUCCESS,
	},
];

sendsEveryOperation('phoneNumber', CASES);

describe('PhoneBurner › Phone Number', () => {
	it.each(['abc', '-------', '()-. ()'])(
		'rejects %s as a phone number to delete',
		async (phone) => {
			const { error } = await run({
				resource: 'phoneNumber',
				operation: 'delete',
				phoneNumber: phone,
			});
			expect(error?.message).toContain('"Phone Number" field is not a phone number');
		},
	);
});
