import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { phoneListInPath } from '../../helpers/phoneNumbers';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { doNotContactNumberField } from './common';

/** Do Not Contact → Delete: `DELETE /contacts/dncs/{number}` (doc line 5235). */
export const del = defineOperation({
	value: 'delete',
	name: 'Delete',
	action: 'Delete do not contact numbers',
	description: 'Remove a number (or several, comma-separated) from the do-not-contact lists',
	method: 'DELETE',
	path: '/contacts/dncs/{doNotContactNumber}',
	pathParameters: { doNotContactNumber: { convert: phoneListInPath, raw: true } },
	query: { fields: 'doNotContactOptions.fields' },
	output: ANSWER,
	request: CALLFIRE_REQUEST,
	fields: [doNotContactNumberField, queryOptions('doNotContactOptions', [])],
});
