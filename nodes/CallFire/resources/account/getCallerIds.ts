import { defineOperation } from '../../../shared/operation';
import { ENTRIES } from '../../helpers/answers';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';

/** Account → Get Caller IDs: `GET /me/callerids` (doc line 8786). */
export const getCallerIds = defineOperation({
	value: 'getCallerIds',
	name: 'Get Caller IDs',
	action: 'Get caller ID numbers',
	description: 'List the verified caller ID numbers, one item each',
	method: 'GET',
	path: '/me/callerids',
	query: { fields: 'accountOptions.fields' },
	output: ENTRIES,
	request: CALLFIRE_REQUEST,
	fields: [queryOptions('accountOptions', [])],
});
