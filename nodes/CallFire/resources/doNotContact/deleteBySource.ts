import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';

/** Do Not Contact → Delete by Source: `DELETE /contacts/dncs/sources/{source}` (doc line 4914). */
export const deleteBySource = defineOperation({
	value: 'deleteBySource',
	name: 'Delete by Source',
	action: 'Delete do not contact numbers by source',
	description: 'Remove every do-not-contact number added under one source',
	method: 'DELETE',
	path: '/contacts/dncs/sources/{doNotContactSource}',
	query: { fields: 'doNotContactOptions.fields' },
	output: ANSWER,
	request: CALLFIRE_REQUEST,
	fields: [
		{
			displayName: 'Source',
			name: 'doNotContactSource',
			type: 'string',
			required: true,
			default: '',
		},
		queryOptions('doNotContactOptions', []),
	],
});
