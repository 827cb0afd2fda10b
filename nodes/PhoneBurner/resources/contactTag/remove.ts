import { defineOperation } from '../../../shared/operation';
import { resourceOf } from '../../helpers/answers';
import { pathIds } from '../../helpers/ids';
import { contactId, tagId, tagShape } from './common';

/**
 * Contact Tag → Remove: `DELETE /contacts/{contact_id}/tags/{tag_id}` (doc line 1340). The doc's
 * curl (line 1342) shows `/tags/{tag_id}`, the route that removes the tag from every contact:
 * the heading's path is used.
 */
export const remove = defineOperation({
	value: 'remove',
	name: 'Remove',
	action: 'Remove a tag from a contact',
	description: 'Remove a tag from a contact',
	method: 'DELETE',
	path: '/contacts/{contactTagContactId}/tags/{contactTagTagId}',
	pathParameters: pathIds(contactId, tagId),
	output: { rows: resourceOf(tagShape) },
	fields: [contactId.field, tagId.field],
});
