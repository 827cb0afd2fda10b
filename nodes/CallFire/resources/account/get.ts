import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';

/** Account → Get: `GET /me/account` (doc line 8033). */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	action: 'Get account details',
	description: 'Get your CallFire account: name, email and permissions',
	method: 'GET',
	path: '/me/account',
	query: { fields: 'accountOptions.fields' },
	output: ANSWER,
	request: CALLFIRE_REQUEST,
	fields: [queryOptions('accountOptions', [])],
});
