import nock from 'nock';

import * as DOC from './docExamples';
import { SUCCESS, list, pageQuery, sendsEveryOperation, type Case } from './cases';

afterEach(() => nock.cleanAll());

/**
 * Every Contact Tag operation: its exact request as the doc documents it, answered with the doc's own
 * example (or 204 where the doc says so), and the clean items it outputs.
 */
const CASES: Case[] = [
	// Contact Tag
	{
		title: 'contact tag get many',
		parameters: { resource: 'contactTag', operation: 'getAll', contactId: '382390387', ...list() },
		method: 'GET',
		path: '/contacts/382390387/tags',
		query: pageQuery(),
		reply: DOC.contactTagsList,
		output: DOC.contactTagsList.tags.tags,
	},
	{
		title: 'contact tag add',
		parameters: {
			resource: 'contactTag',
			operation: 'add',
			contactId: '382390387',
			contactTagTitle: 'Your tag title goes here',
		},
		method: 'POST',
		path: '/contacts/382390387/tags',
		body: { title: 'Your tag title goes here' },
		status: 202,
		reply: DOC.contactTagAdd,
		output: [DOC.contactTagAdd.tag],
	},
	{
		title: 'contact tag get',
		parameters: {
			resource: 'contactTag',
			operation: 'get',
			contactId: '382390387',
			tagId: '4406099',
		},
		method: 'GET',
		path: '/contacts/382390387/tags/4406099',
		status: 202,
		reply: DOC.contactTagGet,
		output: [DOC.contactTagGet.tag],
	},
	{
		title: 'contact tag update (the doc shows no answer for it: the tag answer of its Get)',
		parameters: {
			resource: 'contactTag',
			operation: 'update',
			contactId: '382390387',
			tagId: '4406099',
			contactTagTitle: 'Sample Tag',
		},
		method: 'PUT',
		path: '/contacts/382390387/tags/4406099',
		body: { title: 'Sample Tag' },
		status: 202,
		reply: DOC.contactTagGet,
		output: [DOC.contactTagGet.tag],
	},
	{
		title: 'contact tag remove',
		parameters: { resource: 'contactTag', operation: 'remove', contactId: '1', tagId: '5' },
		method: 'DELETE',
		path: '/contacts/1/tags/5',
		output: SUCCESS,
	},
];

sendsEveryOperation('contactTag', CASES);
