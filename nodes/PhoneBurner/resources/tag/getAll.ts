import { defineOperation } from '../../../shared/operation';
import { pagedList } from '../../helpers/pages';

/**
 * Tag → Get Many: `GET /tags`. Paged: the doc's answer has page, page_size and total_pages
 * (lines 2696-2699).
 */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many tags',
	description: 'List your tags',
	method: 'GET',
	path: '/tags',
	paging: { pages: pagedList({ path: ['tags', 'tags'] }) },
});
