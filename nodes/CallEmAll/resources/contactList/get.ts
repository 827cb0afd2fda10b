import { defineOperation } from '../../../shared/operation';
import { listIdField, listPath } from './common';

/** Contact List → Get: `GET /v1/lists/{listId}`, one list (system lists too). */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	action: 'Get a contact list',
	method: 'GET',
	path: '/v1/lists/{listId}',
	...listPath,
	fields: [listIdField],
});
