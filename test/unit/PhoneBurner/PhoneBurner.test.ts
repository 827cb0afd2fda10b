import nock from 'nock';

import { loadOptions } from '../../../nodes/PhoneBurner/GenericFunctions';
import * as DOC from './docExamples';
import { BASE, CREDENTIALS, OAUTH_TOKEN, contactRow, listEnvelope } from './fixtures';
import { AUTH, run, vendor, type Expected } from './requests';

afterEach(() => nock.cleanAll());

interface Case extends Expected {
	title: string;
	parameters: Record<string, unknown>;
	output: object[];
}

const list = (limit = 25) => ({ returnAll: false, limit });
const pageQuery = (limit = 25) => ({ page: '1', page_size: String(limit) });
const SUCCESS = [{ success: true }];

/**
 * Every operation: its exact request as the doc documents it, answered with the doc's own
 * example (or 204 where the doc says so), and the clean items it outputs.
 */
const CASES: Case[] = [
	// Contact
	{
		title: 'contact create',
		parameters: {
			resource: 'contact',
			operation: 'create',
			additionalFields: {
				owner_id: '12345678',
				email: 'johnnydemo@fakedomain.com',
				first_name: 'Johnny',
				last_name: 'Demo',
				address1: '14 Main Street',
				city: 'Los Angeles',
				state: 'CA',
				zip: '90001',
				additional_phone: {
					phone: [
						{ number: '9495551234', phone_type: 2, phone_label: "Spouse's work" },
						{ number: '9495551235', phone_type: 3, phone_label: "Spouse's cell" },
					],
				},
				additional_name: {
					name: [
						{ first_name: 'Jon', last_name: 'Demo' },
						{ first_name: 'John', last_name: 'Example' },
					],
				},
				questions: {
					pair: [
						{ question: 'Question1', answer: 'Answer1' },
						{ question: 'Question2', answer: 'Answer2' },
					],
				},
				custom_fields: {
					field: [
						{ name: 'Age Range', type: 1, value: '25-34' },
						{ name: 'Tried Product', type: 2, value: 'yes' },
					],
				},
				tags: 'Tag Name 1, Tag Name 2, Tag Name 3',
				phone: '9495551000',
				phone_type: 1,
				phone_label: 'Any label',
				lead_id: '3734',
				category_id: '13186',
				notes: 'Add some notes to this contact.',
				config: '{"import_dnc": 2}',
			},
		},
		method: 'POST',
		path: '/contacts',
		// The doc's example body; IDs go as numbers (the doc's data type is integer).
		body: {
			owner_id: 12345678,
			email: 'johnnydemo@fakedomain.com',
			first_name: 'Johnny',
			last_name: 'Demo',
			address1: '14 Main Street',
			city: 'Los Angeles',
			state: 'CA',
			zip: '90001',
			additional_phone: [
				{ number: '9495551234', phone_type: 2, phone_label: "Spouse's work" },
				{ number: '9495551235', phone_type: 3, phone_label: "Spouse's cell" },
			],
			additional_name: [
				{ first_name: 'Jon', last_name: 'Demo' },
				{ first_name: 'John', last_name: 'Example' },
			],
			question: ['Question1', 'Question2'],
			answer: ['Answer1', 'Answer2'],
			custom_fields: [
				{ name: 'Age Range', type: 1, value: '25-34' },
				{ name: 'Tried Product', type: 2, value: 'yes' },
			],
			tags: ['Tag Name 1', 'Tag Name 2', 'Tag Name 3'],
			phone: '9495551000',
			phone_type: 1,
			phone_label: 'Any label',
			lead_id: '3734',
			category_id: 13186,
			notes: 'Add some notes to this contact.',
			config: { import_dnc: 2 },
		},
		status: 201,
		reply: DOC.contactCreate,
		output: [DOC.contactCreate.contacts.contacts],
	},
	{
		title: 'contact get (the doc shows no answer for it: the contact envelope of GET /contacts)',
		parameters: { resource: 'contact', operation: 'get', contactId: '30919237' },
		method: 'GET',
		path: '/contacts/30919237',
		reply: DOC.contactsList,
		output: DOC.contactsList.contacts.contacts,
	},
	{
		title: 'contact get with its documented query options',
		parameters: {
			resource: 'contact',
			operation: 'get',
			contactId: '30919237',
			contactGetOptions: { sort_order: 'ASC', page: 1, page_size: 10 },
		},
		method: 'GET',
		path: '/contacts/30919237',
		query: { sort_order: 'ASC', page: '1', page_size: '10' },
		reply: DOC.contactsList,
		output: DOC.contactsList.contacts.contacts,
	},
	{
		title: 'contact update (the doc shows no answer for it: the create answer)',
		parameters: {
			resource: 'contact',
			operation: 'update',
			contactId: '30919347',
			additionalFields: {
				last_name: 'Demo',
				do_not_call: true,
				viewed: true,
				rating: 4,
				transfer_to_user_id: '1300000',
			},
		},
		method: 'PUT',
		path: '/contacts/30919347',
		body: { last_name: 'Demo', do_not_call: 1, viewed: 1, rating: 4, transfer_to_user_id: 1300000 },
		reply: DOC.contactCreate,
		output: [DOC.contactCreate.contacts.contacts],
	},
	{
		title: 'contact delete to the trash',
		parameters: { resource: 'contact', operation: 'delete', contactId: '30919237' },
		method: 'DELETE',
		path: '/contacts/30919237',
		output: SUCCESS,
	},
	{
		title: 'contact delete permanently',
		parameters: {
			resource: 'contact',
			operation: 'delete',
			contactId: '30919237',
			permanent: true,
		},
		method: 'DELETE',
		path: '/contacts/30919237',
		query: { permanent: '1' },
		output: SUCCESS,
	},
	{
		title: 'contact delete many',
		parameters: {
			resource: 'contact',
			operation: 'deleteMany',
			contactIds: '404531653, 404531652',
		},
		method: 'DELETE',
		path: '/contacts',
		body: { contact_user_ids: [404531653, 404531652] },
		output: SUCCESS,
	},
	{
		title: 'contact get many',
		parameters: { resource: 'contact', operation: 'getAll', ...list(1) },
		method: 'GET',
		path: '/contacts',
		query: pageQuery(1),
		reply: DOC.contactsList,
		output: DOC.contactsList.contacts.contacts,
	},
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
	// Dial Session
	{
		title: 'dial session create (JSON contacts, every option)',
		parameters: {
			resource: 'dialSession',
			operation: 'create',
			contactsMode: 'json',
			contactsJson: JSON.stringify([
				{
					first_name: 'Johnny',
					last_name: 'Demo',
					phone: '9495551234',
					email: 'johnnydemo@fakedomain.com',
					lead_id: 'your_systems_id',
					category_id: 12345,
				},
				{
					first_name: 'Mary',
					last_name: 'Doe',
					phone: '9495551235',
					email: 'marydoe@fakedomain.com',
					category_id: 12345,
				},
			]),
			callbacks: {
				callback: [
					{ type: 'api_callbegin', url: 'http://www.yourwebsite.com/api/callbegin.php' },
					{ type: 'api_calldone', url: 'http://www.yourwebsite.com/api/calldone.php' },
					{
						type: 'api_contact_displayed',
						url: 'http://www.yourwebsite.com/api/contact_displayed.php',
					},
				],
			},
			options: {
				customData: '{"anykey1": "anyvalue1", "anykey2": "anyvalue2"}',
				dialingDispositionSetId: '1234',
				answerDispositionSetId: '5678',
				previewMode: true,
				presetId: '42',
			},
		},
		method: 'POST',
		path: '/dialsession',
		// The doc's example body; each callback URL names its event for the trigger.
		body: {
			contacts: [
				{
					first_name: 'Johnny',
					last_name: 'Demo',
					phone: '9495551234',
					email: 'johnnydemo@fakedomain.com',
					lead_id: 'your_systems_id',
					category_id: 12345,
				},
				{
					first_name: 'Mary',
					last_name: 'Doe',
					phone: '9495551235',
					email: 'marydoe@fakedomain.com',
					category_id: 12345,
				},
			],
			callbacks: [
				{
					callback_type: 'api_callbegin',
					callback: 'http://www.yourwebsite.com/api/callbegin.php?event=api_callbegin',
				},
				{
					callback_type: 'api_calldone',
					callback: 'http://www.yourwebsite.com/api/calldone.php?event=api_calldone',
				},
				{
					callback_type: 'api_contact_displayed',
					callback:
						'http://www.yourwebsite.com/api/contact_displayed.php?event=api_contact_displayed',
				},
			],
			custom_data: { anykey1: 'anyvalue1', anykey2: 'anyvalue2' },
			dialing_disposition_set_id: 1234,
			answer_disposition_set_id: 5678,
			preview_mode: 1,
			preset_id: 42,
		},
		status: 201,
		reply: DOC.dialSessionCreate,
		output: [{ redirect_url: DOC.dialSessionCreate.dialsessions.redirect_url, errors: null }],
	},
	{
		title: 'dial session get',
		parameters: { resource: 'dialSession', operation: 'get', dialSessionId: '70951' },
		method: 'GET',
		path: '/dialsession/70951',
		reply: DOC.dialSessionGet,
		output: [DOC.dialSessionGet.dialsessions.dialsessions],
	},
	{
		title: 'dial session get with recordings and a page of its calls',
		parameters: {
			resource: 'dialSession',
			operation: 'get',
			dialSessionId: '70951',
			dialSessionIncludeRecording: true,
			dialSessionCallPaging: { page: 1, page_size: 25 },
		},
		method: 'GET',
		path: '/dialsession/70951',
		query: { include_recording: '1', page: '1', page_size: '25' },
		reply: DOC.dialSessionGet,
		output: [DOC.dialSessionGet.dialsessions.dialsessions],
	},
	{
		title: 'dial session get call',
		parameters: { resource: 'dialSession', operation: 'getCall', callId: '1766999' },
		method: 'GET',
		path: '/dialsession/call/1766999',
		reply: DOC.dialSessionCall,
		output: [DOC.dialSessionCall.call.call],
	},
	{
		title: 'dial session get call with its recording',
		parameters: {
			resource: 'dialSession',
			operation: 'getCall',
			callId: '1766999',
			dialSessionIncludeRecording: true,
		},
		method: 'GET',
		path: '/dialsession/call/1766999',
		query: { include_recording: '1' },
		reply: DOC.dialSessionCall,
		output: [DOC.dialSessionCall.call.call],
	},
	{
		title: 'dial session get many',
		parameters: { resource: 'dialSession', operation: 'getAll', ...list(3) },
		method: 'GET',
		path: '/dialsession',
		query: pageQuery(3),
		reply: DOC.dialSessionsList,
		output: DOC.dialSessionsList.dialsessions.dialsessions,
	},
	{
		title: 'dial session get many in a date range',
		parameters: {
			resource: 'dialSession',
			operation: 'getAll',
			...list(3),
			dialSessionFilters: { date_start: '2023-04-01T00:00:00', date_end: '2023-04-30T00:00:00' },
		},
		method: 'GET',
		path: '/dialsession',
		query: { ...pageQuery(3), date_start: '2023-04-01', date_end: '2023-04-30' },
		reply: DOC.dialSessionsList,
		output: DOC.dialSessionsList.dialsessions.dialsessions,
	},
	{
		title: 'dial session get settings',
		parameters: { resource: 'dialSession', operation: 'getSettings' },
		method: 'GET',
		path: '/dialsession/settings',
		reply: DOC.settingsGet,
		output: [DOC.settingsGet.settings.settings],
	},
	{
		title: 'dial session update settings',
		parameters: {
			resource: 'dialSession',
			operation: 'updateSettings',
			additionalFields: {
				dialsecs: 30,
				ringing: true,
				busy: '0',
				calltime_min: '0900',
				calltime_max: '1700',
				connectme_preset: '(949) 555-1234',
			},
		},
		method: 'PUT',
		path: '/dialsession/settings',
		body: {
			dialsecs: 30,
			ringing: 1,
			busy: '0',
			calltime_min: '0900',
			calltime_max: '1700',
			connectme_preset: '9495551234',
		},
		reply: DOC.settingsUpdate,
		output: [DOC.settingsUpdate.settings.settings],
	},
	{
		title: 'dial session get usage: one item per member, with its user_id',
		parameters: {
			resource: 'dialSession',
			operation: 'getUsage',
			dialSessionDateStart: '2018-04-01T00:00:00',
			dialSessionDateEnd: '2018-04-31',
		},
		method: 'GET',
		path: '/dialsession/usage',
		query: { date_start: '2018-04-01', date_end: '2018-04-31' },
		reply: DOC.usage,
		output: [{ user_id: '95074688', ...DOC.usage.usage['95074688'] }],
	},
	// Folder
	{
		// Doc line 2115: `curl "https://develop.phoneburner.com/rest/1/folders"`, no paging.
		title: 'folder get many',
		parameters: { resource: 'folder', operation: 'getAll', ...list() },
		method: 'GET',
		path: '/folders',
		query: {},
		reply: DOC.foldersList,
		output: Object.values(DOC.foldersList.folders),
	},
	{
		title: 'folder get many with the structure',
		parameters: { resource: 'folder', operation: 'getAll', ...list(), folderStructure: true },
		method: 'GET',
		path: '/folders',
		// Doc line 2139: `…/rest/1/folders?structure=1`.
		query: { structure: '1' },
		reply: DOC.foldersStructure,
		output: Object.values(DOC.foldersStructure.folders),
	},
	{
		title: 'folder create',
		parameters: {
			resource: 'folder',
			operation: 'create',
			folderName: 'Folder #1',
			additionalFields: { description: 'My Description', parent_id: '132022' },
		},
		method: 'POST',
		path: '/folders',
		body: { name: 'Folder #1', description: 'My Description', parent_id: 132022 },
		reply: DOC.folderCreate,
		output: [DOC.folderCreate.folders['0']],
	},
	{
		title: 'folder update',
		parameters: {
			resource: 'folder',
			operation: 'update',
			folderId: '132022',
			additionalFields: { name: 'Folder #2', description: 'My Description', parent_id: '0' },
		},
		method: 'PUT',
		path: '/folders/132022',
		body: { name: 'Folder #2', description: 'My Description', parent_id: 0 },
		reply: DOC.folderUpdate,
		output: [DOC.folderUpdate.folders['0']],
	},
	{
		title: 'folder delete, moving its contacts',
		parameters: {
			resource: 'folder',
			operation: 'delete',
			folderId: '132022',
			folderMoveFolderId: '0',
		},
		method: 'DELETE',
		path: '/folders/132022',
		query: { move_folder_id: '0' },
		output: SUCCESS,
	},
	{
		title: 'folder delete',
		parameters: { resource: 'folder', operation: 'delete', folderId: '132022' },
		method: 'DELETE',
		path: '/folders/132022',
		output: SUCCESS,
	},
	// Member
	{
		title: 'member get many',
		parameters: { resource: 'member', operation: 'getAll', ...list() },
		method: 'GET',
		path: '/members',
		query: pageQuery(),
		reply: DOC.membersList,
		output: DOC.membersList.members.members,
	},
	{
		title: 'member get',
		parameters: { resource: 'member', operation: 'get', userId: '1234567' },
		method: 'GET',
		path: '/members/1234567',
		reply: DOC.memberGet,
		output: DOC.memberGet.members.members,
	},
	{
		title: 'member create',
		parameters: {
			resource: 'member',
			operation: 'create',
			memberUsername: 'gumby',
			memberPassword: 'abcdef',
			memberFirstName: 'foobar',
			memberEmail: 'gumby@networxonline.com',
			memberBillingItemId: '183',
			memberBillingGroupId: '63',
			memberSubgroupId: '1243',
		},
		method: 'POST',
		path: '/members',
		body: {
			username: 'gumby',
			password: 'abcdef',
			first_name: 'foobar',
			email: 'gumby@networxonline.com',
			billing_item_id: 183,
			billing_group_id: '63',
			subgroup_id: '1243',
		},
		status: 201,
		reply: DOC.memberCreate,
		output: [DOC.memberCreate.members.members],
	},
	{
		title: 'member update',
		parameters: {
			resource: 'member',
			operation: 'update',
			userId: '25381104',
			additionalFields: { first_name: 'johnny5' },
		},
		method: 'PUT',
		path: '/members/25381104',
		body: { first_name: 'johnny5' },
		reply: DOC.memberUpdate,
		output: [DOC.memberUpdate.members.members],
	},
	{
		title: 'member delete',
		parameters: { resource: 'member', operation: 'delete', userId: '25381104' },
		method: 'DELETE',
		path: '/members/25381104',
		output: SUCCESS,
	},
	// Phone Number
	{
		title: 'phone number delete',
		parameters: { resource: 'phoneNumber', operation: 'delete', phoneNumber: '9495551234' },
		method: 'DELETE',
		path: '/phonenumber/9495551234',
		output: SUCCESS,
	},
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
	// Voicemail
	{
		title: 'voicemail get many',
		parameters: { resource: 'voicemail', operation: 'getAll', ...list() },
		method: 'GET',
		path: '/voicemails',
		query: pageQuery(),
		reply: DOC.voicemails,
		output: DOC.voicemails.voicemails.voicemails,
	},
];

