import { defineOperation } from '../../../shared/operation';
import { ENTRIES } from '../../helpers/answers';
import { phoneNumberInPath } from '../../helpers/phoneNumbers';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';

/** Do Not Contact → Get Universal: `GET /contacts/dncs/universals/{toNumber}` (doc line 5010). */
export const getUniversal = defineOperation({
	value: 'getUniversal',
	name: 'Get Universal',
	action: 'Get universal do not contact entries',
	description: 'Check a number against the universal do-not-contact lists, one item per entry',
	method: 'GET',
	path: '/contacts/dncs/universals/{doNotContactToNumber}',
	pathParameters: { doNotContactToNumber: { convert: phoneNumberInPath } },
	query: {
		fields: 'doNotContactOptions.fields',
		fromNumber: 'doNotContactOptions.fromNumber',
	},
	output: ENTRIES,
	request: CALLFIRE_REQUEST,
	fields: [
		{
			displayName: 'To Number',
			name: 'doNotContactToNumber',
			type: 'string',
			required: true,
			default: '',
		},
		queryOptions('doNotContactOptions', [
			{ displayName: 'From Number', name: 'fromNumber', type: 'string', default: '' },
		]),
	],
});
