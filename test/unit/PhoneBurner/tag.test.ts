import nock from 'nock';

import * as DOC from './docExamples';
import { SUCCESS, list, pageQuery, sendsEveryOperation, type Case } from './cases';

afterEach(() => nock.cleanAll());

/**
 * Every Tag operation: its exact request as the doc documents it, answered with the doc's own
 * example (or 204 where the doc says so), and the clean items it outputs.
 */
const CASES: Case[] = [
	// Tag
	{
		title: 'tag get many',
		parameters: { resource: 'tag', operation: 'getAll', ...list() },
		method: 'GET',
		path: '/tags',
		query: pageQuery(),
		reply: DOC.tagsList,
		output: DOC.tagsList.tags.tags,
	},
	{
		title: 'tag create',
		parameters: { resource: 'tag', operation: 'create', tagTitle: 'Your tag title goes here' },
		method: 'POST',
		path: '/tags',
		body: { title: 'Your tag title goes here' },
		status: 202,
		reply: DOC.tagCreate,
		output: [DOC.tagCreate.tag],
	},
	{
		title: 'tag update',
		parameters: {
			resource: 'tag',
			operation: 'update',
			tagId: '4406100',
			tagTitle: 'Your tag title goes here',
		},
		method: 'PUT',
		path: '/tags/4406100',
		body: { title: 'Your tag title goes here' },
		status: 202,
		reply: DOC.tagUpdate,
		output: [DOC.tagUpdate.tag],
	},
	{
		title: 'tag delete',
		parameters: { resource: 'tag', operation: 'delete', tagId: '4406100' },
		method: 'DELETE',
		path: '/tags/4406100',
		output: SUCCESS,
	},
];

sendsEveryOperation('tag', CASES);
