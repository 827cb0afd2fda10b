import { CHOOSE_OR_ID } from '../../../shared/descriptions';
import { defineOperation } from '../../../shared/operation';
import {
	bulkFields,
	recipientFields,
	recipientAttributes,
	RECIPIENT_PHONES,
	type BulkSpec,
} from '../../helpers/bulk';
import { bulkBatching } from '../../helpers/bulkBatching';
import { bulkEntries } from '../../helpers/bulkEntries';
import { VOICES } from '../../helpers/optionLists';
import { queryOptions, STRICT_VALIDATION_OPTION } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';

/** The entries: one per item, or the JSON array of each item. */
const entries: BulkSpec = {
	resource: 'call',
	json: {
		name: 'callSendBody',
		example: '[{"phoneNumber": "12135551100", "liveMessage": "Hello"}]',
	},
	into: 'array',
	max: 10,
	output: 'perEntry',
	creates: 'call',
	strict: true,
	recipient: true,
	jsonPhones: { ...RECIPIENT_PHONES, fromNumber: {}, transferNumber: {} },
	entry: recipientFields(
		{
			name: 'liveMessage',
			displayName: 'Live Message',
			description: 'Text read out when a person answers',
		},
		{
			name: 'machineMessage',
			displayName: 'Machine Message',
			description: 'Text read out when an answering machine picks up',
		},
		{
			name: 'fromNumber',
			displayName: 'From Number',
			description: 'A verified caller ID',
			phone: true,
		},
		recipientAttributes('CallFire returns them with the call'),
	),
};

/** Call → Send: `POST /calls` (doc line 143). */
export const send = defineOperation({
	value: 'send',
	name: 'Send',
	action: 'Call numbers and play a message',
	description:
		'Call phone numbers with a text-to-speech or recorded message (up to 10 per request)',
	method: 'POST',
	path: '/calls',
	query: {
		fields: 'callOptions.fields',
		campaignId: 'callOptions.campaignId',
		defaultLiveMessage: 'callOptions.defaultLiveMessage',
		defaultMachineMessage: 'callOptions.defaultMachineMessage',
		defaultLiveMessageSoundId: 'callOptions.defaultLiveMessageSoundId',
		defaultMachineMessageSoundId: 'callOptions.defaultMachineMessageSoundId',
		defaultVoice: 'callOptions.defaultVoice',
		strictValidation: 'callOptions.strictValidation',
	},
	batching: bulkBatching(entries),
	hooks: { preSend: [bulkEntries(entries)] },
	request: CALLFIRE_REQUEST,
	fields: [
		...bulkFields(entries),
		queryOptions('callOptions', [
			{ displayName: 'Campaign ID', name: 'campaignId', type: 'number', default: 0 },
			{
				displayName: 'Default Live Message',
				name: 'defaultLiveMessage',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Default Live Message Sound Name or ID',
				name: 'defaultLiveMessageSoundId',
				// eslint-disable-next-line n8n-nodes-base/node-param-description-missing-from-dynamic-options -- the description is CHOOSE_OR_ID (that text)
				type: 'options',
				default: '',
				description: CHOOSE_OR_ID,
				typeOptions: { loadOptionsMethod: 'getSounds' },
			},
			{
				displayName: 'Default Machine Message',
				name: 'defaultMachineMessage',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Default Machine Message Sound Name or ID',
				name: 'defaultMachineMessageSoundId',
				// eslint-disable-next-line n8n-nodes-base/node-param-description-missing-from-dynamic-options -- the description is CHOOSE_OR_ID (that text)
				type: 'options',
				default: '',
				description: CHOOSE_OR_ID,
				typeOptions: { loadOptionsMethod: 'getSounds' },
			},
			{
				displayName: 'Default Voice',
				name: 'defaultVoice',
				type: 'options',
				default: 'FEMALE1',
				options: VOICES,
			},
			STRICT_VALIDATION_OPTION,
		]),
	],
});
