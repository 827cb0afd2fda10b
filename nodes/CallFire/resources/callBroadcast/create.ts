import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { formBody } from '../../helpers/formBody';
import { formFields, type BodyForm } from '../../helpers/formFields';
import { queryOptions, STRICT_VALIDATION_OPTION } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { liveMessage, optionalFields, shared } from './common';

/** The body, from these form fields. */
const form: BodyForm = {
	parameters: 'callBroadcastCreate',
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
	json: {
		example:
			'{"name": "Example API Call Broadcast", "fromNumber": "12135551189", "recipients": [{"phoneNumber": "2134441133"}, {"phoneNumber": "2135551144"}], "answeringMachineConfig": "AM_AND_LIVE", "sounds": {"liveSoundText": "Hello! This is a live answer text to speech recording", "machineSoundText": "This is an answering machine text to speech recording"}, "resumeNextDay": true}',
	},
};

/** Call Broadcast → Create: `POST /calls/broadcasts` (doc line 653). */
export const create = defineOperation({
	value: 'create',
	name: 'Create',
	action: 'Create a call broadcast',
	description: 'Create a voice broadcast: who to call, what they hear, when',
	method: 'POST',
	path: '/calls/broadcasts',
	query: {
		fields: 'callBroadcastOptions.fields',
		start: 'callBroadcastOptions.start',
		strictValidation: 'callBroadcastOptions.strictValidation',
	},
	output: ANSWER,
	hooks: { preSend: [formBody(form)] },
	request: CALLFIRE_REQUEST,
	fields: [
		...formFields(form),
		queryOptions('callBroadcastOptions', [
			{
				displayName: 'Start',
				name: 'start',
				type: 'boolean',
				default: false,
				description: 'Whether to start the broadcast as soon as it is created',
			},
			STRICT_VALIDATION_OPTION,
		]),
	],
});
