import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { numberLeaseNumberField } from './common';

/** Number Lease → Get Config: `GET /numbers/leases/configs/{number}` (doc line 9996). */
export const getConfig = defineOperation({
	value: 'getConfig',
	name: 'Get Config',
	action: 'Get a number config',
	description: 'Get how one leased number answers calls',
	method: 'GET',
	path: '/numbers/leases/configs/{numberLeaseNumber}',
	query: { fields: 'numberLeaseOptions.fields' },
	output: ANSWER,
	request: CALLFIRE_REQUEST,
	fields: [numberLeaseNumberField, queryOptions('numberLeaseOptions', [])],
});
