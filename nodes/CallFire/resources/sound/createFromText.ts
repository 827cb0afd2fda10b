import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { formBody } from '../../helpers/formBody';
import { formFields, type BodyForm } from '../../helpers/formFields';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { VOICES } from '../../helpers/optionLists';

/** The body, from these form fields. */
const form: BodyForm = {
	parameters: 'soundCreateFromText',
	fields: [
		{
			path: 'message',
			displayName: 'Message',
			type: 'text',
			required: true,
			description: 'The text to turn into a sound',
		},
		{
			path: 'voice',
			displayName: 'Voice',
			type: 'options',
			options: VOICES,
			default: 'MALE1',
			description: 'The text-to-speech voice',
		},
	],
};

/** Sound → Create From Text-to-Speech: `POST /campaigns/sounds/tts` (doc line 3697). */
export const createFromText = defineOperation({
	value: 'createFromText',
	name: 'Create From Text-to-Speech',
	action: 'Create a sound from text',
	description: 'Create a sound by text-to-speech',
	method: 'POST',
	path: '/campaigns/sounds/tts',
	query: { fields: 'soundOptions.fields' },
	output: ANSWER,
	hooks: { preSend: [formBody(form)] },
	request: CALLFIRE_REQUEST,
	fields: [...formFields(form), queryOptions('soundOptions', [])],
});
