import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';

/** Order → Get: `GET /orders/{id}` (doc line 11302). */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	action: 'Get an order',
	description: 'Get one order of numbers or keywords by its ID',
	method: 'GET',
	path: '/orders/{orderId}',
	query: { fields: 'orderOptions.fields' },
	output: ANSWER,
	request: CALLFIRE_REQUEST,
	fields: [
		{ displayName: 'ID', name: 'orderId', type: 'string', required: true, default: '' },
		queryOptions('orderOptions', []),
	],
});
