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
import { textBroadcastIdField } from './common';

/** The entries: one per item, or the JSON array of each item. */
const entries: BulkSpec = {
	resource: 'textBroadcast',
	json: {
		name: 'textBroadcastAddRecipientsBody',
		example: '[{"phoneNumber": "12135551100"}]',
	},
	into: 'array',
	max: 1000,
	output: 'perEntry',
	creates: 'text',
	strict: true,
	recipient: true,
	jsonPhones: { ...RECIPIENT_PHONES, fromNumber: { shortCode: true } },
	entry: recipientFields(
		{
			name: 'message',
			displayName: 'Message',
			description: "Text for this recipient instead of the broadcast's own",
		},
		recipientAttributes(
			'the message can use them, e.g. {"custom_name": "Alice"} as ${custom_name}',
		),
	),
};

/** Text Broadcast → Add Recipients: `POST /texts/broadcasts/{id}/recipients` (vendor-docs README: text broadcasts mirror the call broadcasts). */
export const addRecipients = defineOperation({
	value: 'addRecipients',
	name: 'Add Recipients',
	action: 'Add recipients to a text broadcast',
	description: 'Add phone numbers to a text broadcast',
	method: 'POST',
	path: '/texts/broadcasts/{textBroadcastId}/recipients',
	pathParameters: { textBroadcastId: { label: 'ID' } },
	query: {
		fields: 'textBroadcastOptions.fields',
		strictValidation: 'textBroadcastOptions.strictValidation',
	},
	batching: bulkBatching(entries),
	hooks: { preSend: [bulkEntries(entries)] },
	request: CALLFIRE_REQUEST,
	fields: [
		textBroadcastIdField,
		...bulkFields(entries),
		queryOptions('textBroadcastOptions', [STRICT_VALIDATION_OPTION]),
	],
});
