import type { INodeProperties } from 'n8n-workflow';

import { buildResource, type OperationSpec } from '../GenericFunctions';
import { ANSWERING_MACHINE_CONFIGS, CALL_RESULTS, VOICES, broadcastFields, forUpdate } from './common';
import type { BodyForm, FormField } from './formFields';

const shared = broadcastFields('call');

const voice = (path: string, message: string): FormField => ({
	path,
	displayName: `${message} Voice`,
	type: 'options',
	options: VOICES,
	default: 'MALE1',
	description: `The text-to-speech voice of the ${message.toLowerCase()}`,
});

const sound = (path: string, message: string): FormField => ({
	path,
	displayName: `${message} Sound Name or ID`,
	type: 'options',
	loadOptions: 'getSounds',
	description: `A sound of your account to play instead of the ${message.toLowerCase()} text`,
});

const liveMessage: FormField = {
	path: 'sounds.liveSoundText',
	param: 'liveMessage',
	displayName: 'Live Message',
	type: 'text',
	description: 'Text read out when a person answers',
};

/** The fields of a CallBroadcast body (doc: POST/PUT /calls/broadcasts). */
const optionalFields: FormField[] = [
	{
		path: 'answeringMachineConfig',
		displayName: 'Answering Machine',
		type: 'options',
		options: ANSWERING_MACHINE_CONFIGS,
		default: 'AM_AND_LIVE',
		description: 'What to do when an answering machine is detected',
	},
	shared.recipientContactIds,
	voice('sounds.liveSoundTextVoice', 'Live Message'),
	sound('sounds.liveSoundId', 'Live Message'),
	{
		path: 'sounds.machineSoundText',
		param: 'machineMessage',
		displayName: 'Machine Message',
		type: 'text',
		description: 'Text read out when an answering machine picks up',
	},
	voice('sounds.machineSoundTextVoice', 'Machine Message'),
	sound('sounds.machineSoundId', 'Machine Message'),
	{
		path: 'sounds.transferDigit',
		displayName: 'Transfer Digit',
		type: 'string',
		placeholder: '1',
		description: 'The key a person presses to be transferred',
	},
	{
		path: 'sounds.transferNumber',
		displayName: 'Transfer Number',
		type: 'string',
		phone: true,
		placeholder: '12135551100',
		description: 'Where the call is transferred to, digits with country code',
	},
	{
		path: 'sounds.transferSoundText',
		param: 'transferMessage',
		displayName: 'Transfer Message',
		type: 'text',
		description: 'Text read out when the call is transferred',
	},
	voice('sounds.transferSoundTextVoice', 'Transfer Message'),
	sound('sounds.transferSoundId', 'Transfer Message'),
	{
		path: 'sounds.dncDigit',
		displayName: 'Do Not Call Digit',
		type: 'string',
		placeholder: '9',
		description: 'The key a person presses to be put on your do-not-call list',
	},
	{
		path: 'sounds.dncSoundText',
		param: 'dncMessage',
		displayName: 'Do Not Call Message',
		type: 'text',
		description: 'Text read out when a person asks not to be called',
	},
	voice('sounds.dncSoundTextVoice', 'Do Not Call Message'),
	sound('sounds.dncSoundId', 'Do Not Call Message'),
	{
		path: 'dialplanXml',
		displayName: 'IVR Dialplan XML',
		type: 'text',
		description: 'An IVR dialplan; with it the broadcast is an IVR and needs no messages',
	},
	shared.labels,
	shared.localTimeRestriction,
	shared.maxActive,
	{
		path: 'maxActiveTransfers',
		displayName: 'Max Active Transfers',
		type: 'number',
		default: 1,
		description: 'The most transfers under way at once',
	},
	shared.resumeNextDay,
	{
		path: 'retryConfig',
		displayName: 'Retry',
		type: 'group',
		placeholder: 'Add Retry Setting',
		description: 'Call again the numbers not reached the first time',
		fields: [
			{ path: 'maxAttempts', displayName: 'Max Attempts', type: 'number', default: 2 },
			{
				path: 'minutesBetweenAttempts',
				displayName: 'Minutes Between Attempts',
				type: 'number',
				default: 60,
			},
			{
				path: 'retryResults',
				displayName: 'Retry Results',
				type: 'multiOptions',
				options: CALL_RESULTS,
				description: 'Which call results are retried, e.g. BUSY, NO_ANS',
			},
			{
				path: 'retryPhoneTypes',
				displayName: 'Retry Phone Types',
				type: 'multiOptions',
				options: [
					{ name: 'First Number', value: 'FIRST_NUMBER' },
					{ name: 'Home Phone', value: 'HOME_PHONE' },
					{ name: 'Mobile Phone', value: 'MOBILE_PHONE' },
					{ name: 'Work Phone', value: 'WORK_PHONE' },
				],
				description: "Which of a contact's numbers are tried",
			},
		],
	},
	shared.schedules,
];

