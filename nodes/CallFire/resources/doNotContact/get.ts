import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { doNotContactNumberField } from './common';

/** Do Not Contact → Get: `GET /contacts/dncs/{number}` (doc line 5133). */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	action: 'Get a do not contact number',
	description: 'Get one do-not-contact entry by its number',
	method: 'GET',
	path: '/contacts/dncs/{doNotContactNumber}',
	query: { fields: 'doNotContactOptions.fields' },
	output: ANSWER,
	request: CALLFIRE_REQUEST,
	fields: [doNotContactNumberField, queryOptions('doNotContactOptions', [])],
});
