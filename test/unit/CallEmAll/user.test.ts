/**
 * Account User › Create and Update against the doc's Create User and Update User Settings
 * (call-em-all-rest-v1.txt lines 5-264), issue 18.
 */
import nock from 'nock';

import { clearLoginCache } from '../../../nodes/CallEmAll/helpers/login';
import { sendsEveryOperation, type Case } from './cases';
import { BASE, DOC, ZERO, loginAnswer, recordTo, type Seen } from './fixtures';
import { bodyOf, run } from './requests';

function usersAt(seen: Seen[]) {
	nock(BASE)
		.persist()
		.put(/^\/v1\/account\/users\/\d+$/)
		.reply(recordTo(seen, 200, DOC.user));
	nock(BASE)
		.persist()
		.post('/v1/account/users')
		.reply(recordTo(seen, 200, DOC.user));
}

const update = { resource: 'user', operation: 'update', userId: '208867' };

beforeEach(() => clearLoginCache());
afterEach(() => nock.cleanAll());

describe('Account User › Update', () => {
	// Lines 213-214 mark "String PinCode (R)" in the update's request properties. Lines 275-276
	// mark it (R) in the update's *response* properties as well, whose example (line 365) has no
	// PinCode, and the update's own example (line 264) sends none: `{ "Permissions": {
	// "CanSeeAllBroadcasts": true, } }`. The mark is the user model's, not a rule for every
	// update, so PinCode is only sent to change the password.
	it("sends the doc's update example as it is, without a PinCode", async () => {
		const seen: Seen[] = [];
		usersAt(seen);
		const { items, error } = await run({
			...update,
			userPermissions: { CanSeeAllBroadcasts: true },
		});
		expect(error).toBeUndefined();
		expect(seen.map((request) => `${request.method} ${request.path}`)).toEqual([
			'PUT /v1/account/users/208867',
		]);
		expect(bodyOf(seen[0])).toEqual({ Permissions: { CanSeeAllBroadcasts: true } });
		expect(items.map((item) => item.json)).toEqual([DOC.user]);
	});

	it('sends a new PIN only when one is given', async () => {
		const seen: Seen[] = [];
		usersAt(seen);
		const { error } = await run({ ...update, userFields: { PinCode: 'new-pin-77' } });
		expect(error).toBeUndefined();
		expect(bodyOf(seen[0])).toEqual({ PinCode: 'new-pin-77' });
	});

	// Lines 241-252: "Model StartTimeOfDay", "Model StopTimeOfDay", "Boolean ContinueOnNextDay",
	// "ArrayList CallingWindowDays | The list of days that calls are limited to. E.g. "Monday",
	// "Tuesday". All days of the week if empty." The models' shape is the examples' (line 96):
	// "StartTimeOfDay": { "Hour": 7, "Minute": 0, }, "StopTimeOfDay": { "Hour": 20, "Minute": 0, }.
	it('sends the calling window and the permissions from real fields', async () => {
		const seen: Seen[] = [];
		usersAt(seen);
		const { error } = await run({
			...update,
			userFields: {
				callingWindowStart: '07:00',
				callingWindowEnd: '8:00 PM',
				ContinueOnNextDay: true,
				CallingWindowDays: ['Friday', 'Monday'],
			},
			userPermissions: {
				CanSeeAllBroadcasts: true,
				CanSeeAllRoster: true,
				CanSeeAllAudio: false,
				CanSeeGroupAudio: true,
			},
		});
		expect(error).toBeUndefined();
		expect(bodyOf(seen[0])).toEqual({
			StartTimeOfDay: { Hour: 7, Minute: 0 },
			StopTimeOfDay: { Hour: 20, Minute: 0 },
			ContinueOnNextDay: true,
			CallingWindowDays: ['Monday', 'Friday'],
			Permissions: {
				CanSeeAllBroadcasts: true,
				CanSeeAllRoster: true,
				CanSeeAllAudio: false,
				CanSeeGroupAudio: true,
			},
		});
	});

	it('merges permissions of Extra Fields (JSON) with those of the fields', async () => {
		const seen: Seen[] = [];
		usersAt(seen);
		const { error } = await run({
			...update,
			userFields: { json: '{"Permissions": {"CanSeeAllAudio": true}, "Retries": 2}' },
			userPermissions: { CanSeeAllBroadcasts: true },
		});
		expect(error).toBeUndefined();
		expect(bodyOf(seen[0])).toEqual({
			Retries: 2,
			Permissions: { CanSeeAllBroadcasts: true, CanSeeAllAudio: true },
		});
	});

	it.each([
		['nothing to change (an empty PUT)', {}, 'Nothing to change: add a field or a permission'],
		[
			'no calling days, which the doc reads as every day (line 252)',
			{ userFields: { CallingWindowDays: [] } },
			'Calling Days has no days',
		],
		[
			'a day that is not one',
			{ userFields: { CallingWindowDays: '={{ "Monday, Funday" }}' } },
			'Calling Days: "Funday" is not a day of the week',
		],
		[
			'a calling window time that is not one',
			{ userFields: { callingWindowStart: '25:00' } },
			'Calling Window Start "25:00" is not a time of day',
		],
		[
			'a bare hour without AM or PM',
			{ userFields: { callingWindowEnd: '8' } },
			'Calling Window End "8" is not a time of day',
		],
	])('refuses %s before any request', async (_name, change, message) => {
		const seen: Seen[] = [];
		usersAt(seen);
		const { error } = await run({ ...update, ...change });
		expect(error?.message).toBe(message);
		expect(seen).toEqual([]);
	});
});