const createForm: BodyForm = {
	fields: [
		{ ...shared.name, required: true },
		shared.fromNumber,
		{
			...shared.recipientNumbers,
			description: `${shared.recipientNumbers.description} Contact lists are added with Add Batch.`,
		},
		liveMessage,
	],
	optional: optionalFields,
	json: true,
};

const updateForm: BodyForm = {
	optional: forUpdate([shared.name, shared.fromNumber, shared.recipientNumbers, liveMessage, ...optionalFields]),
	optionalLabel: 'Update Fields',
	json: true,
	notEmpty: 'Add at least one field to update',
};

const addBatchForm: BodyForm = {
	fields: [
		{ path: 'name', displayName: 'Batch Name', type: 'string', placeholder: 'e.g. May leads' },
		{
			path: 'contactListId',
			displayName: 'Contact List Name or ID',
			type: 'options',
			loadOptions: 'getContactLists',
			description: 'The contact list whose contacts the batch calls',
		},
		{ ...shared.recipientNumbers, description: `${shared.recipientNumbers.description} Instead of, or with, a contact list.` },
	],
	optional: [
		shared.recipientContactIds,
		{
			path: 'scrubDuplicates',
			displayName: 'Scrub Duplicates',
			type: 'boolean',
			default: true,
			description: 'Whether recipients already in the broadcast are left out',
		},
	],
	json: true,
	check: (body) =>
		body.contactListId === undefined && body.recipients === undefined
			? 'Choose a contact list or give recipients'
			: undefined,
};

