import nock from 'nock';

import { run } from './requests';
import { EMPTY } from './cases';

afterEach(() => nock.cleanAll());

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
