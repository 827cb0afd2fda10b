import { CHOOSE_OR_ID } from '../../../shared/descriptions';
import type { FieldSpec } from '../../../shared/operation';
import { broadcastFields } from '../../helpers/broadcastFields';
import type { FormField } from '../../helpers/formFields';
import { ANSWERING_MACHINE_CONFIGS, CALL_RESULTS, VOICES } from '../../helpers/optionLists';

/** The fields several Call Broadcast operations share. */

export const callBroadcastIdField: FieldSpec = {
	displayName: 'Call Broadcast Name or ID',
	name: 'callBroadcastId',
	// eslint-disable-next-line n8n-nodes-base/node-param-description-missing-from-dynamic-options -- the description is CHOOSE_OR_ID (that text)
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getCallBroadcasts' },
	description: CHOOSE_OR_ID,
	required: true,
	default: '',
};

export const shared = broadcastFields('call');

export const voice = (path: string, message: string): FormField => ({
	path,
	displayName: `${message} Voice`,
	type: 'options',
	options: VOICES,
	default: 'MALE1',
	description: `The text-to-speech voice of the ${message.toLowerCase()}`,
});

export const sound = (path: string, message: string): FormField => ({
	path,
	displayName: `${message} Sound Name or ID`,
	type: 'options',
	loadOptions: 'getSounds',
	description: `A sound of your account to play instead of the ${message.toLowerCase()} text`,
});

export const liveMessage: FormField = {
	path: 'sounds.liveSoundText',
	param: 'liveMessage',
	displayName: 'Live Message',
	type: 'text',
	description: 'Text read out when a person answers',
};

/** The fields of a CallBroadcast body (doc: POST/PUT /calls/broadcasts). */
export const optionalFields: FormField[] = [
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
