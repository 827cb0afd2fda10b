import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { INTERVAL_OPTIONS, queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';

/** Account → Get Credit Usage: `GET /me/billing/credit-usage` (doc line 8576). */
export const getCreditUsage = defineOperation({
	value: 'getCreditUsage',
	name: 'Get Credit Usage',
	action: 'Get credit usage',
	description: 'Get the credits, call minutes and texts used in a period',
	method: 'GET',
	path: '/me/billing/credit-usage',
	query: {
		fields: 'accountOptions.fields',
		intervalBegin: 'accountOptions.intervalBegin',
		intervalEnd: 'accountOptions.intervalEnd',
	},
	output: ANSWER,
	request: CALLFIRE_REQUEST,
	fields: [queryOptions('accountOptions', [...INTERVAL_OPTIONS])],
});
