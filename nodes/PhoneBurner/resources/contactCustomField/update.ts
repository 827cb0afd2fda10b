import { defineOperation } from '../../../shared/operation';
import { additionalFieldsBody } from '../../helpers/additionalFields';
import { resourceOf } from '../../helpers/answers';
import { pathIds } from '../../helpers/ids';
import {
	contactCustomFieldAdditionalFields,
	contactId,
	customFieldId,
	customFieldShape,
	valueBody,
	valueField,
} from './common';

/** Contact Custom Field → Update: `PUT /contacts/{contact_id}/customfields/{custom_field_id}` (doc line 781). */
export const update = defineOperation({
	value: 'update',
	name: 'Update',
	action: 'Update a custom field value of a contact',
	description: 'Change a custom field value on a contact',
	method: 'PUT',
	path: '/contacts/{contactCustomFieldContactId}/customfields/{contactCustomFieldCustomFieldId}',
	pathParameters: pathIds(contactId, customFieldId),
	body: { type: 'json', fields: valueBody },
	output: { rows: resourceOf(customFieldShape) },
	hooks: {
		preSend: [additionalFieldsBody({ collection: contactCustomFieldAdditionalFields.name })],
	},
	fields: [contactId.field, customFieldId.field, valueField, contactCustomFieldAdditionalFields],
});
