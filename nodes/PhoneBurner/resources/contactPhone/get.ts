import { defineOperation } from '../../../shared/operation';
import { resourceOf } from '../../helpers/answers';
import { pathIds } from '../../helpers/ids';
import { contactId, phoneId, phoneShape } from './common';

/** Contact Phone → Get: `GET /contacts/{contact_id}/phones/{phone_id}` (doc line 1162). */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	action: 'Get a phone of a contact',
	description: 'Get one phone number of a contact',
	method: 'GET',
	path: '/contacts/{contactPhoneContactId}/phones/{contactPhonePhoneId}',
	pathParameters: pathIds(contactId, phoneId),
	output: { rows: resourceOf(phoneShape) },
	fields: [contactId.field, phoneId.field],
});
