import { defineOperation } from '../../../shared/operation';
import { CALL_AND_TEXT_STATES, TEXT_RESULTS } from '../../helpers/optionLists';
import { INTERVAL_OPTIONS, queryOptions, sentOrReceivedQuery } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST, callFirePaging } from '../../transport';

/** Text → Get Many: `GET /texts` (doc line 11626). */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many texts',
	description: 'Find texts sent or received, by number, state, result or time',
	method: 'GET',
	path: '/texts',
	query: sentOrReceivedQuery('textFilters'),
	paging: { pages: callFirePaging },
	request: CALLFIRE_REQUEST,
	fields: [
		queryOptions(
			'textFilters',
			[
				{ displayName: 'Batch ID', name: 'batchId', type: 'number', default: 0 },
				{
					displayName: 'Campaign ID',
					name: 'campaignId',
					type: 'number',
					default: 0,
					description:
						'0 finds only the texts sent with Text → Send; leave this option out to search all campaigns',
				},
				{ displayName: 'From Number', name: 'fromNumber', type: 'string', default: '' },
				{
					displayName: 'Inbound',
					name: 'inbound',
					type: 'boolean',
					default: false,
					description:
						'Whether to find inbound texts (on) or outbound texts (off); leave out for both',
				},
				...INTERVAL_OPTIONS,
				{ displayName: 'Label', name: 'label', type: 'string', default: '' },
				{
					displayName: 'Results',
					name: 'results',
					type: 'multiOptions',
					default: [],
					options: TEXT_RESULTS,
				},
				{
					displayName: 'States',
					name: 'states',
					type: 'multiOptions',
					default: [],
					options: CALL_AND_TEXT_STATES,
				},
				{
					displayName: 'Text IDs',
					name: 'id',
					type: 'string',
					default: '',
					description: 'Comma-separated; when given, the other filters are ignored',
				},
				{ displayName: 'To Number', name: 'toNumber', type: 'string', default: '' },
			],
			'filters',
		),
	],
});
