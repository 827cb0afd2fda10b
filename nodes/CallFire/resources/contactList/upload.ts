import { INPUT_BINARY_FIELD } from '../../../shared/descriptions';
import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';

/** Contact List → Create From CSV File: `POST /contacts/lists/upload` (doc line 5882). */
export const upload = defineOperation({
	value: 'upload',
	name: 'Create From CSV File',
	action: 'Create a contact list from CSV',
	description: 'Create a contact list from a CSV file of the input item',
	method: 'POST',
	path: '/contacts/lists/upload',
	query: { fields: 'contactListOptions.fields' },
	body: {
		type: 'multipart',
		fileField: 'file',
		fields: { name: 'name', useCustomFields: 'useCustomFields' },
	},
	output: ANSWER,
	request: CALLFIRE_REQUEST,
	fields: [
		INPUT_BINARY_FIELD,
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
			description: 'A name for the uploaded file',
		},
		{
			displayName: 'Use Custom Fields',
			name: 'useCustomFields',
			type: 'boolean',
			default: false,
			description:
				'Whether the CSV column names are kept as contact property names (otherwise CallFire names them A, B, C…)',
		},
		queryOptions('contactListOptions', []),
	],
});
