import { defineOperation } from '../../../shared/operation';
import { resourceOf } from '../../helpers/answers';
import { pathIds } from '../../helpers/ids';
import { contactId, contactShape, permanentField } from './common';

/** Contact → Delete: `DELETE /contacts/{contact_id}` (doc line 486), `permanent=1` for good. */
export const deleteOperation = defineOperation({
	value: 'delete',
	name: 'Delete',
	action: 'Delete a contact',
	description: 'Move a contact to the trash, or delete it for good',
	method: 'DELETE',
	path: '/contacts/{contactId}',
	pathParameters: pathIds(contactId),
	query: { permanent: { from: 'permanent', as: 'flagWhenOn' } },
	output: { rows: resourceOf(contactShape) },
	fields: [contactId.field, permanentField],
});
