import { defineOperation, type ValueRule } from '../../../shared/operation';
import { asGiven } from '../../helpers/body';

/**
 * Conversation → Get: `GET /v1/conversations/single?textphonenumber=…&phonenumber=…`, the text
 * conversation between one of your text numbers and a phone number.
 */

/** Sent as typed (required fields; an empty one is sent empty, as before the model). */
const asTyped = (from: string): ValueRule => ({ from, as: asGiven, whenEmpty: 'send' });

export const get = defineOperation({
	value: 'get',
	name: 'Get',
	action: 'Get a conversation',
	description: 'Get the text conversation between one of your text numbers and a phone number',
	method: 'GET',
	path: '/v1/conversations/single',
	query: {
		textphonenumber: asTyped('textPhoneNumber'),
		phonenumber: asTyped('phoneNumber'),
	},
	fields: [
		{
			displayName: 'Text Number',
			name: 'textPhoneNumber',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 18338028132',
			description: 'Your text number the conversation uses',
		},
		{
			displayName: 'Phone Number',
			name: 'phoneNumber',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 2145555055',
			description: 'The phone number of the person',
		},
	],
});
