import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { formBody } from '../../helpers/formBody';
import { formFields, type BodyForm } from '../../helpers/formFields';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { PHONE_HINT } from '../../helpers/optionLists';

/** The body, from these form fields. */
const form: BodyForm = {
	parameters: 'soundCreateFromCall',
	fields: [
		{
			path: 'toNumber',
			displayName: 'Phone Number to Call',
			type: 'string',
			required: true,
			phone: true,
			placeholder: '12135551122',
			description: `CallFire calls this number to record the sound. ${PHONE_HINT}.`,
		},
	],
	optional: [
		{ path: 'name', displayName: 'Name', type: 'string', description: 'A name for the sound' },
	],
};

/** Sound → Create via Call: `POST /campaigns/sounds/calls` (doc line 3467). */
export const createFromCall = defineOperation({
	value: 'createFromCall',
	name: 'Create via Call',
	action: 'Create a sound via a call',
	description: 'Record a sound: CallFire calls the number and records what is said',
	method: 'POST',
	path: '/campaigns/sounds/calls',
	query: { fields: 'soundOptions.fields' },
	output: ANSWER,
	hooks: { preSend: [formBody(form)] },
	request: CALLFIRE_REQUEST,
	fields: [...formFields(form), queryOptions('soundOptions', [])],
});
