import nock from 'nock';

import * as DOC from './docExamples';
import { SUCCESS, list, pageQuery, sendsEveryOperation, type Case } from './cases';

afterEach(() => nock.cleanAll());

/**
 * Every Contact Phone operation: its exact request as the doc documents it, answered with the doc's own
 * example (or 204 where the doc says so), and the clean items it outputs.
 */
const CASES: Case[] = [
	// Contact Phone
	{
		title: 'contact phone get many',
		parameters: {
			resource: 'contactPhone',
			operation: 'getAll',
			contactId: '382390388',
			...list(),
		},
		method: 'GET',
		path: '/contacts/382390388/phones',
		query: pageQuery(),
		reply: DOC.phonesList,
		output: DOC.phonesList.phones.phones,
	},
	{
		title: 'contact phone add',
		parameters: {
			resource: 'contactPhone',
			operation: 'add',
			contactId: '382390392',
			contactPhoneNumber: '2063728000',
			contactPhoneType: 3,
			additionalFields: { label: 'Example Cell', is_primary: false },
		},
		method: 'POST',
		path: '/contacts/382390392/phones',
		body: { phone_number: '2063728000', label: 'Example Cell', is_primary: false, type: 3 },
		reply: DOC.phoneAdd,
		output: [DOC.phoneAdd.phone],
	},
	{
		title: 'contact phone add many (PUT, list)',
		parameters: {
			resource: 'contactPhone',
			operation: 'addPut',
			contactId: '382391754',
			contactPhoneInput: 'list',
			contactPhoneList: {
				phone: [
					{ phone_number: '1234567890', is_primary: true, type: 1 },
					{ phone_number: '1234567891', is_primary: false, type: 5 },
				],
			},
		},
		method: 'PUT',
		path: '/contacts/382391754/phones',
		body: {
			phones: [
				{ phone_number: '1234567890', is_primary: true, type: 1 },
				{ phone_number: '1234567891', is_primary: false, type: 5 },
			],
		},
		status: 202,
		reply: DOC.phonesAddPut,
		output: DOC.phonesAddPut.phones,
	},
	{
		title: 'contact phone add many (PUT, JSON)',
		parameters: {
			resource: 'contactPhone',
			operation: 'addPut',
			contactId: '382391754',
			contactPhoneInput: 'json',
			contactPhoneJson:
				'{"phones": [{"phone_number": "1234567890", "is_primary": true, "type": 1}, {"phone_number": "1234567891", "is_primary": false, "type": 5}]}',
		},
		method: 'PUT',
		path: '/contacts/382391754/phones',
		body: {
			phones: [
				{ phone_number: '1234567890', is_primary: true, type: 1 },
				{ phone_number: '1234567891', is_primary: false, type: 5 },
			],
		},
		status: 202,
		reply: DOC.phonesAddPut,
		output: DOC.phonesAddPut.phones,
	},
	{
		title: 'contact phone get',
		parameters: {
			resource: 'contactPhone',
			operation: 'get',
			contactId: '382390392',
			phoneId: '223987058',
		},
		method: 'GET',
		path: '/contacts/382390392/phones/223987058',
		reply: DOC.phoneGet,
		output: [DOC.phoneGet.phone],
	},
	{
		title: 'contact phone update',
		parameters: {
			resource: 'contactPhone',
			operation: 'update',
			contactId: '382390388',
			phoneId: '223987053',
			contactPhoneNumber: '14251234567',
			contactPhoneType: 3,
			additionalFields: { label: 'Daytime Cell', is_primary: false },
		},
		method: 'PUT',
		path: '/contacts/382390388/phones/223987053',
		body: { phone_number: '14251234567', label: 'Daytime Cell', is_primary: false, type: 3 },
		status: 202,
		reply: DOC.phoneUpdate,
		output: [DOC.phoneUpdate.phone],
	},
	{
		title: 'contact phone remove',
		parameters: { resource: 'contactPhone', operation: 'remove', contactId: '1', phoneId: '4' },
		method: 'DELETE',
		path: '/contacts/1/phones/4',
		output: SUCCESS,
	},
];

sendsEveryOperation('contactPhone', CASES);
