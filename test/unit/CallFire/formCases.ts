/**
 * For every CallFire operation whose body is a form: the form as a user fills it in (the node's
 * own parameter names) and the body it must send. Where the doc shows an example request, the
 * body is that example (doc line given); the doc's curl examples write some booleans and numbers
 * as strings ("true", "false", "2"), its JS and Python samples as booleans and numbers, which is
 * what the form sends.
 */
export interface FormCase {
	title: string;
	resource: string;
	operation: string;
	/** "METHOD path" of the operation. */
	endpoint: string;
	parameters: Record<string, unknown>;
	body: Record<string, unknown>;
}

/** Built at run time: the README's test-vector secret, not a credential. */
export const WEBHOOK_SECRET = ['my', 'secrets'].join('');

export const FORM_CASES: FormCase[] = [
	{
		title: 'Call Broadcast › Create (doc line 896)',
		resource: 'callBroadcast',
		operation: 'create',
		endpoint: 'POST /calls/broadcasts',
		parameters: {
			callBroadcastCreateName: 'Example API Call Broadcast',
			callBroadcastCreateFromNumber: '12135551189',
			callBroadcastCreateRecipientNumbers: '2134441133, 2135551144',
			callBroadcastCreateLiveMessage: 'Hello! This is a live answer text to speech recording',
			callBroadcastCreateAdditionalFields: {
				answeringMachineConfig: 'AM_AND_LIVE',
				machineMessage: 'This is an answering machine text to speech recording',
				resumeNextDay: true,
			},
		},
		body: {
			name: 'Example API Call Broadcast',
			fromNumber: '12135551189',
			recipients: [{ phoneNumber: '2134441133' }, { phoneNumber: '2135551144' }],
			answeringMachineConfig: 'AM_AND_LIVE',
			sounds: {
				liveSoundText: 'Hello! This is a live answer text to speech recording',
				machineSoundText: 'This is an answering machine text to speech recording',
			},
			resumeNextDay: true,
		},
	},
	{
		title: 'Call Broadcast › Create with voices, sounds, retries and contacts',
		resource: 'callBroadcast',
		operation: 'create',
		endpoint: 'POST /calls/broadcasts',
		parameters: {
			callBroadcastCreateName: 'Reminder',
			callBroadcastCreateLiveMessage: 'Hello',
			callBroadcastCreateAdditionalFields: {
				recipientContactIds: '4096, 4097',
				liveSoundTextVoice: 'FEMALE2',
				machineSoundId: '65',
				transferDigit: '1',
				transferNumber: '12135551100',
				labels: 'spring, reminders',
				localTimeRestriction: { enabled: true, beginHour: 9, endHour: 18 },
				maxActive: 10,
				retryConfig: {
					maxAttempts: 2,
					minutesBetweenAttempts: 60,
					retryResults: ['BUSY', 'NO_ANS'],
					retryPhoneTypes: ['FIRST_NUMBER'],
				},
			},
		},
		body: {
			name: 'Reminder',
			recipients: [{ contactId: 4096 }, { contactId: 4097 }],
			sounds: {
				liveSoundText: 'Hello',
				liveSoundTextVoice: 'FEMALE2',
				machineSoundId: 65,
				transferDigit: '1',
				transferNumber: '12135551100',
			},
			labels: ['spring', 'reminders'],
			localTimeRestriction: { enabled: true, beginHour: 9, endHour: 18 },
			maxActive: 10,
			retryConfig: {
				maxAttempts: 2,
				minutesBetweenAttempts: 60,
				retryResults: ['BUSY', 'NO_ANS'],
				retryPhoneTypes: ['FIRST_NUMBER'],
			},
		},
	},
	{
		title: 'Call Broadcast › Update with a schedule (doc line 1411)',
		resource: 'callBroadcast',
		operation: 'update',
		endpoint: 'PUT /calls/broadcasts/{id}',
		parameters: {
			callBroadcastUpdateUpdateFields: {
				name: 'Call Broadcast with Schedules',
				answeringMachineConfig: 'LIVE_IMMEDIATE',
				liveMessage: 'Hello! This is an updated Call Broadcast config tts',
				schedules: {
					item: [
						{
							startTimeOfDay: '10:00',
							stopTimeOfDay: '18:00:00',
							daysOfWeek: ['SATURDAY', 'SUNDAY'],
							timeZone: 'America/New_York',
							startDate: '2016-12-01',
							stopDate: '2016-12-10T00:00:00',
						},
					],
				},
			},
		},
		body: {
			name: 'Call Broadcast with Schedules',
			answeringMachineConfig: 'LIVE_IMMEDIATE',
			sounds: { liveSoundText: 'Hello! This is an updated Call Broadcast config tts' },
			schedules: [
				{
					startTimeOfDay: { hour: 10, minute: 0, second: 0 },
					stopTimeOfDay: { hour: 18, minute: 0, second: 0 },
					daysOfWeek: ['SATURDAY', 'SUNDAY'],
					timeZone: 'America/New_York',
					startDate: { year: 2016, month: 12, day: 1 },
					stopDate: { year: 2016, month: 12, day: 10 },
				},
			],
		},
	},
	{
		title:
			'Call Broadcast › Add Batch of numbers (doc line 1677, without the JSON-only attributes)',
		resource: 'callBroadcast',
		operation: 'addBatch',
		endpoint: 'POST /calls/broadcasts/{id}/batches',
		parameters: {
			callBroadcastAddBatchName: 'contact batch for call broadcast',
			callBroadcastAddBatchRecipientNumbers: '12135551122, 12135553434, 12135558090',
			callBroadcastAddBatchAdditionalFields: { scrubDuplicates: true },
		},
		body: {
			name: 'contact batch for call broadcast',
			recipients: [
				{ phoneNumber: '12135551122' },
				{ phoneNumber: '12135553434' },
				{ phoneNumber: '12135558090' },
			],
			scrubDuplicates: true,
		},
	},
	{
		title: 'Call Broadcast › Add Batch from a contact list (doc line 1680)',
		resource: 'callBroadcast',
		operation: 'addBatch',
		endpoint: 'POST /calls/broadcasts/{id}/batches',
		parameters: {
			callBroadcastAddBatchContactListId: '70055003',
			callBroadcastAddBatchAdditionalFields: { scrubDuplicates: true },
		},
		body: { contactListId: 70055003, scrubDuplicates: true },
	},
	{
		title: 'Sound › Create via Call (doc line 3570)',
		resource: 'sound',
		operation: 'createFromCall',
		endpoint: 'POST /campaigns/sounds/calls',
		parameters: {
			soundCreateFromCallToNumber: '12135551122',
			soundCreateFromCallAdditionalFields: { name: 'Sound 1' },
		},
		body: { name: 'Sound 1', toNumber: '12135551122' },
	},
	{
		title: 'Sound › Create From Text-to-Speech (doc line 3800: message and voice, no name)',
		resource: 'sound',
		operation: 'createFromText',
		endpoint: 'POST /campaigns/sounds/tts',
		parameters: {
			soundCreateFromTextMessage: 'This is a TTS sound',
			soundCreateFromTextVoice: 'MALE1',
		},
		body: { voice: 'MALE1', message: 'This is a TTS sound' },
	},
	{
		title: 'Contact › Update (doc line 7318)',
		resource: 'contact',
		operation: 'update',
		endpoint: 'PUT /contacts/{id}',
		parameters: {
			contactUpdateUpdateFields: { mobilePhone: '12136600123', workPhone: '14553320089' },
		},
		body: { mobilePhone: '12136600123', workPhone: '14553320089' },
	},
	{
		// With Replace All Properties, so no read comes first (the read is in Updates.test.ts).
		title: 'Contact › Update names and properties (Replace All Properties)',
		resource: 'contact',
		operation: 'update',
		endpoint: 'PUT /contacts/{id}',
		parameters: {
			contactUpdateUpdateFields: {
				firstName: 'Alice',
				lastName: 'Moore',
				replaceProperties: true,
				properties: {
					property: [
						{ name: 'custom_age', value: '30' },
						{ name: 'custom_position', value: 'Manager' },
					],
				},
			},
		},
		body: {
			firstName: 'Alice',
			lastName: 'Moore',
			properties: { custom_age: '30', custom_position: 'Manager' },
		},
	},
	{
		title: 'Contact List › Create from numbers (doc line 5727)',
		resource: 'contactList',
		operation: 'create',
		endpoint: 'POST /contacts/lists',
		parameters: {
			contactListCreateName: 'My Contact List',
			contactListCreateContactNumbers: '12132212384, 12136612355, 12133312300',
			contactListCreateContactNumbersField: 'workPhone',
		},
		body: {
			name: 'My Contact List',
			contactNumbers: ['12132212384', '12136612355', '12133312300'],
			contactNumbersField: 'workPhone',
		},
	},
	{
		title: 'Contact List › Create from contact IDs (doc line 5725; no number type without numbers)',
		resource: 'contactList',
		operation: 'create',
		endpoint: 'POST /contacts/lists',
		parameters: {
			contactListCreateName: 'My Contact List',
			contactListCreateContactNumbersField: 'homePhone',
			contactListCreateAdditionalFields: {
				contactIds: '800634185003, 800734186003, 800834187003, 800984185003',
			},
		},
		body: {
			name: 'My Contact List',
			contactIds: [800634185003, 800734186003, 800834187003, 800984185003],
		},
	},
	{
		title: 'Contact List › Create with new contacts (doc line 5723)',
		resource: 'contactList',
		operation: 'create',
		endpoint: 'POST /contacts/lists',
		parameters: {
			contactListCreateName: 'My Contact List',
			contactListCreateAdditionalFields: {
				contacts:
					'[{"firstName": "Alice", "lastName": "Moore", "homePhone": "12135551126"}, {"firstName": "Bob", "lastName": "Smith", "homePhone": "12135551127", "properties": {"age": 30}}]',
			},
		},
		body: {
			name: 'My Contact List',
			contacts: [
				{ firstName: 'Alice', lastName: 'Moore', homePhone: '12135551126' },
				{ firstName: 'Bob', lastName: 'Smith', homePhone: '12135551127', properties: { age: 30 } },
			],
		},
	},
	{
		title: 'Contact List › Update (doc line 6301)',
		resource: 'contactList',
		operation: 'update',
		endpoint: 'PUT /contacts/lists/{id}',
		parameters: { contactListUpdateName: 'contact list updated' },
		body: { name: 'contact list updated' },
	},
	{
		title: 'Do Not Contact › Update (doc line 5445)',
		resource: 'doNotContact',
		operation: 'update',
		endpoint: 'PUT /contacts/dncs/{number}',
		parameters: { doNotContactUpdateDoNotCall: true, doNotContactUpdateDoNotText: false },
		body: { call: true, text: false },
	},
	{
		title: 'Keyword Lease › Update (doc line 7916)',
		resource: 'keywordLease',
		operation: 'update',
		endpoint: 'PUT /keywords/leases/{keyword}',
		parameters: { keywordLeaseUpdateAutoRenew: false },
		body: { autoRenew: false },
	},
	{
		title: 'Number Lease › Update (doc line 10541)',
		resource: 'numberLease',
		operation: 'update',
		endpoint: 'PUT /numbers/leases/{number}',
		parameters: {
			numberLeaseUpdateUpdateFields: { callFeatureStatus: 'DISABLED', autoRenew: false },
		},
		body: { callFeatureStatus: 'DISABLED', autoRenew: false },
	},
	{
		title: 'Number Lease › Update Config for call tracking (doc line 10280)',
		resource: 'numberLease',
		operation: 'updateConfig',
		endpoint: 'PUT /numbers/leases/configs/{number}',
		parameters: {
			numberLeaseUpdateConfigConfigType: 'TRACKING',
			numberLeaseUpdateConfigCallTracking: {
				screen: false,
				recorded: true,
				voicemail: true,
				introSoundId: '10004001',
				whisperSoundId: '10005002',
				voicemailSoundId: '10006003',
				failedTransferSoundId: '10007004',
				transferNumbers: '12135551122, 12135551189',
				weeklySchedule: {
					startTimeOfDay: '10:00',
					stopTimeOfDay: '18:00',
					daysOfWeek: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'],
					timeZone: 'America/New_York',
				},
				googleAnalytics: {
					domain: 'domain-name',
					googleAccountId: 'UA-XXXXX-2X',
					category: 'Sales',
				},
			},
		},
		body: {
			configType: 'TRACKING',
			callTrackingConfig: {
				screen: false,
				recorded: true,
				voicemail: true,
				introSoundId: 10004001,
				whisperSoundId: 10005002,
				voicemailSoundId: 10006003,
				failedTransferSoundId: 10007004,
				transferNumbers: ['12135551122', '12135551189'],
				weeklySchedule: {
					startTimeOfDay: { hour: 10, minute: 0, second: 0 },
					stopTimeOfDay: { hour: 18, minute: 0, second: 0 },
					daysOfWeek: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'],
					timeZone: 'America/New_York',
				},
				googleAnalytics: {
					domain: 'domain-name',
					googleAccountId: 'UA-XXXXX-2X',
					category: 'Sales',
				},
			},
		},
	},
	{
		title: 'Number Lease › Update Config for an IVR (the tracking settings are not sent)',
		resource: 'numberLease',
		operation: 'updateConfig',
		endpoint: 'PUT /numbers/leases/configs/{number}',
		parameters: {
			numberLeaseUpdateConfigConfigType: 'IVR',
			numberLeaseUpdateConfigCallTracking: { recorded: true },
			numberLeaseUpdateConfigDialplanXml: '<dialplan><play type="tts">Hello</play></dialplan>',
		},
		body: {
			configType: 'IVR',
			ivrInboundConfig: { dialplanXml: '<dialplan><play type="tts">Hello</play></dialplan>' },
		},
	},
	{
		title: 'Order › Purchase Keywords (doc line 11103)',
		resource: 'order',
		operation: 'orderKeywords',
		endpoint: 'POST /orders/keywords',
		parameters: { orderOrderKeywordsKeywords: 'SUN, MOON' },
		body: { keywords: ['SUN', 'MOON'] },
	},
	{
		title: 'Order › Purchase Numbers (doc line 11285)',
		resource: 'order',
		operation: 'orderNumbers',
		endpoint: 'POST /orders/numbers',
		parameters: { orderOrderNumbersNumbers: '12131234567, 12131234568' },
		body: { numbers: ['12131234567', '12131234568'] },
	},
	{
		title: 'Order › Purchase Numbers by count and zip code (doc line 11287)',
		resource: 'order',
		operation: 'orderNumbers',
		endpoint: 'POST /orders/numbers',
		parameters: { orderOrderNumbersAdditionalFields: { localCount: 2, zipcode: '90401' } },
		body: { localCount: 2, zipcode: '90401' },
	},
	{
		title: 'Auto Reply › Create (doc line 11945)',
		resource: 'autoReply',
		operation: 'create',
		endpoint: 'POST /texts/auto-replys',
		parameters: {
			autoReplyCreateNumber: '67076',
			autoReplyCreateKeyword: 'CALLFIRE',
			autoReplyCreateMessage: 'I am a leaf on the wind',
		},
		body: { number: '67076', keyword: 'CALLFIRE', message: 'I am a leaf on the wind' },
	},
	{
		title: 'Batch › Update (doc line 3312)',
		resource: 'batch',
		operation: 'update',
		endpoint: 'PUT /campaigns/batches/{id}',
		parameters: { batchUpdateEnabled: true },
		body: { enabled: true },
	},
	{
		title: 'Account › Create API Credential (doc line 8238)',
		resource: 'account',
		operation: 'createApiCredential',
		endpoint: 'POST /me/api/credentials',
		parameters: { accountCreateApiCredentialName: 'api-integration' },
		body: { name: 'api-integration' },
	},
	{
		title: 'Account › Verify Caller ID (doc line 9084)',
		resource: 'account',
		operation: 'verifyCallerId',
		endpoint: 'POST /me/callerids/{callerid}/verification-code',
		parameters: { accountVerifyCallerIdVerificationCode: '1234' },
		body: { verificationCode: '1234' },
	},
	{
		title: 'Text Broadcast › Create',
		resource: 'textBroadcast',
		operation: 'create',
		endpoint: 'POST /texts/broadcasts',
		parameters: {
			textBroadcastCreateName: 'My text broadcast',
			textBroadcastCreateFromNumber: '67076',
			textBroadcastCreateRecipientNumbers: '12135551100',
			textBroadcastCreateMessage: 'Hello',
			textBroadcastCreateAdditionalFields: { bigMessageStrategy: 'TRIM', resumeNextDay: false },
		},
		body: {
			name: 'My text broadcast',
			fromNumber: '67076',
			recipients: [{ phoneNumber: '12135551100' }],
			message: 'Hello',
			bigMessageStrategy: 'TRIM',
			resumeNextDay: false,
		},
	},
	{
		title: 'Text Broadcast › Update',
		resource: 'textBroadcast',
		operation: 'update',
		endpoint: 'PUT /texts/broadcasts/{id}',
		parameters: { textBroadcastUpdateUpdateFields: { message: 'Hello again' } },
		body: { message: 'Hello again' },
	},
	{
		title: 'Webhook › Create (vendor README fields)',
		resource: 'webhook',
		operation: 'create',
		endpoint: 'POST /webhooks',
		parameters: {
			webhookCreateName: 'test webhook',
			webhookCreateResource: 'OutboundTextDeliveryReport',
			webhookCreateEvents: ['Received'],
			webhookCreateCallback: 'https://example.com/callfire',
			webhookCreateAdditionalFields: {
				secret: WEBHOOK_SECRET,
				enabled: true,
				singleUse: false,
				nonStrictSsl: true,
			},
		},
		body: {
			name: 'test webhook',
			resource: 'OutboundTextDeliveryReport',
			events: ['Received'],
			callback: 'https://example.com/callfire',
			secret: WEBHOOK_SECRET,
			enabled: true,
			singleUse: false,
			nonStrictSsl: true,
		},
	},
	{
		title: 'Webhook › Update',
		resource: 'webhook',
		operation: 'update',
		endpoint: 'PUT /webhooks/{id}',
		parameters: {
			webhookUpdateUpdateFields: {
				enabled: false,
				resource: 'CallBroadcast',
				events: ['Finished'],
			},
		},
		body: { enabled: false, resource: 'CallBroadcast', events: ['Finished'] },
	},
];
