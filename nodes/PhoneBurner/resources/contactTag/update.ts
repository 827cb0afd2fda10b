import { defineOperation } from '../../../shared/operation';
import { additionalFieldsBody } from '../../helpers/additionalFields';
import { resourceOf } from '../../helpers/answers';
import { pathIds } from '../../helpers/ids';
import {
	contactId,
	contactTagAdditionalFields,
	tagId,
	tagShape,
	titleBody,
	titleField,
} from './common';

/** Contact Tag → Update: `PUT /contacts/{contact_id}/tags/{tag_id}` (doc line 1326). */
export const update = defineOperation({
	value: 'update',
	name: 'Update',
	action: 'Update a tag of a contact',
	description: 'Change a tag on a contact',
	method: 'PUT',
	path: '/contacts/{contactTagContactId}/tags/{contactTagTagId}',
	pathParameters: pathIds(contactId, tagId),
	body: { type: 'json', fields: titleBody },
	output: { rows: resourceOf(tagShape) },
	hooks: { preSend: [additionalFieldsBody({ collection: contactTagAdditionalFields.name })] },
	fields: [contactId.field, tagId.field, titleField, contactTagAdditionalFields],
});
