import { defineOperation } from '../../../shared/operation';
import { bulkFields, CONTACT_FIELDS, CONTACT_PHONES, type BulkSpec } from '../../helpers/bulk';
import { bulkBatching } from '../../helpers/bulkBatching';
import { bulkEntries } from '../../helpers/bulkEntries';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';

/** The entries: one per item, or the JSON array of each item. */
const entries: BulkSpec = {
	resource: 'contact',
	json: {
		name: 'contactCreateBody',
		example:
			'[{"firstName": "Alice", "lastName": "Moore", "homePhone": "12135551124", "mobilePhone": "12136666123", "workPhone": "14553327789", "zipcode": "40460", "properties": {"custom_ext_system_id": 100200301}}, {"firstName": "Bob", "lastName": "Smith", "homePhone": "12135551127", "properties": {"custom_age": 30, "custom_position": "Manager"}}]',
	},
	into: 'array',
	max: 1000,
	output: 'perEntry',
	creates: 'contact',
	jsonPhones: CONTACT_PHONES,
	entry: CONTACT_FIELDS,
};

/** Contact → Create: `POST /contacts` (doc line 4229). */
export const create = defineOperation({
	value: 'create',
	name: 'Create',
	action: 'Create contacts',
	description: 'Create contacts, sent together in batches',
	method: 'POST',
	path: '/contacts',
	query: { fields: 'contactOptions.fields' },
	batching: bulkBatching(entries),
	hooks: { preSend: [bulkEntries(entries)] },
	request: CALLFIRE_REQUEST,
	fields: [...bulkFields(entries), queryOptions('contactOptions', [])],
});