describe('PhoneBurner › every operation sends its documented request and outputs the resource', () => {
	it.each(CASES.map((entry) => [entry.title, entry] as const))('%s', async (_title, entry) => {
		const { scope, sent } = vendor(entry);
		const { items, error } = await run(entry.parameters);
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		if (entry.body === undefined) expect(sent).toEqual(['']);
		expect(items.map((item) => item.json)).toEqual(entry.output);
	});

	it('covers every operation of the node', () => {
		const covered = new Set(
			CASES.map(
				(entry) => `${String(entry.parameters.resource)}:${String(entry.parameters.operation)}`,
			),
		);
		expect(covered.size).toBe(56);
	});
});

describe('PhoneBurner › signing in', () => {
	it('signs with the OAuth2 access token when Authentication is OAuth2', async () => {
		// The credential extends oAuth2Api, so n8n-core signs the request through its OAuth2 helper.
		const { scope } = vendor(
			{
				method: 'GET',
				path: '/tags',
				query: pageQuery(),
				reply: DOC.tagsList,
			},
			OAUTH_TOKEN,
		);
		const { items, error } = await run(
			{ resource: 'tag', operation: 'getAll', ...list() },
			undefined,
			{ oauth: true },
		);
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items.map((item) => item.json)).toEqual(DOC.tagsList.tags.tags);
		expect(JSON.stringify(items)).not.toContain(OAUTH_TOKEN);
	});
});

