import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { contactIdField } from './common';

/** Contact → Delete: `DELETE /contacts/{id}` (doc line 7076). */
export const del = defineOperation({
	value: 'delete',
	name: 'Delete',
	action: 'Delete a contact',
	description: 'Delete a contact by its ID',
	method: 'DELETE',
	path: '/contacts/{contactId}',
	query: { fields: 'contactOptions.fields' },
	output: ANSWER,
	request: CALLFIRE_REQUEST,
	fields: [contactIdField, queryOptions('contactOptions', [])],
});
