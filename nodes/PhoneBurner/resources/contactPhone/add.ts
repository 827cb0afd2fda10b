import { defineOperation } from '../../../shared/operation';
import { additionalFieldsBody } from '../../helpers/additionalFields';
import { resourceOf } from '../../helpers/answers';
import { pathIds } from '../../helpers/ids';
import { numberValue, required } from '../../helpers/values';
import {
	contactId,
	contactPhoneAdditionalFields,
	phoneNumberField,
	phoneNumberValue,
	phoneShape,
	phoneTypes,
	primaryConverter,
} from './common';

/** Contact Phone → Add: `POST /contacts/{contact_id}/phones` (doc line 1059). */
export const add = defineOperation({
	value: 'add',
	name: 'Add',
	action: 'Add a phone to a contact',
	description: 'Add a phone number to a contact',
	method: 'POST',
	path: '/contacts/{contactPhoneContactId}/phones',
	pathParameters: pathIds(contactId),
	body: {
		type: 'json',
		fields: {
			phone_number: phoneNumberValue,
			type: required('contactPhoneType', 'Type', numberValue('Type')),
		},
	},
	output: { rows: resourceOf(phoneShape) },
	hooks: {
		preSend: [
			additionalFieldsBody({
				collection: contactPhoneAdditionalFields.name,
				convert: primaryConverter,
			}),
		],
	},
	fields: [
		contactId.field,
		phoneNumberField,
		{
			// Update has a field of this name too, which may keep the phone's current type.
			displayName: 'Type',
			name: 'contactPhoneType',
			type: 'options',
			default: 1,
			required: true,
			options: phoneTypes,
		},
		contactPhoneAdditionalFields,
	],
});
