import { defineOperation } from '../../../shared/operation';
import { additionalFieldsBody } from '../../helpers/additionalFields';
import { resourceOf } from '../../helpers/answers';
import { pathIds } from '../../helpers/ids';
import {
	contactEmailAdditionalFields,
	contactId,
	emailAddressField,
	emailAddressValue,
	emailShape,
} from './common';

/** Contact Email → Add: `POST /contacts/{contact_id}/emails` (doc line 858). */
export const add = defineOperation({
	value: 'add',
	name: 'Add',
	action: 'Add an email address to a contact',
	description: 'Add an email address to a contact',
	method: 'POST',
	path: '/contacts/{contactEmailContactId}/emails',
	pathParameters: pathIds(contactId),
	body: {
		type: 'json',
		fields: {
			email_address: emailAddressValue,
			is_primary: { from: 'contactEmailPrimary', as: 'boolean' },
		},
	},
	output: { rows: resourceOf(emailShape) },
	hooks: { preSend: [additionalFieldsBody({ collection: contactEmailAdditionalFields.name })] },
	fields: [
		contactId.field,
		emailAddressField,
		{
			displayName: 'Primary',
			name: 'contactEmailPrimary',
			type: 'boolean',
			default: false,
			description: 'Whether this is the main email address of the contact',
		},
		contactEmailAdditionalFields,
	],
});
