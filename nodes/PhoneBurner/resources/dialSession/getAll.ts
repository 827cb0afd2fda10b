import { defineOperation } from '../../../shared/operation';
import { pagedList } from '../../helpers/pages';
import { dayValue } from '../../helpers/values';
import { sessionShape } from './common';

/**
 * Dial Session → Get Many: `GET /dialsession` (doc line 1606), in a date range. Paged: doc
 * lines 1614-1623 list page and page_size; the answer has total_pages (line 1647).
 */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many dial sessions',
	description: 'List dial sessions',
	method: 'GET',
	path: '/dialsession',
	query: {
		date_start: { from: 'dialSessionFilters.date_start', as: dayValue('Start Date') },
		date_end: { from: 'dialSessionFilters.date_end', as: dayValue('End Date') },
	},
	paging: { pages: pagedList(sessionShape) },
	fields: [
		{
			displayName: 'Filters',
			name: 'dialSessionFilters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'End Date',
					name: 'date_end',
					type: 'dateTime',
					default: '',
					description: 'Only sessions up to this date',
				},
				{
					displayName: 'Start Date',
					name: 'date_start',
					type: 'dateTime',
					default: '',
					description: 'Only sessions from this date on',
				},
			],
		},
	],
});