describe('PhoneBurner › Contact', () => {
	it('Get Many sends every filter', async () => {
		const { scope } = vendor({
			method: 'GET',
			path: '/contacts',
			query: {
				page: '1',
				page_size: '1',
				category_id: '12',
				updated_from: '2024-01-01 00:00:00',
				update_to: '2024-02-01 00:00:00',
				include_new: '1',
				include_trashed: '1',
				include_archived: '0',
				email_address: 'johndemo@fakedomain.com',
				sort_order: 'ASC',
			},
			reply: DOC.contactsList,
		});
		const { items, error } = await run({
			resource: 'contact',
			operation: 'getAll',
			returnAll: false,
			limit: 1,
			filters: {
				category_id: '12',
				updated_from: '2024-01-01 00:00:00',
				update_to: '2024-02-01 00:00:00',
				include_new: true,
				include_trashed: true,
				include_archived: false,
				email_address: 'johndemo@fakedomain.com',
				sort_order: 'ASC',
			},
		});
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items.map((item) => item.json)).toEqual(DOC.contactsList.contacts.contacts);
	});

	it('Return All pages until total_pages', async () => {
		const page = (n: number) => Array.from({ length: 100 }, (_, i) => contactRow(`${n}-${i}`));
		const scope = nock(BASE, AUTH)
			.get('/rest/1/contacts')
			.query({ page: '1', page_size: '100' })
			.reply(200, listEnvelope('contacts', page(1), 1, 2, 100))
			.get('/rest/1/contacts')
			.query({ page: '2', page_size: '100' })
			.reply(200, listEnvelope('contacts', page(2).slice(0, 30), 2, 2, 100));
		const { items } = await run({ resource: 'contact', operation: 'getAll', returnAll: true });
		expect(scope.isDone()).toBe(true);
		expect(items).toHaveLength(130);
	});

	it('Create sends do_not_call as 1 and other fields from JSON', async () => {
		const { scope } = vendor({
			method: 'POST',
			path: '/contacts',
			body: {
				first_name: 'Johnny',
				email: 'johnnydemo@fakedomain.com',
				phone: '9495551000',
				do_not_call: 1,
				ad_code: 'X1',
			},
			status: 201,
			reply: DOC.contactCreate,
		});
		const { items, error } = await run({
			resource: 'contact',
			operation: 'create',
			additionalFields: {
				first_name: 'Johnny',
				email: 'johnnydemo@fakedomain.com',
				phone: '9495551000',
				do_not_call: true,
				jsonFields: '{"ad_code": "X1"}',
			},
		});
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items.map((item) => item.json)).toEqual([DOC.contactCreate.contacts.contacts]);
	});

	it('reports the vendor reason on errors', async () => {
		nock(BASE)
			.get('/rest/1/contacts/999')
			.reply(404, {
				http_status: 404,
				status: 'error',
				debug_codes: [{ code: 'not_found', reason: 'Contact not found' }],
			});
		const { error } = await run({ resource: 'contact', operation: 'get', contactId: '999' });
		expect(error?.message).toContain('Contact not found');
	});

	it('rejects a malformed email, a phone that is not one and a missing id before any request', async () => {
		const bad = await run({
			resource: 'contact',
			operation: 'create',
			additionalFields: { email: 'nope' },
		});
		expect(bad.error?.message).toContain('email');
		const missing = await run({ resource: 'contact', operation: 'get', contactId: '  ' });
		expect(missing.error?.message).toContain('Contact ID');
		for (const phone of ['call me', '-------', '(12) 3-4']) {
			const result = await run({
				resource: 'contact',
				operation: 'create',
				additionalFields: { phone },
			});
			expect(result.error?.message).toContain('"phone" field is not a phone number');
		}
		expect(nock.pendingMocks()).toEqual([]);
	});

	it('rejects a folder or owner that is not an ID, naming the field', async () => {
		const folder = await run({
			resource: 'contact',
			operation: 'create',
			additionalFields: { category_id: 'My folder' },
		});
		expect(folder.error?.message).toContain('"Folder" field must be a numeric ID');
		const owner = await run({
			resource: 'contact',
			operation: 'create',
			additionalFields: { owner_id: 'me' },
		});
		expect(owner.error?.message).toContain('"Owner" field must be a numeric ID');
	});
});

