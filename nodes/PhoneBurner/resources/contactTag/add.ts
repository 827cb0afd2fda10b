import { defineOperation } from '../../../shared/operation';
import { additionalFieldsBody } from '../../helpers/additionalFields';
import { resourceOf } from '../../helpers/answers';
import { pathIds } from '../../helpers/ids';
import { contactId, contactTagAdditionalFields, tagShape, titleBody, titleField } from './common';

/** Contact Tag → Add: `POST /contacts/{contact_id}/tags` (doc line 1275). */
export const add = defineOperation({
	value: 'add',
	name: 'Add',
	action: 'Add a tag to a contact',
	description: 'Add a tag to a contact',
	method: 'POST',
	path: '/contacts/{contactTagContactId}/tags',
	pathParameters: pathIds(contactId),
	body: { type: 'json', fields: titleBody },
	output: { rows: resourceOf(tagShape) },
	hooks: { preSend: [additionalFieldsBody({ collection: contactTagAdditionalFields.name })] },
	fields: [contactId.field, titleField, contactTagAdditionalFields],
});
