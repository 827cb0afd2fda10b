import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { numberLeaseNumberField } from './common';

/** Number Lease → Get: `GET /numbers/leases/{number}` (doc line 10295). */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	action: 'Get a number lease',
	description: 'Get the lease of one number',
	method: 'GET',
	path: '/numbers/leases/{numberLeaseNumber}',
	query: { fields: 'numberLeaseOptions.fields' },
	output: ANSWER,
	request: CALLFIRE_REQUEST,
	fields: [numberLeaseNumberField, queryOptions('numberLeaseOptions', [])],
});