/** A required field left empty by its expression (n8n itself refuses a plain empty one). */
const EMPTY = '={{ "" }}';

describe('PhoneBurner › required fields and list entries are checked before any request', () => {
	it.each([
		[
			'Email Address',
			{ resource: 'contactEmail', operation: 'add', contactId: '1', contactEmailAddress: EMPTY },
			'The "Email Address" field is empty',
		],
		[
			'a malformed email',
			{ resource: 'contactEmail', operation: 'add', contactId: '1', contactEmailAddress: 'x@' },
			'"Email Address" field is not a valid email address',
		],
		[
			'Title of a contact tag',
			{ resource: 'contactTag', operation: 'add', contactId: '1', contactTagTitle: EMPTY },
			'The "Title" field is empty',
		],
		[
			'Title of a tag',
			{ resource: 'tag', operation: 'create', tagTitle: EMPTY },
			'The "Title" field is empty',
		],
		[
			'Value of a custom field',
			{
				resource: 'contactCustomField',
				operation: 'update',
				contactId: '1',
				customFieldId: '2',
				contactCustomFieldValue: EMPTY,
			},
			'The "Value" field is empty',
		],
		[
			'Name of a folder',
			{ resource: 'folder', operation: 'create', folderName: EMPTY },
			'The "Name" field is empty',
		],
		[
			'Display Name of a custom field',
			{ resource: 'customField', operation: 'create', customFieldDisplayName: EMPTY },
			'The "Display Name" field is empty',
		],
		[
			'the phone number of a contact phone',
			{
				resource: 'contactPhone',
				operation: 'add',
				contactId: '1',
				contactPhoneNumber: '-------',
			},
			'"Phone Number" field is not a phone number',
		],
		[
			'an empty email list',
			{ resource: 'contactEmail', operation: 'replaceAll', contactId: '1', contactEmailList: {} },
			'The "Emails" list is empty',
		],
		[
			'a bad email in the list',
			{
				resource: 'contactEmail',
				operation: 'replaceAll',
				contactId: '1',
				contactEmailList: {
					email: [
						{ email_address: 'joe@bob.com', is_primary: true },
						{ email_address: 'sally', is_primary: false },
					],
				},
			},
			'"Emails → Email 2" field is not a valid email address',
		],
		[
			'emails JSON that does not parse',
			{
				resource: 'contactEmail',
				operation: 'replaceAll',
				contactId: '1',
				contactEmailInput: 'json',
				contactEmailJson: '[{',
			},
			'"Emails (JSON)" field is not valid JSON',
		],
		[
			'a bad phone in the list',
			{
				resource: 'contactPhone',
				operation: 'addPut',
				contactId: '1',
				contactPhoneList: { phone: [{ phone_number: '12-34', is_primary: true, type: 1 }] },
			},
			'"Phones → Phone 1" field is not a phone number',
		],
		[
			'a usage report without dates',
			{
				resource: 'dialSession',
				operation: 'getUsage',
				dialSessionDateStart: EMPTY,
				dialSessionDateEnd: '2024-01-02',
			},
			'The "Start Date" field is empty',
		],
		[
			'a usage report over 90 days',
			{
				resource: 'dialSession',
				operation: 'getUsage',
				dialSessionDateStart: '2024-01-01',
				dialSessionDateEnd: '2024-06-01',
			},
			'at most 90 days after it',
		],
		[
			'a rating out of range',
			{ resource: 'contact', operation: 'update', contactId: '1', additionalFields: { rating: 9 } },
			'"Rating" field must be a whole number from 1 to 5',
		],
		[
			'a call time out of range',
			{
				resource: 'dialSession',
				operation: 'updateSettings',
				additionalFields: { calltime_min: '0600' },
			},
			'"Earliest Call Time" field must be a time from 0800 to 2100',
		],
	])('%s', async (_what, parameters, message) => {
		const { error } = await run(parameters);
		expect(error?.message).toContain(message);
		expect(nock.pendingMocks()).toEqual([]);
	});
});

