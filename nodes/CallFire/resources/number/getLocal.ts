import { defineOperation } from '../../../shared/operation';
import { ENTRIES } from '../../helpers/answers';
import { AREA_OPTIONS, queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';

/** Number → Find Local: `GET /numbers/local` (doc line 10556). */
export const getLocal = defineOperation({
	value: 'getLocal',
	name: 'Find Local',
	action: 'Find local numbers',
	description: 'Find local numbers to buy, one item each',
	method: 'GET',
	path: '/numbers/local',
	query: {
		fields: 'numberOptions.fields',
		limit: 'numberOptions.limit',
		prefix: 'numberOptions.prefix',
		city: 'numberOptions.city',
		state: 'numberOptions.state',
		zipcode: 'numberOptions.zipcode',
		lata: 'numberOptions.lata',
		rateCenter: 'numberOptions.rateCenter',
	},
	output: ENTRIES,
	request: CALLFIRE_REQUEST,
	fields: [
		queryOptions('numberOptions', [
			...AREA_OPTIONS,
			// eslint-disable-next-line n8n-nodes-base/node-param-default-wrong-for-limit, n8n-nodes-base/node-param-description-missing-from-limit, n8n-nodes-base/node-param-type-options-missing-from-limit -- CallFire's own limit query parameter, not the node's Limit
			{ displayName: 'Limit', name: 'limit', type: 'number', default: 0 },
		]),
	],
});
