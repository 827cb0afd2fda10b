import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { contactIdField } from './common';

/** Contact → Get: `GET /contacts/{id}` (doc line 6964). */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	action: 'Get a contact',
	description: 'Get one contact by its ID',
	method: 'GET',
	path: '/contacts/{contactId}',
	query: { fields: 'contactOptions.fields' },
	output: ANSWER,
	request: CALLFIRE_REQUEST,
	fields: [contactIdField, queryOptions('contactOptions', [])],
});