describe('PhoneBurner › Tag, Folder and Phone Number', () => {
	it('lists folders from the doc object keyed by position', async () => {
		const { scope } = vendor({
			method: 'GET',
			path: '/folders',
			query: {},
			reply: DOC.foldersList,
		});
		const { items } = await run({ resource: 'folder', operation: 'getAll', returnAll: true });
		expect(scope.isDone()).toBe(true);
		expect(items.map((item) => item.json.folder_id)).toEqual(['11888', '11999', '11000']);
	});

	it('retries after a 429 and keeps going', async () => {
		const scope = nock(BASE, AUTH)
			.get('/rest/1/voicemails')
			.query(true)
			.reply(
				429,
				{
					http_status: 429,
					status: 'error',
					debug_codes: [{ code: 'rate', reason: 'Too many requests' }],
				},
				{ 'Retry-After': '0' },
			)
			.get('/rest/1/voicemails')
			.query(true)
			.reply(200, DOC.voicemails);
		const { items, error } = await run({
			resource: 'voicemail',
			operation: 'getAll',
			returnAll: true,
		});
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items[0].json.recording_id).toBe('170999');
	});

	it.each(['abc', '-------', '()-. ()'])(
		'rejects %s as a phone number to delete',
		async (phone) => {
			const { error } = await run({
				resource: 'phoneNumber',
				operation: 'delete',
				phoneNumber: phone,
			});
			expect(error?.message).toContain('"Phone Number" field is not a phone number');
		},
	);
});

