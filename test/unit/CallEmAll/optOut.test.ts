/** Opt Out: every operation's signed request, as the doc documents it. */
import nock from 'nock';

import { clearLoginCache } from '../../../nodes/CallEmAll/helpers/login';
import { sendsEveryOperation, type Case } from './cases';
import { DOC } from './fixtures';

beforeEach(() => clearLoginCache());
afterEach(() => nock.cleanAll());

const CASES: Case[] = [
	{
		name: 'Opt Out › Get Many',
		parameters: {
			resource: 'optOut',
			operation: 'getAll',
			returnAll: true,
			options: { dateFrom: '2020-10-01T00:00:00' },
		},
		method: 'GET',
		path: '/v1/optouts?date-from=2020-10-01&pagesize=1000',
		answer: DOC.optOutFeed,
	},
];

sendsEveryOperation('optOut', CASES);