export const callBroadcastOperations: OperationSpec[] = [
	{
		"value": "create",
		"name": "Create",
		"action": "Create a call broadcast",
		"description": "Create a voice broadcast: who to call, what they hear, when",
		"method": "POST",
		"path": "/calls/broadcasts",
		"query": [
			{
				"name": "start",
				"displayName": "Start",
				"type": "boolean",
				"description": "Whether to start the broadcast as soon as it is created"
			},
			{
				"name": "strictValidation",
				"displayName": "Strict Validation",
				"type": "boolean",
				"description": "Whether CallFire refuses the whole request (HTTP 400) when one number does not pass validation"
			}
		],
		"body": "object",
		"bodyExample": "{\"name\": \"Example API Call Broadcast\", \"fromNumber\": \"12135551189\", \"recipients\": [{\"phoneNumber\": \"2134441133\"}, {\"phoneNumber\": \"2135551144\"}], \"answeringMachineConfig\": \"AM_AND_LIVE\", \"sounds\": {\"liveSoundText\": \"Hello! This is a live answer text to speech recording\", \"machineSoundText\": \"This is an answering machine text to speech recording\"}, \"resumeNextDay\": true}",
		form: createForm,
	},
	{
		"value": "getAll",
		"name": "Get Many",
		"action": "Get many call broadcasts",
		"description": "Find call broadcasts by name, label or whether they run",
		"method": "GET",
		"path": "/calls/broadcasts",
		"query": [
			{
				"name": "label",
				"displayName": "Label"
			},
			{
				"name": "name",
				"displayName": "Name"
			},
			{
				"name": "running",
				"displayName": "Running",
				"type": "boolean",
				"description": "Whether to find running broadcasts (on) or the others (off)"
			}
		],
		"list": true
	},
	{
		"value": "get",
		"name": "Get",
		"action": "Get a call broadcast",
		"description": "Get one call broadcast by its ID",
		"method": "GET",
		"path": "/calls/broadcasts/{id}",
		"pathLabels": {
			"id": "ID"
		}
	},
	{
		"value": "update",
		"name": "Update",
		"action": "Update a call broadcast",
		"description": "Change the settings you add to a call broadcast; the others stay as they are",
		"method": "PUT",
		"path": "/calls/broadcasts/{id}",
		"pathLabels": {
			"id": "ID"
		},
		"query": [
			{
				"name": "strictValidation",
				"displayName": "Strict Validation",
				"type": "boolean",
				"description": "Whether CallFire refuses the whole request (HTTP 400) when one number does not pass validation"
			}
		],
		"body": "object",
		"bodyExample": "{\"name\": \"Call Broadcast with Schedules\", \"answeringMachineConfig\": \"LIVE_IMMEDIATE\", \"sounds\": {\"liveSoundText\": \"Hello! This is an updated Call Broadcast config tts\"}, \"schedules\": [{\"startTimeOfDay\": {\"hour\": 10, \"minute\": 0, \"second\": 0}, \"stopTimeOfDay\": {\"hour\": 18, \"minute\": 0, \"second\": 0}, \"daysOfWeek\": [\"SATURDAY\", \"SUNDAY\"], \"timeZone\": \"America/New_York\", \"startDate\": {\"year\": 2016, \"month\": 12, \"day\": 1}, \"stopDate\": {\"year\": 2016, \"month\": 12, \"day\": 10}}]}",
		form: updateForm,
	},
	{
		"value": "archive",
		"name": "Archive",
		"action": "Archive a call broadcast",
		"description": "Archive a call broadcast",
		"method": "POST",
		"path": "/calls/broadcasts/{id}/archive",
		"pathLabels": {
			"id": "ID"
		}
	},
	{
		"value": "addBatch",
		"name": "Add Batch",
		"action": "Add a batch to a call broadcast",
		"description": "Add a contact list or phone numbers to a call broadcast as one batch",
		"method": "POST",
		"path": "/calls/broadcasts/{id}/batches",
		"pathLabels": {
			"id": "ID"
		},
		"query": [
			{
				"name": "strictValidation",
				"displayName": "Strict Validation",
				"type": "boolean",
				"description": "Whether CallFire refuses the whole request (HTTP 400) when one number does not pass validation"
			}
		],
		"body": "object",
		"bodyExample": "{\"name\": \"contact batch for call broadcast\", \"recipients\": [{\"phoneNumber\": \"12135551122\"}, {\"phoneNumber\": \"12135553434\"}, {\"phoneNumber\": \"12135558090\", \"attributes\": {\"custom_external_id\": 30005044, \"custom_property_1\": \"value1\"}}], \"scrubDuplicates\": true}",
		form: addBatchForm,
	},
	{
		"value": "getBatches",
		"name": "Get Many Batches",
		"action": "Get batches of a call broadcast",
		"description": "List the batches of a call broadcast",
		"method": "GET",
		"path": "/calls/broadcasts/{id}/batches",
		"pathLabels": {
			"id": "ID"
		},
		"list": true
	},
	{
		"value": "getCalls",
		"name": "Get Many Calls",
		"action": "Get calls of a call broadcast",
		"description": "List the calls of a call broadcast",
		"method": "GET",
		"path": "/calls/broadcasts/{id}/calls",
		"pathLabels": {
			"id": "ID"
		},
		"query": [
			{
				"name": "batchId",
				"displayName": "Batch ID",
				"type": "number"
			}
		],
		"list": true
	},
	{
		"value": "addRecipients",
		"name": "Add Recipients",
		"action": "Add recipients to a call broadcast",
		"description": "Add phone numbers to a call broadcast",
		"method": "POST",
		"path": "/calls/broadcasts/{id}/recipients",
		"pathLabels": {
			"id": "ID"
		},
		"query": [
			{
				"name": "strictValidation",
				"displayName": "Strict Validation",
				"type": "boolean",
				"description": "Whether CallFire refuses the whole request (HTTP 400) when one number does not pass validation"
			}
		],
		"body": "recipients",
		"bodyExample": "[{\"phoneNumber\": \"12135551100\"}]"
	},
	{
		"value": "start",
		"name": "Start",
		"action": "Start a call broadcast",
		"description": "Start a call broadcast",
		"method": "POST",
		"path": "/calls/broadcasts/{id}/start",
		"pathLabels": {
			"id": "ID"
		}
	},
	{
		"value": "getStats",
		"name": "Get Statistics",
		"action": "Get call broadcast statistics",
		"description": "Get the counts of calls made, answered and billed for a call broadcast",
		"method": "GET",
		"path": "/calls/broadcasts/{id}/stats",
		"pathLabels": {
			"id": "ID"
		},
		"query": [
			{
				"name": "begin",
				"displayName": "Begin",
				"type": "number",
				"description": "Unix time in milliseconds"
			},
			{
				"name": "end",
				"displayName": "End",
				"type": "number",
				"description": "Unix time in milliseconds"
			}
		]
	},
	{
		"value": "stop",
		"name": "Stop",
		"action": "Stop a call broadcast",
		"description": "Stop a call broadcast",
		"method": "POST",
		"path": "/calls/broadcasts/{id}/stop",
		"pathLabels": {
			"id": "ID"
		}
	},
];

export const callBroadcastDescription: INodeProperties[] = buildResource('callBroadcast', callBroadcastOperations);
