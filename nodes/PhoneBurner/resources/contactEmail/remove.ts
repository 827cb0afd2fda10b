import { defineOperation } from '../../../shared/operation';
import { resourceOf } from '../../helpers/answers';
import { pathIds } from '../../helpers/ids';
import { contactId, emailId, emailShape } from './common';

/** Contact Email → Remove: `DELETE /contacts/{contact_id}/emails/{email_id}` (doc line 1015). */
export const remove = defineOperation({
	value: 'remove',
	name: 'Remove',
	action: 'Remove an email address from a contact',
	description: 'Remove an email address from a contact',
	method: 'DELETE',
	path: '/contacts/{contactEmailContactId}/emails/{contactEmailEmailId}',
	pathParameters: pathIds(contactId, emailId),
	output: { rows: resourceOf(emailShape) },
	fields: [contactId.field, emailId.field],
});
