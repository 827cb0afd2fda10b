import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { contactListIdField } from './common';

/** Contact List → Get: `GET /contacts/lists/{id}` (doc line 6000). */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	action: 'Get a contact list',
	description: 'Get one contact list by its ID',
	method: 'GET',
	path: '/contacts/lists/{contactListId}',
	pathParameters: { contactListId: { label: 'ID' } },
	query: { fields: 'contactListOptions.fields' },
	output: ANSWER,
	request: CALLFIRE_REQUEST,
	fields: [contactListIdField, queryOptions('contactListOptions', [])],
});
