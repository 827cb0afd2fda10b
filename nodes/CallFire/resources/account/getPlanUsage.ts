import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';

/** Account → Get Plan Usage: `GET /me/billing/plan-usage` (doc line 8691). */
export const getPlanUsage = defineOperation({
	value: 'getPlanUsage',
	name: 'Get Plan Usage',
	action: 'Get plan usage',
	description: 'Get the plan and pay-as-you-go credits left this billing period',
	method: 'GET',
	path: '/me/billing/plan-usage',
	query: { fields: 'accountOptions.fields' },
	output: ANSWER,
	request: CALLFIRE_REQUEST,
	fields: [queryOptions('accountOptions', [])],
});
