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

/** The entries: one per item, or the JSON array of each item. */
const entries: BulkSpec = {
	resource: 'text',
	json: {
		name: 'textSendBody',
		example: '[{"phoneNumber": "12135551100", "message": "Hello"}]',
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
			description: 'The text to send; it can use the attributes, e.g. Hello, ${custom_name}!',
		},
		{
			name: 'fromNumber',
			displayName: 'From Number',
			description: 'A number or short code you own (CallFire uses its short code 67076 if empty)',
			phone: true,
			shortCode: true,
		},
		recipientAttributes(
			'the message can use them, e.g. {"custom_name": "Alice"} as ${custom_name}',
		),
	),
};

/** Text → Send: `POST /texts` (doc line 11414). */
export const send = defineOperation({
	value: 'send',
	name: 'Send',
	action: 'Send texts',
	description: 'Send text messages (many items go in one request)',
	method: 'POST',
	path: '/texts',
	query: {
		fields: 'textOptions.fields',
		campaignId: 'textOptions.campaignId',
		defaultMessage: 'textOptions.defaultMessage',
		strictValidation: 'textOptions.strictValidation',
	},
	batching: bulkBatching(entries),
	hooks: { preSend: [bulkEntries(entries)] },
	request: CALLFIRE_REQUEST,
	fields: [
		...bulkFields(entries),
		queryOptions('textOptions', [
			{ displayName: 'Campaign ID', name: 'campaignId', type: 'number', default: 0 },
			{ displayName: 'Default Message', name: 'defaultMessage', type: 'string', default: '' },
			STRICT_VALIDATION_OPTION,
		]),
	],
});
