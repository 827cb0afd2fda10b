import { defineOperation } from '../../../shared/operation';
import { pagedList } from '../../helpers/pages';
import { memberShape } from './common';

/**
 * Member → Get Many: `GET /members`. Paged: the doc's answer has page, page_size and
 * total_pages (lines 2509-2511).
 */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many members',
	description: 'List members',
	method: 'GET',
	path: '/members',
	paging: { pages: pagedList(memberShape) },
});
