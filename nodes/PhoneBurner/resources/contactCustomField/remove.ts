import { defineOperation } from '../../../shared/operation';
import { resourceOf } from '../../helpers/answers';
import { pathIds } from '../../helpers/ids';
import { contactId, customFieldId, customFieldShape } from './common';

/** Contact Custom Field → Remove: `DELETE /contacts/{contact_id}/customfields/{custom_field_id}` (doc line 818). */
export const remove = defineOperation({
	value: 'remove',
	name: 'Remove',
	action: 'Remove a custom field value from a contact',
	description: 'Clear a custom field on a contact',
	method: 'DELETE',
	path: '/contacts/{contactCustomFieldContactId}/customfields/{contactCustomFieldCustomFieldId}',
	pathParameters: pathIds(contactId, customFieldId),
	output: { rows: resourceOf(customFieldShape) },
	fields: [contactId.field, customFieldId.field],
});
