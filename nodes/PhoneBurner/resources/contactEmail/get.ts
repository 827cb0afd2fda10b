import { defineOperation } from '../../../shared/operation';
import { resourceOf } from '../../helpers/answers';
import { pathIds } from '../../helpers/ids';
import { contactId, emailId, emailShape } from './common';

/** Contact Email → Get: `GET /contacts/{contact_id}/emails/{email_id}` (doc line 950). */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	action: 'Get an email address of a contact',
	description: 'Get one email address of a contact',
	method: 'GET',
	path: '/contacts/{contactEmailContactId}/emails/{contactEmailEmailId}',
	pathParameters: pathIds(contactId, emailId),
	output: { rows: resourceOf(emailShape) },
	fields: [contactId.field, emailId.field],
});
