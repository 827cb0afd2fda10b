import nock from 'nock';

import * as DOC from './docExamples';
import { SUCCESS, list, pageQuery, sendsEveryOperation, type Case } from './cases';

afterEach(() => nock.cleanAll());

/**
 * Every Custom Field operation: its exact request as the doc documents it, answered with the doc's own
 * example (or 204 where the doc says so), and the clean items it outputs.
 */
const CASES: Case[] = [
	// Custom Field
	{
		title: 'custom field get many',
		parameters: { resource: 'customField', operation: 'getAll', ...list(1) },
		method: 'GET',
		path: '/customfields',
		query: pageQuery(1),
		reply: DOC.customFieldsList,
		output: DOC.customFieldsList.customfields.customfields,
	},
	{
		title: 'custom field create (the doc shows no answer for it: the custom field of its Get)',
		parameters: {
			resource: 'customField',
			operation: 'create',
			customFieldDisplayName: 'Test field 1',
			customFieldType: 1,
			additionalFields: { display_order: 5 },
		},
		method: 'POST',
		path: '/customfields',
		body: { display_name: 'Test field 1', type: 1, display_order: 5 },
		reply: DOC.customFieldGet,
		output: DOC.customFieldGet.customfields.customfields,
	},
	{
		title: 'custom field get',
		parameters: { resource: 'customField', operation: 'get', customFieldId: '215' },
		method: 'GET',
		path: '/customfields/215',
		reply: DOC.customFieldGet,
		output: DOC.customFieldGet.customfields.customfields,
	},
	{
		title: 'custom field update (the doc shows no answer for it: the custom field of its Get)',
		parameters: {
			resource: 'customField',
			operation: 'update',
			customFieldId: '215',
			additionalFields: { display_name: 'Updating', display_order: 4, type: 2 },
		},
		method: 'PUT',
		path: '/customfields/215',
		body: { display_name: 'Updating', display_order: 4, type: 2 },
		reply: DOC.customFieldGet,
		output: DOC.customFieldGet.customfields.customfields,
	},
	{
		title: 'custom field delete',
		parameters: { resource: 'customField', operation: 'delete', customFieldId: '215' },
		method: 'DELETE',
		path: '/customfields/215',
		output: SUCCESS,
	},
];

sendsEveryOperation('customField', CASES);
