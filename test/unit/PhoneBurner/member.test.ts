import nock from 'nock';

import * as DOC from './docExamples';
import { SUCCESS, list, pageQuery, sendsEveryOperation, type Case } from './cases';

afterEach(() => nock.cleanAll());

/**
 * Every Member operation: its exact request as the doc documents it, answered with the doc's own
 * example (or 204 where the doc says so), and the clean items it outputs.
 */
const CASES: Case[] = [
	// Member
	{
		title: 'member get many',
		parameters: { resource: 'member', operation: 'getAll', ...list() },
		method: 'GET',
		path: '/members',
		query: pageQuery(),
		reply: DOC.membersList,
		output: DOC.membersList.members.members,
	},
	{
		title: 'member get',
		parameters: { resource: 'member', operation: 'get', userId: '1234567' },
		method: 'GET',
		path: '/members/1234567',
		reply: DOC.memberGet,
		output: DOC.memberGet.members.members,
	},
	{
		title: 'member create',
		parameters: {
			resource: 'member',
			operation: 'create',
			memberUsername: 'gumby',
			memberPassword: 'abcdef',
			memberFirstName: 'foobar',
			memberEmail: 'gumby@networxonline.com',
			memberBillingItemId: '183',
			memberBillingGroupId: '63',
			memberSubgroupId: '1243',
		},
		method: 'POST',
		path: '/members',
		body: {
			username: 'gumby',
			password: 'abcdef',
			first_name: 'foobar',
			email: 'gumby@networxonline.com',
			billing_item_id: 183,
			billing_group_id: '63',
			subgroup_id: '1243',
		},
		status: 201,
		reply: DOC.memberCreate,
		output: [DOC.memberCreate.members.members],
	},
	{
		title: 'member update',
		parameters: {
			resource: 'member',
			operation: 'update',
			userId: '25381104',
			additionalFields: { first_name: 'johnny5' },
		},
		method: 'PUT',
		path: '/members/25381104',
		body: { first_name: 'johnny5' },
		reply: DOC.memberUpdate,
		output: [DOC.memberUpdate.members.members],
	},
	{
		title: 'member delete',
		parameters: { resource: 'member', operation: 'delete', userId: '25381104' },
		method: 'DELETE',
		path: '/members/25381104',
		output: SUCCESS,
	},
];

sendsEveryOperation('member', CASES);
