import { defineOperation } from '../../../shared/operation';
import { resourceOf } from '../../helpers/answers';
import { pathIds } from '../../helpers/ids';
import { contactId, tagId, tagShape } from './common';

/** Contact Tag → Get: `GET /contacts/{contact_id}/tags/{tag_id}` (doc line 1307). */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	action: 'Get a tag of a contact',
	description: 'Get one tag of a contact',
	method: 'GET',
	path: '/contacts/{contactTagContactId}/tags/{contactTagTagId}',
	pathParameters: pathIds(contactId, tagId),
	output: { rows: resourceOf(tagShape) },
	fields: [contactId.field, tagId.field],
});
