import { defineOperation } from '../../../shared/operation';
import { resourceOf } from '../../helpers/answers';
import { pathIds } from '../../helpers/ids';
import { contactId, phoneId, phoneShape } from './common';

/** Contact Phone → Remove: `DELETE /contacts/{contact_id}/phones/{phone_id}` (doc line 1234). */
export const remove = defineOperation({
	value: 'remove',
	name: 'Remove',
	action: 'Remove a phone from a contact',
	description: 'Remove a phone number from a contact',
	method: 'DELETE',
	path: '/contacts/{contactPhoneContactId}/phones/{contactPhonePhoneId}',
	pathParameters: pathIds(contactId, phoneId),
	output: { rows: resourceOf(phoneShape) },
	fields: [contactId.field, phoneId.field],
});
