import { defineOperation } from '../../../shared/operation';
import { ENTRIES } from '../../helpers/answers';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';

/** Number → Find Toll-Free: `GET /numbers/tollfree` (doc line 10880). */
export const getTollFree = defineOperation({
	value: 'getTollFree',
	name: 'Find Toll-Free',
	action: 'Find toll free numbers',
	description: 'Find toll-free numbers to buy, one item each',
	method: 'GET',
	path: '/numbers/tollfree',
	query: {
		fields: 'numberOptions.fields',
		pattern: 'numberOptions.pattern',
		limit: 'numberOptions.limit',
	},
	output: ENTRIES,
	request: CALLFIRE_REQUEST,
	fields: [
		queryOptions('numberOptions', [
			// eslint-disable-next-line n8n-nodes-base/node-param-default-wrong-for-limit, n8n-nodes-base/node-param-description-missing-from-limit, n8n-nodes-base/node-param-type-options-missing-from-limit -- CallFire's own limit query parameter, not the node's Limit
			{ displayName: 'Limit', name: 'limit', type: 'number', default: 0 },
			{ displayName: 'Pattern', name: 'pattern', type: 'string', default: '' },
		]),
	],
});
