import { defineOperation } from '../../../shared/operation';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST, callFirePaging } from '../../transport';

/** Account → Get Many API Credentials: `GET /me/api/credentials` (doc line 8253). */
export const getApiCredentials = defineOperation({
	value: 'getApiCredentials',
	name: 'Get Many API Credentials',
	action: 'Get many API credentials',
	description: 'List the API credentials of the account',
	method: 'GET',
	path: '/me/api/credentials',
	query: { fields: 'accountFilters.fields' },
	paging: { pages: callFirePaging },
	request: CALLFIRE_REQUEST,
	fields: [queryOptions('accountFilters', [], 'filters')],
});
