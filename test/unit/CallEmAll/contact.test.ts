/** Contact: every operation's signed request, as the doc documents it. */
import nock from 'nock';

import { clearLoginCache } from '../../../nodes/CallEmAll/helpers/login';
import { sendsEveryOperation, type Case } from './cases';
import { DOC } from './fixtures';

beforeEach(() => clearLoginCache());
afterEach(() => nock.cleanAll());

const CASES: Case[] = [
	{
		name: 'Contact › Get Many (search fields)',
		parameters: {
			resource: 'contact',
			operation: 'getAll',
			returnAll: false,
			limit: 2,
			options: {
				filterPrimaryPhone: '2145554846',
				filterLastName: 'Lilly',
				filterIntegrationData: 'A67CH829',
			},
		},
		method: 'GET',
		path: '/v1/contacts?PrimaryPhone=2145554846&LastName=Lilly&IntegrationData=A67CH829&pagesize=2',
		answer: DOC.contactFeed,
	},
	{
		name: 'Contact › Get',
		parameters: { resource: 'contact', operation: 'get', contactId: '4947403' },
		method: 'GET',
		path: '/v1/contacts/4947403',
		answer: DOC.contact,
	},
	{
		name: 'Contact › Create',
		parameters: {
			resource: 'contact',
			operation: 'create',
			primaryPhone: '2145555055',
			contactFields: { FirstName: 'John', LastName: 'Doe', Notes: 'cell' },
		},
		method: 'POST',
		path: '/v1/contacts',
		body: { PrimaryPhone: '2145555055', FirstName: 'John', LastName: 'Doe', Notes: 'cell' },
		answer: DOC.contactCreated,
	},
	{
		name: 'Contact › Delete',
		parameters: { resource: 'contact', operation: 'delete', contactId: '4947403' },
		method: 'DELETE',
		path: '/v1/contacts/4947403',
		answer: '',
	},
	{
		name: 'Contact › Delete Many (one request with a body, chosen explicitly)',
		parameters: {
			resource: 'contact',
			operation: 'deleteMany',
			all: false,
			contactIds: '1, 2',
			deleteRequests: 'bulk',
		},
		method: 'DELETE',
		path: '/v1/contacts',
		body: [{ PersonID: 1 }, { PersonID: 2 }],
		answer: '',
	},
];

sendsEveryOperation('contact', CASES);
