import { defineOperation } from '../../../shared/operation';
import { CALL_AND_TEXT_STATES, CALL_RESULTS } from '../../helpers/optionLists';
import { INTERVAL_OPTIONS, queryOptions, sentOrReceivedQuery } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST, callFirePaging } from '../../transport';

/** Call → Get Many: `GET /calls` (doc line 422). */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many calls',
	description: 'Find calls sent or received, by number, state, result or time',
	method: 'GET',
	path: '/calls',
	query: sentOrReceivedQuery('callFilters'),
	paging: { pages: callFirePaging },
	request: CALLFIRE_REQUEST,
	fields: [
		queryOptions(
			'callFilters',
			[
				{ displayName: 'Batch ID', name: 'batchId', type: 'number', default: 0 },
				{
					displayName: 'Call IDs',
					name: 'id',
					type: 'string',
					default: '',
					description: 'Comma-separated; when given, the other filters are ignored',
				},
				{
					displayName: 'Campaign ID',
					name: 'campaignId',
					type: 'number',
					default: 0,
					description:
						'0 finds only the calls sent with Call → Send; leave this option out to search all campaigns',
				},
				{ displayName: 'From Number', name: 'fromNumber', type: 'string', default: '' },
				{
					displayName: 'Inbound',
					name: 'inbound',
					type: 'boolean',
					default: false,
					description:
						'Whether to find inbound calls (on) or outbound calls (off); leave out for both',
				},
				...INTERVAL_OPTIONS,
				{ displayName: 'Label', name: 'label', type: 'string', default: '' },
				{
					displayName: 'Results',
					name: 'results',
					type: 'multiOptions',
					default: [],
					options: CALL_RESULTS,
				},
				{
					displayName: 'States',
					name: 'states',
					type: 'multiOptions',
					default: [],
					options: CALL_AND_TEXT_STATES,
				},
				{ displayName: 'To Number', name: 'toNumber', type: 'string', default: '' },
			],
			'filters',
		),
	],
});
