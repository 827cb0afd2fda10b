import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { accountIdField } from './common';

/** Account → Get API Credential: `GET /me/api/credentials/{id}` (doc line 8368). */
export const getApiCredential = defineOperation({
	value: 'getApiCredential',
	name: 'Get API Credential',
	action: 'Get an API credential',
	description: 'Get one API credential by its ID',
	method: 'GET',
	path: '/me/api/credentials/{accountId}',
	query: { fields: 'accountOptions.fields' },
	output: ANSWER,
	request: CALLFIRE_REQUEST,
	fields: [accountIdField, queryOptions('accountOptions', [])],
});
