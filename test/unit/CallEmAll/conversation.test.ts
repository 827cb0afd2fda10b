/** Conversation: every operation's signed request, as the doc documents it. */
import nock from 'nock';

import { clearLoginCache } from '../../../nodes/CallEmAll/helpers/login';
import { sendsEveryOperation, type Case } from './cases';
import { DOC } from './fixtures';

beforeEach(() => clearLoginCache());
afterEach(() => nock.cleanAll());

const CASES: Case[] = [
	{
		name: 'Conversation › Get',
		parameters: {
			resource: 'conversation',
			operation: 'get',
			textPhoneNumber: '18338028132',
			phoneNumber: '2145555055',
		},
		method: 'GET',
		path: '/v1/conversations/single?textphonenumber=18338028132&phonenumber=2145555055',
		answer: DOC.conversation,
	},
];

sendsEveryOperation('conversation', CASES);
