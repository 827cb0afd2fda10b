import { defineOperation } from '../../../shared/operation';
import {
	bulkFields,
	recipientFields,
	recipientAttributes,
	RECIPIENT_PHONES,
	type BulkSpec,
} from '../../helpers/bulk';
import { bulkBatching } from '../../helpers/bulkBatching';
import { bulkEntries } from '../../helpers/bulkEntries';
import { queryOptions, STRICT_VALIDATION_OPTION } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { callBroadcastIdField } from './common';

/** The entries: one per item, or the JSON array of each item. */
const entries: BulkSpec = {
	resource: 'callBroadcast',
	json: {
		name: 'callBroadcastAddRecipientsBody',
		example: '[{"phoneNumber": "12135551100"}]',
	},
	into: 'array',
	max: 1000,
	output: 'perEntry',
	creates: 'call',
	strict: true,
	recipient: true,
	jsonPhones: { ...RECIPIENT_PHONES, fromNumber: {} },
	entry: recipientFields(recipientAttributes('CallFire returns them with the call')),
};

/** Call Broadcast → Add Recipients: `POST /calls/broadcasts/{id}/recipients` (doc line 1947). */
export const addRecipients = defineOperation({
	value: 'addRecipients',
	name: 'Add Recipients',
	action: 'Add recipients to a call broadcast',
	description: 'Add phone numbers to a call broadcast',
	method: 'POST',
	path: '/calls/broadcasts/{callBroadcastId}/recipients',
	pathParameters: { callBroadcastId: { label: 'ID' } },
	query: {
		fields: 'callBroadcastOptions.fields',
		strictValidation: 'callBroadcastOptions.strictValidation',
	},
	batching: bulkBatching(entries),
	hooks: { preSend: [bulkEntries(entries)] },
	request: CALLFIRE_REQUEST,
	fields: [
		callBroadcastIdField,
		...bulkFields(entries),
		queryOptions('callBroadcastOptions', [STRICT_VALIDATION_OPTION]),
	],
});
