import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';

/** Call → Get: `GET /calls/{id}` (doc line 2635). */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	action: 'Get a call',
	description: 'Get one call by its ID',
	method: 'GET',
	path: '/calls/{callId}',
	query: { fields: 'callOptions.fields' },
	output: ANSWER,
	request: CALLFIRE_REQUEST,
	fields: [
		{ displayName: 'ID', name: 'callId', type: 'string', required: true, default: '' },
		queryOptions('callOptions', []),
	],
});
