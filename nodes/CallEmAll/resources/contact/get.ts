import { defineOperation } from '../../../shared/operation';
import { contactIdField, contactPath } from './common';

/** Contact → Get: `GET /v1/contacts/{contactId}`, one contact. */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	action: 'Get a contact',
	method: 'GET',
	path: '/v1/contacts/{contactId}',
	...contactPath,
	fields: [contactIdField],
});
