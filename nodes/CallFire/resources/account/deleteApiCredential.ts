import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { accountIdField } from './common';

/** Account → Delete API Credential: `DELETE /me/api/credentials/{id}` (doc line 8480). */
export const deleteApiCredential = defineOperation({
	value: 'deleteApiCredential',
	name: 'Delete API Credential',
	action: 'Delete an API credential',
	description: 'Delete an API credential by its ID',
	method: 'DELETE',
	path: '/me/api/credentials/{accountId}',
	query: { fields: 'accountOptions.fields' },
	output: ANSWER,
	request: CALLFIRE_REQUEST,
	fields: [accountIdField, queryOptions('accountOptions', [])],
});
