import type { INodeProperties } from 'n8n-workflow';

import { buildResource, type OperationSpec } from '../GenericFunctions';
import { FEATURE_STATUSES, LEASE_STATUSES, PHONE_HINT, weeklyFields } from './common';
import type { FormField } from './formFields';

const sound = (path: string, label: string): FormField => ({
	path,
	displayName: `${label} Sound Name or ID`,
	type: 'options',
	loadOptions: 'getSounds',
	description: `The ${label.toLowerCase()} sound`,
});

export const numberLeaseOperations: OperationSpec[] = [
	{
		"value": "getAll",
		"name": "Get Many",
		"action": "Get many number leases",
		"description": "List the numbers the account leases",
		"method": "GET",
		"path": "/numbers/leases",
		"query": [
			{
				"name": "prefix",
				"displayName": "Prefix"
			},
			{
				"name": "city",
				"displayName": "City"
			},
			{
				"name": "state",
				"displayName": "State"
			},
			{
				"name": "zipcode",
				"displayName": "Zipcode"
			},
			{
				"name": "lata",
				"displayName": "Lata"
			},
			{
				"name": "rateCenter",
				"displayName": "Rate Center"
			},
			{
				"name": "labelName",
				"displayName": "Label Name"
			}
		],
		"list": true
	},
	{
		"value": "get",
		"name": "Get",
		"action": "Get a number lease",
		"description": "Get the lease of one number",
		"method": "GET",
		"path": "/numbers/leases/{number}",
		"pathLabels": {
			"number": "Number"
		}
	},
	{
		"value": "update",
		"name": "Update",
		"action": "Update a number lease",
		"description": "Change the settings you add to a number lease (renewal, call and text features, labels); the others stay as they are",
		"method": "PUT",
		"path": "/numbers/leases/{number}",
		"pathLabels": {
			"number": "Number"
		},
		"body": "object",
		"bodyExample": "{\"callFeatureStatus\": \"DISABLED\", \"autoRenew\": false}",
		form: {
			optional: [
				{
					path: 'autoRenew',
					displayName: 'Auto Renew',
					type: 'boolean',
					default: true,
					description: 'Whether the lease renews at the end of each billing cycle',
				},
				{
					path: 'callFeatureStatus',
					displayName: 'Calls',
					type: 'options',
					options: FEATURE_STATUSES,
					default: 'ENABLED',
					description: 'Whether the number makes and takes calls',
				},
				{
					path: 'textFeatureStatus',
					displayName: 'Texts',
					type: 'options',
					options: FEATURE_STATUSES,
					default: 'ENABLED',
					description: 'Whether the number sends and receives texts',
				},
				{
					path: 'labels',
					displayName: 'Labels',
					type: 'list',
					description: "Comma-separated labels of the number. The list sent takes the place of the number's labels: give all of them.",
				},
				{
					path: 'status',
					displayName: 'Status',
					type: 'options',
					options: LEASE_STATUSES,
					default: 'ACTIVE',
					description: 'The lease status',
				},
			],
			optionalLabel: 'Update Fields',
			notEmpty: 'Add at least one field to update',
		},
	},
	{
		"value": "getConfigs",
		"name": "Get Many Configs",
		"action": "Get many number configs",
		"description": "List how the leased numbers answer calls",
		"method": "GET",
		"path": "/numbers/leases/configs",
		"query": [
			{
				"name": "prefix",
				"displayName": "Prefix"
			},
			{
				"name": "city",
				"displayName": "City"
			},
			{
				"name": "state",
				"displayName": "State"
			},
			{
				"name": "zipcode",
				"displayName": "Zipcode"
			},
			{
				"name": "lata",
				"displayName": "Lata"
			},
			{
				"name": "rateCenter",
				"displayName": "Rate Center"
			},
			{
				"name": "labelName",
				"displayName": "Label Name"
			}
		],
		"list": true
	},
	{
		"value": "getConfig",
		"name": "Get Config",
		"action": "Get a number config",
		"description": "Get how one leased number answers calls",
		"method": "GET",
		"path": "/numbers/leases/configs/{number}",
		"pathLabels": {
			"number": "Number"
		}
	},
	{
		"value": "updateConfig",
		"name": "Update Config",
		"action": "Update a number config",
		"description": "Set a leased number to forward calls (call tracking) or answer with an IVR",
		"method": "PUT",
		"path": "/numbers/leases/configs/{number}",
		"pathLabels": {
			"number": "Number"
		},
		"body": "object",
		"bodyExample": "{\"configType\": \"TRACKING\", \"callTrackingConfig\": {\"screen\": false, \"recorded\": true, \"voicemail\": true, \"introSoundId\": 10004001, \"whisperSoundId\": 10005002, \"voicemailSoundId\": 10006003, \"failedTransferSoundId\": 10007004, \"transferNumbers\": [\"12135551122\", \"12135551189\"], \"weeklySchedule\": {\"startTimeOfDay\": {\"hour\": 10, \"minute\": 0, \"second\": 0}, \"stopTimeOfDay\": {\"hour\": 18, \"minute\": 0, \"second\": 0}, \"daysOfWeek\": [\"MONDAY\", \"TUESDAY\", \"WEDNESDAY\", \"THURSDAY\", \"FRIDAY\"], \"timeZone\": \"America/New_York\"}, \"googleAnalytics\": {\"domain\": \"domain-name\", \"googleAccountId\": \"UA-XXXXX-2X\", \"category\": \"Sales\"}}}",
		form: {
			fields: [
				{
					path: 'configType',
					displayName: 'Config Type',
					type: 'options',
					required: true,
					default: 'TRACKING',
					options: [
						{
							name: 'Call Tracking',
							value: 'TRACKING',
							description: 'Forward calls to your numbers, with recording and analytics',
						},
						{ name: 'IVR', value: 'IVR', description: 'Answer calls with an IVR dialplan' },
					],
				},
				{
					path: 'callTrackingConfig',
					param: 'callTracking',
					displayName: 'Call Tracking',
					type: 'group',
					placeholder: 'Add Setting',
					showWhen: { configType: ['TRACKING'] },
					description:
						"The number's whole call-tracking setup: give every setting it should have (CallFire's doc does not say that settings left out are kept)",
					fields: [
						{
							path: 'transferNumbers',
							displayName: 'Transfer Numbers',
							type: 'list',
							phone: true,
							placeholder: '12135551122, 12135551189',
							description: `Comma-separated numbers calls are forwarded to. ${PHONE_HINT}.`,
						},
						{
							path: 'recorded',
							displayName: 'Record Calls',
							type: 'boolean',
							default: true,
							description: 'Whether calls are recorded',
						},
						{
							path: 'screen',
							displayName: 'Screen Calls',
							type: 'boolean',
							default: false,
							description: 'Whether the person answering hears who calls before being connected',
						},
						{
							path: 'voicemail',
							displayName: 'Voicemail',
							type: 'boolean',
							default: true,
							description: 'Whether unanswered callers can leave a voicemail',
						},
						sound('introSoundId', 'Intro'),
						sound('whisperSoundId', 'Whisper'),
						sound('voicemailSoundId', 'Voicemail'),
						sound('failedTransferSoundId', 'Failed Transfer'),
						{
							path: 'weeklySchedule',
							displayName: 'Weekly Schedule',
							type: 'group',
							placeholder: 'Add Schedule Field',
							description: 'When calls are forwarded',
							fields: weeklyFields(),
						},
						{
							path: 'googleAnalytics',
							displayName: 'Google Analytics',
							type: 'group',
							placeholder: 'Add Analytics Field',
							fields: [
								{ path: 'domain', displayName: 'Domain', type: 'string' },
								{
									path: 'googleAccountId',
									displayName: 'Google Account ID',
									type: 'string',
									placeholder: 'UA-XXXXX-2X',
								},
								{ path: 'category', displayName: 'Category', type: 'string', placeholder: 'Sales' },
							],
						},
					],
				},
				{
					path: 'ivrInboundConfig.dialplanXml',
					param: 'dialplanXml',
					displayName: 'IVR Dialplan XML',
					type: 'text',
					required: true,
					showWhen: { configType: ['IVR'] },
					description: 'The IVR dialplan that answers the calls',
				},
			],
			json: true,
			check: (body) =>
				body.configType === 'TRACKING' && body.callTrackingConfig === undefined
					? 'Call Tracking needs at least one setting, e.g. Transfer Numbers'
					: undefined,
		},
	},
];

export const numberLeaseDescription: INodeProperties[] = buildResource('numberLease', numberLeaseOperations);
