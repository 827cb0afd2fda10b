import nock from 'nock';

import * as DOC from './docExamples';
import { run, vendor } from './requests';
import { list, pageQuery, sendsEveryOperation, type Case } from './cases';

afterEach(() => nock.cleanAll());

/**
 * Every Dial Session operation: its exact request as the doc documents it, answered with the doc's own
 * example (or 204 where the doc says so), and the clean items it outputs.
 */
const CASES: Case[] = [
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
];

sendsEveryOperation('dialSession', CASES);

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
