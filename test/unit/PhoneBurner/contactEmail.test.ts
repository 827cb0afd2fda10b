import nock from 'nock';

import * as DOC from './docExamples';
import { SUCCESS, list, pageQuery, sendsEveryOperation, type Case } from './cases';

afterEach(() => nock.cleanAll());

/**
 * Every Contact Email operation: its exact request as the doc documents it, answered with the doc's own
 * example (or 204 where the doc says so), and the clean items it outputs.
 */
const CASES: Case[] = [
	// Contact Email
	{
		title: 'contact email get many',
		parameters: {
			resource: 'contactEmail',
			operation: 'getAll',
			contactId: '382390387',
			...list(),
		},
		method: 'GET',
		path: '/contacts/382390387/emails',
		query: pageQuery(),
		reply: DOC.emailsList,
		output: DOC.emailsList.emails.emails,
	},
	{
		title: 'contact email add',
		parameters: {
			resource: 'contactEmail',
			operation: 'add',
			contactId: '382390388',
			contactEmailAddress: 'test7@example.com',
			contactEmailPrimary: true,
		},
		method: 'POST',
		path: '/contacts/382390388/emails',
		body: { email_address: 'test7@example.com', is_primary: true },
		status: 202,
		reply: DOC.emailAdd,
		output: [DOC.emailAdd.email],
	},
	{
		title: 'contact email replace all (list)',
		parameters: {
			resource: 'contactEmail',
			operation: 'replaceAll',
			contactId: '382391754',
			contactEmailInput: 'list',
			contactEmailList: {
				email: [
					{ email_address: 'joe@bob.com', is_primary: true },
					{ email_address: 'sally@fred.com', is_primary: false },
				],
			},
		},
		method: 'PUT',
		path: '/contacts/382391754/emails',
		body: {
			emails: [
				{ email_address: 'joe@bob.com', is_primary: true },
				{ email_address: 'sally@fred.com', is_primary: false },
			],
		},
		status: 202,
		reply: DOC.emailsReplaceAll,
		output: DOC.emailsReplaceAll.emails,
	},
	{
		title: 'contact email replace all (JSON)',
		parameters: {
			resource: 'contactEmail',
			operation: 'replaceAll',
			contactId: '382391754',
			contactEmailInput: 'json',
			contactEmailJson:
				'[{"email_address": "joe@bob.com", "is_primary": true}, {"email_address": "sally@fred.com", "is_primary": false}]',
		},
		method: 'PUT',
		path: '/contacts/382391754/emails',
		body: {
			emails: [
				{ email_address: 'joe@bob.com', is_primary: true },
				{ email_address: 'sally@fred.com', is_primary: false },
			],
		},
		status: 202,
		reply: DOC.emailsReplaceAll,
		output: DOC.emailsReplaceAll.emails,
	},
	{
		title: 'contact email get',
		parameters: {
			resource: 'contactEmail',
			operation: 'get',
			contactId: '382390387',
			emailId: '120954818',
		},
		method: 'GET',
		path: '/contacts/382390387/emails/120954818',
		reply: DOC.emailGet,
		output: [DOC.emailGet.email],
	},
	{
		title: 'contact email update',
		parameters: {
			resource: 'contactEmail',
			operation: 'update',
			contactId: '382390388',
			emailId: '120954825',
			contactEmailAddress: 'test5_updated@example.com',
			contactEmailUpdatePrimary: 'yes',
		},
		method: 'PUT',
		path: '/contacts/382390388/emails/120954825',
		body: { email_address: 'test5_updated@example.com', is_primary: true },
		status: 202,
		reply: DOC.emailUpdate,
		output: [DOC.emailUpdate.email],
	},
	{
		title: 'contact email remove',
		parameters: { resource: 'contactEmail', operation: 'remove', contactId: '1', emailId: '3' },
		method: 'DELETE',
		path: '/contacts/1/emails/3',
		output: SUCCESS,
	},
];

sendsEveryOperation('contactEmail', CASES);
