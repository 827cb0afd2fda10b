import { defineOperation } from '../../../shared/operation';
import { callFireAnswer } from '../../helpers/answers';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';

/** Keyword → Check Availability: `GET /keywords/{keyword}/available` (doc line 7931). */
export const checkAvailability = defineOperation({
	value: 'checkAvailability',
	name: 'Check Availability',
	action: 'Check keyword availability',
	description: 'Check whether a keyword can be bought',
	method: 'GET',
	path: '/keywords/{keywordKeyword}/available',
	query: { fields: 'keywordOptions.fields' },
	output: callFireAnswer({ scalarKey: 'available' }),
	request: CALLFIRE_REQUEST,
	fields: [
		{ displayName: 'Keyword', name: 'keywordKeyword', type: 'string', required: true, default: '' },
		queryOptions('keywordOptions', []),
	],
});
