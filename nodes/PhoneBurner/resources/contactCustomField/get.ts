import { defineOperation } from '../../../shared/operation';
import { resourceOf } from '../../helpers/answers';
import { pathIds } from '../../helpers/ids';
import { contactId, customFieldId, customFieldShape } from './common';

/** Contact Custom Field → Get: `GET /contacts/{contact_id}/customfields/{custom_field_id}` (doc line 718). */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	action: 'Get a custom field of a contact',
	description: 'Get one custom field value of a contact',
	method: 'GET',
	path: '/contacts/{contactCustomFieldContactId}/customfields/{contactCustomFieldCustomFieldId}',
	pathParameters: pathIds(contactId, customFieldId),
	output: { rows: resourceOf(customFieldShape) },
	fields: [contactId.field, customFieldId.field],
});
