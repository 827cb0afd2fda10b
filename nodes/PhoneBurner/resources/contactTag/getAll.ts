import { defineOperation } from '../../../shared/operation';
import { pathIds } from '../../helpers/ids';
import { pagedList, returnAllAndLimit } from '../../helpers/pages';
import { contactId } from './common';

/**
 * Contact Tag → Get Many: `GET /contacts/{contact_id}/tags` (doc line 1243). Paged: the doc's
 * answer has page, page_size and total_pages (lines 1268-1271).
 */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many tags of a contact',
	description: 'List the tags of a contact',
	method: 'GET',
	path: '/contacts/{contactTagContactId}/tags',
	pathParameters: pathIds(contactId),
	paging: { pages: pagedList({ path: ['tags', 'tags'] }) },
	fields: [contactId.field, ...returnAllAndLimit],
});
