import { defineOperation } from '../../../shared/operation';
import { deleted } from '../../helpers/fields';
import { contactIdField, contactPath } from './common';

/** Contact → Delete: `DELETE /v1/contacts/{contactId}`, one contact (doc line 1474). */
export const deleteOperation = defineOperation({
	value: 'delete',
	name: 'Delete',
	action: 'Delete a contact',
	method: 'DELETE',
	path: '/v1/contacts/{contactId}',
	...contactPath,
	hooks: { postReceive: [deleted] },
	fields: [contactIdField],
});
