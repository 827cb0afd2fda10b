/**
 * The CallFire API v2 doc's own example response for each operation, keyed by "METHOD path"
 * (../shared/vendor-docs/callfire-api-v2.txt; the number is the doc line of "Example Response").
 * "200 OK - No Response" is an empty 200, "204 - No Content" an empty 204, "binary file response"
 * a file. Text broadcasts and webhooks are not in the doc copy: their answers follow the vendor
 * README (text broadcasts mirror the call broadcasts; lists are {items, limit, offset,
 * totalCount}; webhooks have the README's fields) and reuse the doc's call-broadcast examples.
 */
export interface DocResponse {
	status: number;
	body?: unknown;
	binary?: boolean;
}

/** A webhook with the fields the vendor README lists. */
const WEBHOOK = {
	id: 7,
	name: 'test webhook',
	resource: 'InboundText',
	events: ['Finished'],
	callback: 'https://example.com/callfire',
	enabled: true,
	singleUse: false,
	nonStrictSsl: false,
};

export const DOC_RESPONSES: Record<string, DocResponse> = {
	// doc line 410
	'POST /calls': {
		status: 200,
		body: {
			items: [
				{
					id: 13394,
					fromNumber: '12135551189',
					toNumber: '12135551100',
					state: 'READY',
					campaignId: 10,
					batchId: 6,
					contact: { id: 4096, homePhone: '12135551100' },
					inbound: false,
					created: 1443373382000,
					modified: 1443373382000,
					agentCall: false,
				},
				{
					id: 13395,
					fromNumber: '12135551189',
					toNumber: '12135551101',
					state: 'READY',
					campaignId: 10,
					batchId: 6,
					contact: { id: 4097, homePhone: '12135551101' },
					inbound: false,
					created: 1443373386000,
					modified: 1443373386000,
					agentCall: false,
				},
			],
		},
	},
	// doc line 638
	'GET /calls': {
		status: 200,
		body: {
			items: [
				{
					id: 13395,
					fromNumber: '12135551189',
					toNumber: '12135551101',
					state: 'FINISHED',
					campaignId: 10,
					batchId: 6,
					contact: { id: 4097, homePhone: '12135551101' },
					labels: ['survey 1'],
					attributes: { external_user_id: '45450007002', external_route_id: '77770007002' },
					inbound: false,
					created: 1443373386000,
					modified: 1443373412000,
					finalCallResult: 'LA',
					records: [
						{
							id: 10306,
							billedAmount: 1.1667,
							finishTime: 1443373425000,
							callResult: 'LA',
							questionResponses: [
								{ question: 'Do you have a dog', response: 'Yes' },
								{ question: "What's your favorite movie", response: 'StarWars' },
							],
						},
					],
					agentCall: false,
				},
				{
					id: 13394,
					fromNumber: '12135551189',
					toNumber: '12135551100',
					state: 'FINISHED',
					campaignId: 10,
					batchId: 6,
					contact: { id: 4096, homePhone: '12135551100' },
					inbound: false,
					created: 1443373382000,
					modified: 1443373412000,
					finalCallResult: 'CARRIER_ERROR',
					records: [
						{ id: 10305, billedAmount: 0, finishTime: 1443373408000, callResult: 'CARRIER_ERROR' },
					],
					agentCall: false,
				},
			],
			limit: 2,
			offset: 0,
			totalCount: 7160,
		},
	},
	// doc line 899
	'POST /calls/broadcasts': { status: 200, body: { id: 15 } },
	// doc line 1056
	'GET /calls/broadcasts': {
		status: 200,
		body: {
			items: [
				{
					id: 14,
					name: 'Example API VB',
					status: 'STOPPED',
					lastModified: 1443382636000,
					fromNumber: '12135551189',
					localTimeRestriction: { enabled: false },
					retryConfig: {
						maxAttempts: 1,
						minutesBetweenAttempts: 60,
						retryPhoneTypes: ['FIRST_NUMBER'],
					},
					resumeNextDay: true,
					answeringMachineConfig: 'AM_AND_LIVE',
					sounds: {
						liveSoundText: 'Hello! This is a live answer text to speech recording',
						liveSoundId: 64,
						machineSoundText: 'This is an answering machine text to speech recording',
						machineSoundId: 65,
					},
				},
			],
			totalCount: 1,
		},
	},
	// doc line 1168
	'GET /calls/broadcasts/{id}': {
		status: 200,
		body: {
			id: 11,
			name: 'Example API Call Broadcast',
			status: 'STOPPED',
			lastModified: 1455240858000,
			fromNumber: '12135551189',
			localTimeRestriction: { enabled: false },
			retryConfig: {
				maxAttempts: 1,
				minutesBetweenAttempts: 60,
				retryPhoneTypes: ['FIRST_NUMBER'],
			},
			resumeNextDay: true,
			sounds: {
				liveSoundText: 'Hello! This is a live answer text to speech recording',
				liveSoundId: 75,
				machineSoundText: 'This is an answering machine text to speech recording',
				machineSoundId: 76,
			},
			answeringMachineConfig: 'AM_AND_LIVE',
		},
	},
	// doc line 1414
	'PUT /calls/broadcasts/{id}': { status: 200 },
	// doc line 1510
	'POST /calls/broadcasts/{id}/archive': { status: 200 },
	// doc line 1685
	'POST /calls/broadcasts/{id}/batches': { status: 200, body: { id: 13 } },
	// doc line 1811
	'GET /calls/broadcasts/{id}/batches': {
		status: 200,
		body: {
			items: [
				{
					id: 12,
					name: 'API 14',
					status: 'ACTIVE',
					broadcastId: 14,
					created: 1443382635000,
					size: 1,
					remaining: 1,
					enabled: true,
				},
				{
					id: 13,
					name: 'batch name',
					status: 'ACTIVE',
					broadcastId: 14,
					created: 1443383158000,
					size: 2,
					remaining: 2,
					enabled: true,
				},
			],
			limit: 100,
			offset: 0,
		},
	},
	// doc line 1935
	'GET /calls/broadcasts/{id}/calls': {
		status: 200,
		body: {
			items: [
				{
					id: 13408,
					fromNumber: '12135551189',
					toNumber: '12135551101',
					state: 'READY',
					campaignId: 14,
					batchId: 13,
					contact: { id: 4097, homePhone: '12135551101' },
					inbound: false,
					created: 1443383158000,
					modified: 1443383158000,
					agentCall: false,
				},
				{
					id: 13407,
					fromNumber: '12135551189',
					toNumber: '12135551100',
					state: 'READY',
					campaignId: 14,
					batchId: 13,
					contact: { id: 4096, homePhone: '12135551100' },
					inbound: false,
					created: 1443383158000,
					modified: 1443383158000,
					agentCall: false,
				},
				{
					id: 13406,
					fromNumber: '12135551189',
					toNumber: '12135551133',
					state: 'READY',
					campaignId: 14,
					batchId: 12,
					contact: { id: 4102, homePhone: '2135551133' },
					inbound: false,
					created: 1443382636000,
					modified: 1443382636000,
					agentCall: false,
				},
			],
			limit: 100,
			offset: 0,
			totalCount: 3,
		},
	},
	// doc line 2097
	'POST /calls/broadcasts/{id}/recipients': {
		status: 200,
		body: {
			items: [
				{
					id: 13410,
					fromNumber: '12135551189',
					toNumber: '12135551100',
					state: 'READY',
					campaignId: 14,
					batchId: 12,
					contact: { id: 4096, homePhone: '12135551100' },
					inbound: false,
					created: 1443383295000,
					modified: 1443383295000,
					agentCall: false,
				},
				{
					id: 13411,
					fromNumber: '12135551189',
					toNumber: '12135551101',
					state: 'READY',
					campaignId: 14,
					batchId: 12,
					contact: { id: 4097, homePhone: '12135551101' },
					inbound: false,
					created: 1443383295000,
					modified: 1443383295000,
					agentCall: false,
				},
			],
		},
	},
	// doc line 2193
	'POST /calls/broadcasts/{id}/start': { status: 200 },
	// doc line 2314
	'GET /calls/broadcasts/{id}/stats': {
		status: 200,
		body: {
			totalOutboundCount: 2,
			remainingOutboundCount: 0,
			billedAmount: 1.6667,
			callsAttempted: 1,
			callsPlaced: 1,
			callsDuration: 1,
			billedDuration: 60,
			responseRatePercent: 100,
			callsRemaining: 1,
			callsAwaitingRedial: 0,
			callsLiveAnswer: 1,
			totalCount: 2,
			answeringMachineCount: 0,
			busyCount: 0,
			dialedCount: 1,
			doNotCallCount: 1,
			errorCount: 0,
			liveCount: 1,
			miscCount: 0,
			noAnswerCount: 0,
			transferCount: 0,
		},
	},
	// doc line 2410
	'POST /calls/broadcasts/{id}/stop': { status: 200 },
	// doc line 2520
	'GET /calls/recordings/{id}': {
		status: 200,
		body: {
			id: 2033,
			callId: 101,
			campaignId: 15,
			name: 'hello',
			created: 1443382635000,
			lengthInBytes: 12345,
			lengthInSeconds: 9,
			hash: '',
			mp3Url: 'https://api.callfire.com/calls/recordings/2033',
			state: 'READY',
		},
	},
	// doc line 2623
	'GET /calls/recordings/{id}.mp3': { status: 200, binary: true },
	// doc line 2735
	'GET /calls/{id}': {
		status: 200,
		body: {
			id: 13393,
			fromNumber: '12135551189',
			toNumber: '12135551101',
			state: 'FINISHED',
			campaignId: 10,
			batchId: 6,
			contact: { id: 4097, homePhone: '12135551101' },
			inbound: false,
			created: 1443333911000,
			modified: 1443333978000,
			finalCallResult: 'LA',
			records: [{ id: 10304, billedAmount: 1.1667, finishTime: 1443333972000, callResult: 'LA' }],
			agentCall: false,
		},
	},
	// doc line 2849
	'GET /calls/{id}/recordings': {
		status: 200,
		body: {
			items: [
				{
					id: 2033,
					callId: 101,
					campaignId: 15,
					name: 'hello',
					created: 1443382635000,
					lengthInBytes: 12345,
					lengthInSeconds: 9,
					hash: '',
					mp3Url: 'https://api.callfire.com/calls/recordings/2033',
					state: 'READY',
				},
			],
		},
	},
	// doc line 2966
	'GET /calls/{id}/recordings/{name}': {
		status: 200,
		body: {
			id: 2033,
			callId: 101,
			campaignId: 15,
			name: 'hello',
			created: 1443382635000,
			lengthInBytes: 12345,
			lengthInSeconds: 9,
			hash: '',
			mp3Url: 'https://api.callfire.com/calls/recordings/2033',
			state: 'READY',
		},
	},
	// doc line 3074
	'GET /calls/{id}/recordings/{name}.mp3': { status: 200, binary: true },
	// doc line 3179
	'GET /campaigns/batches/{id}': {
		status: 200,
		body: {
			id: 1,
			name: 'CF2 Campaign Sample',
			status: 'ACTIVE',
			broadcastId: 1,
			created: 1297474980000,
			size: 6198,
			remaining: 0,
			enabled: true,
		},
	},
	// doc line 3315
	'PUT /campaigns/batches/{id}': { status: 200 },
	// doc line 3455
	'GET /campaigns/sounds': {
		status: 200,
		body: {
			items: [
				{
					id: 60,
					name: 'TTS: And hello to you too.',
					created: 1443333911000,
					lengthInSeconds: 1,
					status: 'ACTIVE',
				},
				{
					id: 59,
					name: 'TTS: Why hello there!',
					created: 1443333905000,
					lengthInSeconds: 1,
					status: 'ACTIVE',
				},
			],
			limit: 100,
			offset: 0,
			totalCount: 8,
		},
	},
	// doc line 3573
	'POST /campaigns/sounds/calls': { status: 200, body: { id: 61 } },
	// doc line 3685
	'POST /campaigns/sounds/files': { status: 200, body: { id: 63 } },
	// doc line 3803
	'POST /campaigns/sounds/tts': { status: 200, body: { id: 62 } },
	// doc line 3915
	'GET /campaigns/sounds/{id}': {
		status: 200,
		body: {
			id: 61,
			name: 'My sound file',
			created: 1443378307000,
			lengthInSeconds: 3,
			status: 'ACTIVE',
		},
	},
	// doc line 4011
	'DELETE /campaigns/sounds/{id}': { status: 200 },
	// doc line 4114
	'GET /campaigns/sounds/{id}.mp3': { status: 200, binary: true },
	// doc line 4217
	'GET /campaigns/sounds/{id}.wav': { status: 200, binary: true },
	// doc line 4442
	'POST /contacts': { status: 200, body: { items: [{ id: 4103 }, { id: 4104 }] } },
	// doc line 4610; the doc omits the comma after each "id"; added
	'GET /contacts': {
		status: 200,
		body: {
			items: [
				{
					id: 88970899000,
					firstName: 'Alice',
					lastName: 'Moore',
					homePhone: '12135551124',
					mobilePhone: '12136666123',
					workPhone: '14553327789',
					zipcode: '40460',
					properties: { custom_age: 30, custom_position: 'Manager' },
				},
				{
					id: 88971899000,
					firstName: 'Bob',
					lastName: 'Smith',
					homePhone: '17885551111',
					mobilePhone: '17886666122',
					workPhone: '17883327700',
					zipcode: '25600',
					properties: { custom_ext_system_id: 100200301 },
				},
			],
			limit: 10,
			offset: 0,
			totalCount: 2,
		},
	},
	// doc line 4736
	'POST /contacts/dncs': { status: 200 },
	// doc line 4902
	'GET /contacts/dncs': {
		status: 200,
		body: {
			items: [
				{ number: '12132000381', call: true, text: true },
				{ number: '12132000382', call: true, text: true },
				{ number: '12132000383', call: true, text: true },
			],
			totalCount: 3,
		},
	},
	// doc line 4998
	'DELETE /contacts/dncs/sources/{source}': { status: 204 },
	// doc line 5121
	'GET /contacts/dncs/universals/{toNumber}': {
		status: 200,
		body: {
			items: [
				{
					toNumber: '12132212381',
					inboundCall: false,
					inboundText: false,
					outboundCall: true,
					outboundText: true,
				},
			],
		},
	},
	// doc line 5223
	'GET /contacts/dncs/{number}': {
		status: 200,
		body: { number: '12132000381', call: true, text: true, created: 1443390407000 },
	},
	// doc line 5319
	'DELETE /contacts/dncs/{number}': { status: 204 },
	// doc line 5448
	'PUT /contacts/dncs/{number}': { status: 200 },
	// doc line 5730
	'POST /contacts/lists': { status: 200, body: { id: 3 } },
	// doc line 5870
	'GET /contacts/lists': {
		status: 200,
		body: {
			items: [
				{ id: 3, name: 'Created Contact List', size: 1, created: 1443390407000, status: 'ACTIVE' },
			],
			totalCount: 1,
		},
	},
	// doc line 5988
	'POST /contacts/lists/upload': { status: 200, body: { id: 4 } },
	// doc line 6100
	'GET /contacts/lists/{id}': {
		status: 200,
		body: {
			id: 3,
			name: 'Created Contact List',
			size: 1,
			created: 1443390407000,
			status: 'ACTIVE',
		},
	},
	// doc line 6196
	'DELETE /contacts/lists/{id}': { status: 204 },
	// doc line 6304
	'PUT /contacts/lists/{id}': { status: 200 },
	// doc line 6596
	'POST /contacts/lists/{id}/items': { status: 200 },
	// doc line 6733
	'GET /contacts/lists/{id}/items': {
		status: 200,
		body: {
			items: [
				{ id: 4104, firstName: 'Carl', lastName: 'Friar', homePhone: '12135551125' },
				{ id: 4105, firstName: 'Contact', lastName: 'One', homePhone: '12135551126' },
				{ id: 4106, firstName: 'Contact', lastName: 'Two', homePhone: '12135551127' },
			],
			totalCount: 3,
		},
	},
	// doc line 6844
	'DELETE /contacts/lists/{id}/items': { status: 200 },
	// doc line 6952
	'DELETE /contacts/lists/{id}/items/{contactId}': { status: 200 },
	// doc line 7064
	'GET /contacts/{id}': {
		status: 200,
		body: {
			id: 4103,
			firstName: 'Test',
			lastName: 'Contact',
			homePhone: '12135551124',
			workPhone: '1213555115',
		},
	},
	// doc line 7160
	'DELETE /contacts/{id}': { status: 204 },
	// doc line 7321
	'PUT /contacts/{id}': { status: 200 },
	// doc line 7447
	'GET /contacts/{id}/history': {
		status: 200,
		body: {
			id: 3089,
			calls: [
				{
					id: 12385,
					fromNumber: '12135551189',
					toNumber: '18089552643',
					state: 'READY',
					campaignId: 8,
					batchId: 5,
					contact: {
						id: 3089,
						firstName: 'Janet',
						lastName: 'Robertson',
						workPhone: '18089552643',
					},
					inbound: false,
					created: 1443332871000,
					modified: 1443332871000,
					agentCall: false,
				},
				{
					id: 3089,
					fromNumber: '12135551189',
					toNumber: '18089552643',
					state: 'FINISHED',
					campaignId: 1,
					batchId: 1,
					contact: {
						id: 3089,
						firstName: 'Janet',
						lastName: 'Robertson',
						workPhone: '18089552643',
					},
					inbound: false,
					created: 1443332868000,
					modified: 1443239245000,
					finalCallResult: 'NO_ANS',
					records: [
						{ id: 3089, billedAmount: 0.0, finishTime: 1443239245000, callResult: 'NO_ANS' },
					],
					agentCall: false,
				},
			],
			texts: [
				{
					id: 6209,
					fromNumber: '12135551189',
					toNumber: '18089552643',
					state: 'FINISHED',
					campaignId: 3,
					batchId: 2,
					contact: {
						id: 3089,
						firstName: 'Janet',
						lastName: 'Robertson',
						workPhone: '18089552643',
					},
					inbound: false,
					created: 1443239245000,
					modified: 1443239245000,
					message: 'Outbound test text message',
					finalTextResult: 'SENT',
					records: [
						{
							id: 7215,
							billedAmount: 0.03,
							finishTime: 1443239245000,
							message: 'CallFire Rocks!',
							textResult: 'SENT',
						},
					],
				},
			],
		},
	},
	// doc line 7552
	'GET /keywords': {
		status: 200,
		body: {
			items: [
				{ shortCode: '67076', keyword: 'SUN' },
				{ shortCode: '67076', keyword: 'MOON' },
			],
		},
	},
	// doc line 7673
	'GET /keywords/leases': {
		status: 200,
		body: {
			items: [
				{
					shortCode: '67076',
					keyword: 'CALLFIRE',
					leaseBegin: 1000000000000,
					leaseEnd: 1000000000000,
					autoRenew: true,
					status: 'ACTIVE',
				},
			],
			limit: 100,
			offset: 0,
			totalCount: 1,
		},
	},
	// doc line 7785
	'GET /keywords/leases/{keyword}': {
		status: 200,
		body: {
			shortCode: '67076',
			keyword: 'CALLFIRE',
			leaseBegin: 1000000000000,
			leaseEnd: 1000000000000,
			autoRenew: true,
			status: 'ACTIVE',
		},
	},
	// doc line 7919
	'PUT /keywords/leases/{keyword}': { status: 200 },
	// doc line 8021
	'GET /keywords/{keyword}/available': { status: 200, body: true },
	// doc line 8116
	'GET /me/account': {
		status: 200,
		body: {
			id: 1,
			email: 'test-account@callfire.com',
			name: 'Test Account',
			firstName: 'CallFire',
			lastName: 'Developer',
			permissions: ['ACCOUNT_HOLDER', 'API'],
		},
	},
	// doc line 8241
	'POST /me/api/credentials': {
		status: 200,
		body: {
			id: 11,
			name: 'api_20_account',
			username: '8a804bba69ba',
			// eslint-disable-next-line @n8n/community-nodes/no-hardcoded-secrets -- the doc's example answer
			password: 'aaaa000aaa00aa00',
			enabled: true,
		},
	},
	// doc line 8356
	'GET /me/api/credentials': {
		status: 200,
		body: {
			items: [
				{
					id: 11,
					name: 'api_20_account',
					username: '8a804bba69ba',
					password: '**aa00',
					enabled: true,
				},
			],
			totalCount: 1,
		},
	},
	// doc line 8468
	'GET /me/api/credentials/{id}': {
		status: 200,
		body: {
			id: 11,
			name: 'api_20_account',
			username: '8a804bba69ba',
			password: '**aa00',
			enabled: true,
		},
	},
	// doc line 8564
	'DELETE /me/api/credentials/{id}': { status: 204 },
	// doc line 8679
	'GET /me/billing/credit-usage': {
		status: 200,
		body: {
			intervalBegin: 1000000000000,
			intervalEnd: 1000000000000,
			callsDurationMinutes: 100,
			textsSent: 100,
			creditsUsed: 2015.0,
		},
	},
	// doc line 8774
	'GET /me/billing/plan-usage': {
		status: 200,
		body: {
			intervalStart: 1000000000000,
			intervalEnd: 1000000000000,
			remainingPlanCredits: 0.0,
			remainingPayAsYouGoCredits: 2015.0,
			totalRemainingCredits: 2015.0,
		},
	},
	// doc line 8871
	'GET /me/callerids': { status: 200, body: { items: [{ phoneNumber: '12135551189' }] } },
	// doc line 8973
	'POST /me/callerids/{callerid}': { status: 200 },
	// doc line 9087
	'POST /me/callerids/{callerid}/verification-code': { status: 200, body: true },
	// doc line 9195
	'POST /media': { status: 200, body: { id: 1234 } },
	// doc line 9311
	'GET /media/public/{key}.{extension}': { status: 200, binary: true },
	// doc line 9423
	'GET /media/{id}': {
		status: 200,
		body: {
			id: 1234,
			accountId: 54321,
			name: 'hello',
			created: 1443382635000,
			lengthInBytes: 123456,
			mediaType: 'MP3',
			publicUrl: 'https://www.callfire.com/v2/media/public/ahashkey123.mp3',
		},
	},
	// doc line 9541
	'GET /media/{id}.{extension}': { status: 200, binary: true },
	// doc line 9642
	'GET /media/{id}/file': { status: 200, binary: true },
	// doc line 9812
	'GET /numbers/leases': {
		status: 200,
		body: {
			items: [
				{
					number: '12135551100',
					nationalFormat: '(213) 555-1100',
					tollFree: false,
					region: {
						prefix: '1920659',
						city: 'APPLETON',
						state: 'WI',
						zipcode: '54911',
						lata: '350',
						rateCenter: 'APPLETON',
						latitude: 44.2563,
						longitude: -88.4018,
						timeZone: 'America/Chicago',
					},
					leaseBegin: 1305097200000,
					leaseEnd: 1448606871000,
					autoRenew: true,
					status: 'ACTIVE',
					callFeatureStatus: 'ENABLED',
					textFeatureStatus: 'ENABLED',
				},
				{
					number: '13025178999',
					nationalFormat: '(302) 517-8999',
					tollFree: false,
					region: {
						prefix: '1302517',
						city: 'HOCKESSIN',
						state: 'DE',
						zipcode: '19707',
						lata: '228',
						rateCenter: 'HOCKESSIN',
						latitude: 39.7851,
						longitude: -75.6984,
						timeZone: 'America/New_York',
					},
					autoRenew: true,
					status: 'ACTIVE',
					callFeatureStatus: 'UNSUPPORTED',
					textFeatureStatus: 'ENABLED',
				},
			],
			limit: 100,
			offset: 0,
			totalCount: 2,
		},
	},
	// doc line 9982
	'GET /numbers/leases/configs': {
		status: 200,
		body: {
			items: [
				{
					number: '12135551100',
					configType: 'IVR',
					ivrInboundConfig: {
						dialplanXml:
							"\n\t\n\t0\n\tfalse\n\tfalse\n\t\n\n\t\tfalse\n\t\tEnter your pin number\n\t\t\n\t\t ${call.lastinput}\n\t\t\tauthenticating\n http://localhost:8080/callfire-api-impl/authentication/call-in/?pin=${call.lastinput}&callId=${call.id}\n \n Couldn't find that pin\n enter_pin_prompt\n \t\t\t\t\n \n \n Record after the beep. Press pound when done.\n \n Listen to recording, press 1. Save recording, press 2. Record again, press 3.\n \n ${recording}\n recording_options\n \n \n \n true\n Recording Saved. It will be available shortly.\n \n \n record\n \n \n\t\t\n\t\n\t\n\n",
					},
				},
				{ number: '13025178999' },
			],
			limit: 100,
			offset: 0,
			totalCount: 2,
		},
	},
	// doc line 10096
	'GET /numbers/leases/configs/{number}': {
		status: 200,
		body: {
			number: '12135551100',
			configType: 'TRACKING',
			callTrackingConfig: {
				transferNumbers: ['12135551189', '12135551122'],
				screen: false,
				recorded: true,
			},
		},
	},
	// doc line 10283
	'PUT /numbers/leases/configs/{number}': { status: 200 },
	// doc line 10395
	'GET /numbers/leases/{number}': {
		status: 200,
		body: {
			number: '12135551100',
			nationalFormat: '(213) 555-1100',
			tollFree: false,
			region: {
				prefix: '1920659',
				city: 'APPLETON',
				state: 'WI',
				zipcode: '54911',
				lata: '350',
				rateCenter: 'APPLETON',
				latitude: 44.2563,
				longitude: -88.4018,
				timeZone: 'America/Chicago',
			},
			leaseBegin: 1305097200000,
			leaseEnd: 1448606871000,
			autoRenew: true,
			status: 'ACTIVE',
			callFeatureStatus: 'ENABLED',
			textFeatureStatus: 'ENABLED',
		},
	},
	// doc line 10544
	'PUT /numbers/leases/{number}': { status: 200 },
	// doc line 10705
	'GET /numbers/local': {
		status: 200,
		body: [
			{
				number: '13102308654',
				nationalFormat: '(310) 230-8654',
				tollFree: false,
				region: {
					prefix: '1310230',
					city: 'SANTA MONICA',
					state: 'CA',
					zipcode: '90401',
					lata: '730',
					rateCenter: 'SNMN SNMN',
					latitude: 34.0428,
					longitude: -118.5249,
					timeZone: 'America/Los_Angeles',
				},
			},
			{
				number: '13102301603',
				nationalFormat: '(310) 230-1603',
				tollFree: false,
				region: {
					prefix: '1310230',
					city: 'SANTA MONICA',
					state: 'CA',
					zipcode: '90401',
					lata: '730',
					rateCenter: 'SNMN SNMN',
					latitude: 34.0428,
					longitude: -118.5249,
					timeZone: 'America/Los_Angeles',
				},
			},
		],
	},
	// doc line 10868
	'GET /numbers/regions': {
		status: 200,
		body: {
			items: [
				{
					prefix: '1310230',
					city: 'SANTA MONICA',
					state: 'CA',
					zipcode: '90401',
					lata: '730',
					rateCenter: 'SNMN SNMN',
					latitude: 34.0428,
					longitude: -118.5249,
					timeZone: 'America/Los_Angeles',
				},
				{
					prefix: '1310239',
					city: 'SANTA MONICA',
					state: 'CA',
					zipcode: '90401',
					lata: '730',
					rateCenter: 'SNMN SNMN',
					latitude: 34.02,
					longitude: -118.4904,
					timeZone: 'America/Los_Angeles',
				},
			],
			limit: 2,
			offset: 0,
			totalCount: 24,
		},
	},
	// doc line 10992
	'GET /numbers/tollfree': {
		status: 200,
		body: [
			{ number: '18665552017', nationalFormat: '(866) 555-2017', tollFree: true },
			{ number: '18665553366', nationalFormat: '(866) 555-3366', tollFree: true },
		],
	},
	// doc line 11106
	'POST /orders/keywords': { status: 200, body: { id: 12 } },
	// doc line 11290
	'POST /orders/numbers': { status: 200, body: { id: 10 } },
	// doc line 11402
	'GET /orders/{id}': {
		status: 200,
		body: {
			id: 10,
			status: 'FINISHED',
			created: 1443402092000,
			totalCost: 0.0,
			localNumbers: { ordered: 2, unitCost: 0.0, fulfilled: ['13102305724', '13102306096'] },
		},
	},
	// doc line 11614
	'POST /texts': {
		status: 200,
		body: {
			items: [
				{
					id: 13413,
					fromNumber: '67076',
					toNumber: '12135551100',
					state: 'READY',
					campaignId: 20,
					batchId: 14,
					contact: { id: 4096, homePhone: '12135551100' },
					inbound: false,
					created: 1443403042000,
					modified: 1443403042000,
					message: 'Hello World!',
				},
				{
					id: 13414,
					fromNumber: '67076',
					toNumber: '12135551101',
					state: 'READY',
					campaignId: 20,
					batchId: 14,
					contact: { id: 4097, homePhone: '12135551101' },
					inbound: false,
					created: 1443403044000,
					modified: 1443403044000,
					message: 'Testing 1 2 3',
				},
			],
		},
	},
	// doc line 11821
	'GET /texts': {
		status: 200,
		body: {
			items: [
				{
					id: 13405,
					fromNumber: '12135551100',
					toNumber: '12135551123',
					state: 'READY',
					campaignId: 13,
					batchId: 11,
					contact: { id: 4101, homePhone: '12135551123' },
					inbound: true,
					created: 1443382358000,
					modified: 1443382358000,
					message: 'a new test message',
				},
				{
					id: 13404,
					fromNumber: '12135551100',
					toNumber: '12135551122',
					state: 'READY',
					campaignId: 13,
					batchId: 10,
					contact: { id: 4099, homePhone: '12135551122' },
					inbound: true,
					created: 1443382248000,
					modified: 1443382248000,
					message: 'a new test message',
				},
			],
			limit: 2,
			offset: 0,
			totalCount: 4107,
		},
	},
	// doc line 11948
	'POST /texts/auto-replys': { status: 200, body: { id: 15 } },
};

