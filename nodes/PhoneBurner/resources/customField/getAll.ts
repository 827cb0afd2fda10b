import { defineOperation } from '../../../shared/operation';
import { pagedList } from '../../helpers/pages';
import { customFieldShape } from './common';

/**
 * Custom Field → Get Many: `GET /customfields` (doc line 1395). Paged: doc line 1397 asks
 * ?page_size=1&page=1; the answer has total_pages (line 1420).
 */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many custom fields',
	description: 'List your custom fields',
	method: 'GET',
	path: '/customfields',
	paging: { pages: pagedList(customFieldShape) },
});
