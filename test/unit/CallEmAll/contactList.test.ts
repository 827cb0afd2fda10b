/** Contact List: every operation's signed request, as the doc documents it. */
import nock from 'nock';

import { clearLoginCache } from '../../../nodes/CallEmAll/helpers/login';
import { sendsEveryOperation, type Case } from './cases';
import { DOC } from './fixtures';

beforeEach(() => clearLoginCache());
afterEach(() => nock.cleanAll());

const CASES: Case[] = [
	{
		name: 'Contact List › Get Many (Return All asks for full pages)',
		parameters: { resource: 'contactList', operation: 'getAll', returnAll: true },
		method: 'GET',
		path: '/v1/lists?pagesize=1000',
		answer: DOC.listFeed,
	},
	{
		name: 'Contact List › Get',
		parameters: { resource: 'contactList', operation: 'get', listId: '34' },
		method: 'GET',
		path: '/v1/lists/34',
		answer: DOC.list,
	},
	{
		name: 'Contact List › Get Everyone List',
		parameters: { resource: 'contactList', operation: 'getEveryone' },
		method: 'GET',
		path: '/v1/lists/everyone',
		answer: DOC.everyone,
	},
	{
		name: 'Contact List › Create',
		parameters: {
			resource: 'contactList',
			operation: 'create',
			listName: 'Test Group',
			listFields: { ListDescription: 'Contact group created for test' },
		},
		method: 'POST',
		path: '/v1/lists',
		body: { ListName: 'Test Group', ListDescription: 'Contact group created for test' },
		answer: DOC.listCreated,
	},
	{
		name: 'Contact List › Delete',
		parameters: { resource: 'contactList', operation: 'delete', listId: '8' },
		method: 'DELETE',
		path: '/v1/lists/8',
		answer: '',
	},
	{
		name: 'Contact List › Get Contacts (search fields, page size)',
		parameters: {
			resource: 'contactList',
			operation: 'getContacts',
			listId: '34',
			returnAll: true,
			options: { filterFirstName: 'Bob', pageSize: 50 },
		},
		method: 'GET',
		path: '/v1/lists/34/contacts?pagesize=50&FirstName=Bob',
		answer: DOC.listContacts,
	},
	{
		name: 'Contact List › Remove Contact',
		parameters: {
			resource: 'contactList',
			operation: 'removeContact',
			listId: '34',
			listContactId: '4951360',
		},
		method: 'DELETE',
		path: '/v1/lists/34/contacts/4951360',
		answer: '',
	},
	{
		name: 'Contact List › Remove Contacts (one request with a body, chosen explicitly)',
		parameters: {
			resource: 'contactList',
			operation: 'removeContacts',
			listId: '34',
			all: false,
			contactIds: '5',
			deleteRequests: 'bulk',
		},
		method: 'DELETE',
		path: '/v1/lists/34/contacts',
		body: [{ PersonID: 5 }],
		answer: '',
	},
	{
		name: 'Contact List › Empty Deleted Folder',
		parameters: { resource: 'contactList', operation: 'purgeDeleted', all: true },
		method: 'DELETE',
		path: '/v1/lists/deleted/contacts',
		answer: '',
	},
];

sendsEveryOperation('contactList', CASES);