/** The answers of the operations the doc copy lacks (see above). */
function README_RESPONSES(): Record<string, DocResponse> {
	return {
		// Not in the doc copy (see above): GET /texts/{id} answers one text as GET /texts lists them.
		'GET /texts/{id}': { status: 200, body: texts().items[0] },
		// Text broadcasts mirror the call broadcasts (vendor README).
		'POST /texts/broadcasts': mirror('POST /calls/broadcasts'),
		'GET /texts/broadcasts': mirror('GET /calls/broadcasts'),
		'GET /texts/broadcasts/{id}': mirror('GET /calls/broadcasts/{id}'),
		'PUT /texts/broadcasts/{id}': mirror('PUT /calls/broadcasts/{id}'),
		'POST /texts/broadcasts/{id}/start': mirror('POST /calls/broadcasts/{id}/start'),
		'POST /texts/broadcasts/{id}/stop': mirror('POST /calls/broadcasts/{id}/stop'),
		'POST /texts/broadcasts/{id}/archive': mirror('POST /calls/broadcasts/{id}/archive'),
		'GET /texts/broadcasts/{id}/texts': mirror('GET /texts'),
		'GET /texts/broadcasts/{id}/stats': mirror('GET /calls/broadcasts/{id}/stats'),
		'POST /texts/broadcasts/{id}/recipients': mirror('POST /texts'),
		// Webhooks: the README's fields; create answers {id} and update/delete nothing, as the doc's
		// other creates, updates and deletes do.
		'GET /webhooks': {
			status: 200,
			body: { items: [WEBHOOK], limit: 100, offset: 0, totalCount: 1 },
		},
		'POST /webhooks': { status: 200, body: { id: WEBHOOK.id } },
		'GET /webhooks/{id}': { status: 200, body: WEBHOOK },
		'PUT /webhooks/{id}': { status: 200 },
		'DELETE /webhooks/{id}': { status: 204 },
	};
}

function texts(): { items: object[] } {
	return DOC_RESPONSES['GET /texts'].body as { items: object[] };
}

function mirror(key: string): DocResponse {
	return DOC_RESPONSES[key];
}

Object.assign(DOC_RESPONSES, README_RESPONSES());

/**
 * The operations the doc pages with `limit` and `offset` (both listed among its parameters),
 * plus the lists the vendor README adds (text broadcasts mirror the call broadcasts; webhooks).
 */
export const DOC_PAGED = new Set([
	'GET /calls',
	'GET /calls/broadcasts',
	'GET /calls/broadcasts/{id}/batches',
	'GET /calls/broadcasts/{id}/calls',
	'GET /campaigns/sounds',
	'GET /contacts',
	'GET /contacts/dncs',
	'GET /contacts/lists',
	'GET /contacts/lists/{id}/items',
	'GET /contacts/{id}/history',
	'GET /keywords/leases',
	'GET /me/api/credentials',
	'GET /numbers/leases',
	'GET /numbers/leases/configs',
	'GET /numbers/regions',
	'GET /texts',
	'GET /texts/broadcasts',
	'GET /texts/broadcasts/{id}/texts',
	'GET /webhooks',
]);
