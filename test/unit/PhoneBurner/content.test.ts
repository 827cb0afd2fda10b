import nock from 'nock';

import * as DOC from './docExamples';
import { sendsEveryOperation, type Case } from './cases';

afterEach(() => nock.cleanAll());

/**
 * Every Content operation: its exact request as the doc documents it, answered with the doc's own
 * example (or 204 where the doc says so), and the clean items it outputs.
 */
const CASES: Case[] = [
	// Content
	{
		title: 'content get with type and list',
		parameters: {
			resource: 'content',
			operation: 'get',
			filters: { type: 'onetouch', list: 'both' },
		},
		method: 'GET',
		path: '/content',
		query: { type: 'onetouch', list: 'both' },
		reply: DOC.content,
		output: DOC.content.content.emails,
	},
	{
		title: 'content get without filters',
		parameters: { resource: 'content', operation: 'get' },
		method: 'GET',
		path: '/content',
		reply: DOC.content,
		output: DOC.content.content.emails,
	},
];

sendsEveryOperation('content', CASES);
