import { defineOperation } from '../../../shared/operation';
import { ENTRIES } from '../../helpers/answers';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';

/** Keyword → Get Many: `GET /keywords` (doc line 7459). */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many keywords',
	description: 'Look up keywords, one item each',
	method: 'GET',
	path: '/keywords',
	query: {
		keywords: {
			from: 'keywordGetAllKeywords',
			as: 'list',
			whenEmpty: 'refuse',
			emptyMessage: 'Keywords is empty',
		},
		fields: 'keywordOptions.fields',
	},
	output: ENTRIES,
	request: CALLFIRE_REQUEST,
	fields: [
		{
			displayName: 'Keywords',
			name: 'keywordGetAllKeywords',
			type: 'string',
			default: '',
			description: 'Comma-separated keywords to look up',
			placeholder: 'SUN, MOON',
			required: true,
		},
		queryOptions('keywordOptions', []),
	],
});
