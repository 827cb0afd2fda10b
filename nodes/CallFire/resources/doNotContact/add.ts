import { defineOperation } from '../../../shared/operation';
import { bulkFields, LIST_NUMBER, type BulkSpec } from '../../helpers/bulk';
import { bulkBatching } from '../../helpers/bulkBatching';
import { bulkEntries } from '../../helpers/bulkEntries';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';

/** The entries: one per item, or the JSON array of each item. */
const entries: BulkSpec = {
	resource: 'doNotContact',
	json: {
		name: 'doNotContactAddBody',
		example: '{"numbers": ["12135551100"], "call": true, "text": true}',
	},
	into: 'numbers',
	max: 1000,
	output: 'echo',
	plain: 'number',
	entry: [LIST_NUMBER],
	shared: [
		{
			displayName: 'Do Not Call',
			name: 'call',
			type: 'boolean',
			default: true,
			description: 'Whether to add the numbers to the do-not-call list',
		},
		{
			displayName: 'Do Not Text',
			name: 'text',
			type: 'boolean',
			default: true,
			description: 'Whether to add the numbers to the do-not-text list',
		},
		{
			displayName: 'Source',
			name: 'source',
			type: 'string',
			default: '',
			placeholder: 'e.g. CRM sync',
			description: 'A name for where the numbers came from (CallFire shows "Api V2" if empty)',
		},
	],
};

/** Do Not Contact → Add or Update Many: `POST /contacts/dncs` (doc line 4622). */
export const add = defineOperation({
	value: 'add',
	name: 'Add or Update Many',
	action: 'Add or update do not contact numbers',
	description: 'Add numbers to the do-not-call and do-not-text lists, sent together in batches',
	method: 'POST',
	path: '/contacts/dncs',
	query: { fields: 'doNotContactOptions.fields' },
	batching: bulkBatching(entries),
	hooks: { preSend: [bulkEntries(entries)] },
	request: CALLFIRE_REQUEST,
	fields: [...bulkFields(entries), queryOptions('doNotContactOptions', [])],
});
