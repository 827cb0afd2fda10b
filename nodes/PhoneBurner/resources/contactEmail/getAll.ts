import { defineOperation } from '../../../shared/operation';
import { pathIds } from '../../helpers/ids';
import { pagedList, returnAllAndLimit } from '../../helpers/pages';
import { contactId } from './common';

/**
 * Contact Email → Get Many: `GET /contacts/{contact_id}/emails` (doc line 825). Paged: the doc's
 * answer has page, page_size and total_pages (lines 851-854).
 */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many email addresses of a contact',
	description: 'List the email addresses of a contact',
	method: 'GET',
	path: '/contacts/{contactEmailContactId}/emails',
	pathParameters: pathIds(contactId),
	paging: { pages: pagedList({ path: ['emails', 'emails'] }) },
	fields: [contactId.field, ...returnAllAndLimit],
});
