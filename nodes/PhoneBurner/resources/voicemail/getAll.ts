import { defineOperation } from '../../../shared/operation';
import { pagedList } from '../../helpers/pages';

/**
 * Voicemail → Get Many: `GET /voicemails`, the recorded voicemails a dial session can leave.
 * Paged: the doc's answer has page, page_size and total_pages (lines 2795-2798).
 */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many voicemails',
	description: 'List the voicemails you can leave during a dial session',
	method: 'GET',
	path: '/voicemails',
	paging: { pages: pagedList({ path: ['voicemails', 'voicemails'] }) },
});
