import { defineOperation } from '../../../shared/operation';
import { pathIds } from '../../helpers/ids';
import { pagedList, returnAllAndLimit } from '../../helpers/pages';
import { contactId, customFieldShape } from './common';

/**
 * Contact Custom Field → Get Many: `GET /contacts/{contact_id}/customfields`. Paged: doc line
 * 677 asks ?page_size=1&page=1; the answer has total_pages (line 714).
 */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many custom fields of a contact',
	description: 'List the custom field values of a contact',
	method: 'GET',
	path: '/contacts/{contactCustomFieldContactId}/customfields',
	pathParameters: pathIds(contactId),
	paging: { pages: pagedList(customFieldShape) },
	fields: [contactId.field, ...returnAllAndLimit],
});