describe('PhoneBurner › Dial Session › Create', () => {
	it('per item mode maps one contact, its folder as a number', async () => {
		const { scope } = vendor({
			method: 'POST',
			path: '/dialsession',
			body: { contacts: [{ first_name: 'Mary', phone: '9495551235', category_id: 12345 }] },
			status: 201,
			reply: DOC.dialSessionCreate,
		});
		const { error } = await run({
			resource: 'dialSession',
			operation: 'create',
			contactsMode: 'perItem',
			firstName: 'Mary',
			phone: '9495551235',
			categoryId: '12345',
		});
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	it('JSON mode puts the chosen folder on contacts that name none', async () => {
		const { scope } = vendor({
			method: 'POST',
			path: '/dialsession',
			body: {
				contacts: [
					{ phone: '9495551234', category_id: 12345 },
					{ phone: '9495551235', category_id: 777 },
				],
			},
			status: 201,
			reply: DOC.dialSessionCreate,
		});
		const { error } = await run({
			resource: 'dialSession',
			operation: 'create',
			contactsMode: 'json',
			contactsJson: '[{"phone": "9495551234"}, {"phone": "9495551235", "category_id": 777}]',
			categoryId: '12345',
		});
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	it('builds one session from all input items and outputs its redirect_url once', async () => {
		const people = [
			{ first: 'Ann', phone: '9495551001', email: 'ann@example.com' },
			{ first: 'Bob', phone: '9495551002', email: 'bob@example.com' },
			{ first: 'Cy', phone: '9495551003', email: 'cy@example.com' },
		];
		const { scope } = vendor({
			method: 'POST',
			path: '/dialsession',
			body: {
				contacts: people.map((p) => ({ first_name: p.first, phone: p.phone, email: p.email })),
				callbacks: [
					{
						callback_type: 'api_calldone',
						callback: 'https://example.com/webhook/x/callback?token=abc&event=api_calldone',
					},
				],
			},
			status: 201,
			reply: DOC.dialSessionCreate,
		});
		const { items, error } = await run(
			{
				resource: 'dialSession',
				operation: 'create',
				contactsMode: 'allItems',
				firstName: '={{ $json.first }}',
				phone: '={{ $json.phone }}',
				email: '={{ $json.email }}',
				callbacks: {
					callback: [
						{ type: 'api_calldone', url: 'https://example.com/webhook/x/callback?token=abc' },
					],
				},
			},
			people.map((json) => ({ json })),
		);
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items).toHaveLength(1);
		expect(items[0].json).toEqual({
			redirect_url: DOC.dialSessionCreate.dialsessions.redirect_url,
			errors: null,
		});
		expect(items[0].pairedItem).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});

	it('keeps a callback URL that names its event as written', async () => {
		const url = 'https://example.com/webhook/x/callback?token=abc&event=api_calldone';
		const { scope } = vendor({
			method: 'POST',
			path: '/dialsession',
			body: {
				contacts: [{ phone: '9495551235' }],
				callbacks: [{ callback_type: 'api_calldone', callback: url }],
			},
			status: 201,
			reply: DOC.dialSessionCreate,
		});
		const { error } = await run({
			resource: 'dialSession',
			operation: 'create',
			contactsMode: 'perItem',
			phone: '9495551235',
			callbacks: { callback: [{ type: 'api_calldone', url }] },
		});
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	it('outputs redirect_url with the errors PhoneBurner lists', async () => {
		// The doc's create answer, with an errors list where it shows null.
		const answer = {
			...DOC.dialSessionCreate,
			dialsessions: {
				...DOC.dialSessionCreate.dialsessions,
				errors: [{ phone: '9495551235', error: 'Invalid phone' }],
			},
		};
		vendor({
			method: 'POST',
			path: '/dialsession',
			body: { contacts: [{ phone: '9495551235' }] },
			status: 201,
			reply: answer,
		});
		const { items } = await run({
			resource: 'dialSession',
			operation: 'create',
			contactsMode: 'perItem',
			phone: '9495551235',
		});
		expect(items.map((item) => item.json)).toEqual([
			{
				redirect_url: DOC.dialSessionCreate.dialsessions.redirect_url,
				errors: [{ phone: '9495551235', error: 'Invalid phone' }],
			},
		]);
	});

	it('names the item whose phone number is not one, before any request', async () => {
		const { error } = await run(
			{
				resource: 'dialSession',
				operation: 'create',
				contactsMode: 'allItems',
				phone: '={{ $json.phone }}',
			},
			[{ json: { phone: '9495551001' } }, { json: { phone: '-------' } }],
		);
		expect(error?.message).toContain('not a phone number');
	});

	it.each([
		[
			'contacts JSON that does not parse',
			{ contactsMode: 'json', contactsJson: '[{' },
			'Contacts (JSON)',
		],
		[
			'a preset that is not an ID',
			{ contactsMode: 'perItem', phone: '9495551235', options: { presetId: 'fast' } },
			'"Preset ID" field must be a numeric ID',
		],
		[
			'a disposition set that is not an ID',
			{ contactsMode: 'perItem', phone: '9495551235', options: { dialingDispositionSetId: '12a' } },
			'"Dialing Disposition Set ID" field must be a numeric ID',
		],
		[
			'an answer disposition set that is not an ID',
			{ contactsMode: 'perItem', phone: '9495551235', options: { answerDispositionSetId: 'x' } },
			'"Answer Disposition Set ID" field must be a numeric ID',
		],
		[
			'a callback URL that is not one',
			{
				contactsMode: 'perItem',
				phone: '9495551235',
				callbacks: { callback: [{ type: 'api_calldone', url: 'example.com/done' }] },
			},
			'"Callbacks → URL" field is not a web address',
		],
	])('rejects %s', async (_what, parameters, message) => {
		const { error } = await run({ resource: 'dialSession', operation: 'create', ...parameters });
		expect(error?.message).toContain(message);
		expect(nock.pendingMocks()).toEqual([]);
	});
});

describe('PhoneBurner › dropdowns', () => {
	function pickerContext(answer: object) {
		const requests: Array<{ url?: string; qs?: object; type: string }> = [];
		const context = {
			getNodeParameter: () => 'accessToken',
			getCredentials: async () => CREDENTIALS.phoneBurnerApi,
			getNode: () => ({ name: 'PhoneBurner', type: 'phoneBurner' }),
			helpers: {
				async httpRequestWithAuthentication(type: string, options: { url?: string; qs?: object }) {
					requests.push({ url: options.url, qs: options.qs, type });
					return { statusCode: 200, headers: {}, body: answer };
				},
			},
		};
		return { context: context as never, requests };
	}

	it('lists folders by name from the doc answer', async () => {
		const { context, requests } = pickerContext(DOC.foldersList);
		const options = await loadOptions.getFolders.call(context);
		expect(requests).toEqual([
			{
				url: 'https://develop.phoneburner.com/rest/1/folders',
				qs: undefined,
				type: 'phoneBurnerApi',
			},
		]);
		expect(options).toEqual([
			{ name: 'Folder #1', value: '11888' },
			{ name: 'Folder #2', value: '11999' },
			{ name: 'Folder #3', value: '11000' },
		]);
	});

	it('lists members by username from the doc answer', async () => {
		const { context } = pickerContext(DOC.membersList);
		const options = await loadOptions.getMembers.call(context);
		expect(options).toEqual([
			{ name: 'callsaul@bettercallsaul.com', value: '1234567' },
			{ name: 'walter@bettercallsaul.com', value: '1300000' },
		]);
	});
});