describe('Account User › Create', () => {
	// Lines 18-19: "String PinCode (R)" for a new user: required there, as the node's PIN Code.
	it("sends the doc's create example (line 96) from real fields", async () => {
		const seen: Seen[] = [];
		usersAt(seen);
		const { error } = await run({
			resource: 'user',
			operation: 'create',
			userName: 'apitest@cea',
			pinCode: 'notmypwd123!!!',
			userFields: {
				FirstName: 'Luke',
				LastName: 'Skywalker',
				Email: 'luke@galaxy.com',
				Phone: '2027075000',
				State: 'TX',
				CallerID: '2027075000',
				CallThrottle: 10,
				callingWindowStart: '7:00',
				callingWindowEnd: '20:00',
				ContinueOnNextDay: true,
				Retries: 1,
				MaxMessageLength: 120,
			},
			userPermissions: {
				CanSeeAllBroadcasts: true,
				CanSeeAllRoster: true,
				CanSeeGroupAudio: true,
			},
		});
		expect(error).toBeUndefined();
		expect(bodyOf(seen[0])).toEqual({
			UserName: 'apitest@cea',
			PinCode: 'notmypwd123!!!',
			FirstName: 'Luke',
			LastName: 'Skywalker',
			Email: 'luke@galaxy.com',
			Phone: '2027075000',
			State: 'TX',
			CallerID: '2027075000',
			CallThrottle: 10,
			StartTimeOfDay: { Hour: 7, Minute: 0 },
			StopTimeOfDay: { Hour: 20, Minute: 0 },
			ContinueOnNextDay: true,
			Retries: 1,
			MaxMessageLength: 120,
			Permissions: { CanSeeAllBroadcasts: true, CanSeeAllRoster: true, CanSeeGroupAudio: true },
		});
	});

	it('is not run without the required PIN Code', async () => {
		await expect(
			run({ resource: 'user', operation: 'create', userName: 'apitest@cea', pinCode: '' }),
		).rejects.toThrow('The workflow has issues');
	});
});

const CASES: Case[] = [
	{
		name: 'Account User › Create',
		parameters: {
			resource: 'user',
			operation: 'create',
			userName: 'apitest@cea',
			pinCode: 'pin-1',
			userFields: {
				FirstName: 'Luke',
				CallThrottle: 10,
				json: '{"StartTimeOfDay":{"Hour":7,"Minute":0}}',
			},
		},
		method: 'POST',
		path: '/v1/account/users',
		body: {
			UserName: 'apitest@cea',
			PinCode: 'pin-1',
			FirstName: 'Luke',
			CallThrottle: 10,
			StartTimeOfDay: { Hour: 7, Minute: 0 },
		},
		answer: DOC.user,
	},
	{
		name: 'Account User › Update',
		parameters: {
			resource: 'user',
			operation: 'update',
			userId: '208867',
			userFields: { json: '{"Permissions":{"CanSeeAllBroadcasts":true}}' },
		},
		method: 'PUT',
		path: '/v1/account/users/208867',
		body: { Permissions: { CanSeeAllBroadcasts: true } },
		answer: DOC.user,
	},
	{
		name: 'Account User › Log In',
		parameters: { resource: 'user', operation: 'logIn', userName: 'apitest@cea', pinCode: 'x1' },
		method: 'POST',
		path: '/v1/user/login',
		body: { UserName: 'apitest@cea', PinCode: 'x1' },
		answer: loginAnswer(ZERO),
		token: ZERO,
	},
];

sendsEveryOperation('user', CASES);
