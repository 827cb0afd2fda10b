import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { formBody } from '../../helpers/formBody';
import { formFields, type BodyForm } from '../../helpers/formFields';
import { queryOptions, STRICT_VALIDATION_OPTION } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { callBroadcastIdField, shared } from './common';

/** The body, from these form fields. */
const form: BodyForm = {
	parameters: 'callBroadcastAddBatch',
	fields: [
		{ path: 'name', displayName: 'Batch Name', type: 'string', placeholder: 'e.g. May leads' },
		{
			path: 'contactListId',
			displayName: 'Contact List Name or ID',
			type: 'options',
			loadOptions: 'getContactLists',
			description: 'The contact list whose contacts the batch calls',
		},
		{
			...shared.recipientNumbers,
			description: `${shared.recipientNumbers.description} Instead of, or with, a contact list.`,
		},
	],
	optional: [
		shared.recipientContactIds,
		{
			path: 'scrubDuplicates',
			displayName: 'Scrub Duplicates',
			type: 'boolean',
			default: true,
			description: 'Whether recipients already in the broadcast are left out',
		},
	],
	json: {
		example:
			'{"name": "contact batch for call broadcast", "recipients": [{"phoneNumber": "12135551122"}, {"phoneNumber": "12135553434"}, {"phoneNumber": "12135558090", "attributes": {"custom_external_id": 30005044, "custom_property_1": "value1"}}], "scrubDuplicates": true}',
	},
	check: (body) =>
		body.contactListId === undefined && body.recipients === undefined
			? 'Choose a contact list or give recipients'
			: undefined,
};

/** Call Broadcast → Add Batch: `POST /calls/broadcasts/{id}/batches` (doc line 1522). */
export const addBatch = defineOperation({
	value: 'addBatch',
	name: 'Add Batch',
	action: 'Add a batch to a call broadcast',
	description: 'Add a contact list or phone numbers to a call broadcast as one batch',
	method: 'POST',
	path: '/calls/broadcasts/{callBroadcastId}/batches',
	pathParameters: { callBroadcastId: { label: 'ID' } },
	query: {
		fields: 'callBroadcastOptions.fields',
		strictValidation: 'callBroadcastOptions.strictValidation',
	},
	output: ANSWER,
	hooks: { preSend: [formBody(form)] },
	request: CALLFIRE_REQUEST,
	fields: [
		callBroadcastIdField,
		...formFields(form),
		queryOptions('callBroadcastOptions', [STRICT_VALIDATION_OPTION]),
	],
});
