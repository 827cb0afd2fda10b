import nock from 'nock';

import * as DOC from './docExamples';
import { SUCCESS, list, pageQuery, sendsEveryOperation, type Case } from './cases';

afterEach(() => nock.cleanAll());

/**
 * Every Contact Custom Field operation: its exact request as the doc documents it, answered with the doc's own
 * example (or 204 where the doc says so), and the clean items it outputs.
 */
const CASES: Case[] = [
	// Contact Custom Field
	{
		title: 'contact custom field get many',
		parameters: { resource: 'contactCustomField', operation: 'getAll', contactId: '1', ...list() },
		method: 'GET',
		path: '/contacts/1/customfields',
		query: pageQuery(),
		reply: DOC.contactCustomFieldsList,
		output: DOC.contactCustomFieldsList.customfields.customfields,
	},
	{
		title: 'contact custom field get',
		parameters: {
			resource: 'contactCustomField',
			operation: 'get',
			contactId: '106556132',
			customFieldId: '34377',
		},
		method: 'GET',
		path: '/contacts/106556132/customfields/34377',
		reply: DOC.contactCustomFieldGet,
		output: DOC.contactCustomFieldGet.customfields.customfields,
	},
	{
		title: 'contact custom field add',
		parameters: {
			resource: 'contactCustomField',
			operation: 'add',
			contactId: '1',
			customFieldId: '77981',
			contactCustomFieldValue: 'New Value',
		},
		method: 'POST',
		path: '/contacts/1/customfields/77981',
		body: { value: 'New Value' },
		reply: DOC.contactCustomFieldAdd,
		output: DOC.contactCustomFieldAdd.customfields.customfields,
	},
	{
		title: 'contact custom field update',
		parameters: {
			resource: 'contactCustomField',
			operation: 'update',
			contactId: '1',
			customFieldId: '77981',
			contactCustomFieldValue: 'New Value',
		},
		method: 'PUT',
		path: '/contacts/1/customfields/77981',
		body: { value: 'New Value' },
		reply: DOC.contactCustomFieldUpdate,
		output: DOC.contactCustomFieldUpdate.customfields.customfields,
	},
	{
		title: 'contact custom field remove',
		parameters: {
			resource: 'contactCustomField',
			operation: 'remove',
			contactId: '1',
			customFieldId: '77981',
		},
		method: 'DELETE',
		path: '/contacts/1/customfields/77981',
		output: SUCCESS,
	},
];

sendsEveryOperation('contactCustomField', CASES);
