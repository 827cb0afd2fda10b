import { defineOperation } from '../../../shared/operation';
import { pathIds } from '../../helpers/ids';
import { pagedList, returnAllAndLimit } from '../../helpers/pages';
import { contactId } from './common';

/**
 * Contact Phone → Get Many: `GET /contacts/{contact_id}/phones` (doc line 1024). Paged: the
 * doc's answer has page, page_size and total_pages (lines 1052-1055).
 */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many phones of a contact',
	description: 'List the phone numbers of a contact',
	method: 'GET',
	path: '/contacts/{contactPhoneContactId}/phones',
	pathParameters: pathIds(contactId),
	paging: { pages: pagedList({ path: ['phones', 'phones'] }) },
	fields: [contactId.field, ...returnAllAndLimit],
});
