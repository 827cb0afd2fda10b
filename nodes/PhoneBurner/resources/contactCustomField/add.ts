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

/** Contact Custom Field → Add: `POST /contacts/{contact_id}/customfields/{custom_field_id}` (doc line 744). */
export const add = defineOperation({
	value: 'add',
	name: 'Add',
	action: 'Add a custom field value to a contact',
	description: 'Set a custom field value on a contact',
	method: 'POST',
	path: '/contacts/{contactCustomFieldContactId}/customfields/{contactCustomFieldCustomFieldId}',
	pathParameters: pathIds(contactId, customFieldId),
	body: { type: 'json', fields: valueBody },
	output: { rows: resourceOf(customFieldShape) },
	hooks: {
		preSend: [additionalFieldsBody({ collection: contactCustomFieldAdditionalFields.name })],
	},
	fields: [contactId.field, customFieldId.field, valueField, contactCustomFieldAdditionalFields],
});
