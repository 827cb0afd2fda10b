import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { formBody } from '../../helpers/formBody';
import { formFields, type BodyForm } from '../../helpers/formFields';
import { queryOptions, STRICT_VALIDATION_OPTION } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { callBroadcastIdField, liveMessage, optionalFields, shared } from './common';
import { forUpdate } from '../../helpers/broadcastFields';

/** The body, from these form fields. */
const form: BodyForm = {
	parameters: 'callBroadcastUpdate',
	optional: forUpdate([
		shared.name,
		shared.fromNumber,
		shared.recipientNumbers,
		liveMessage,
		...optionalFields,
	]),
	optionalLabel: 'Update Fields',
	json: {
		example:
			'{"name": "Call Broadcast with Schedules", "answeringMachineConfig": "LIVE_IMMEDIATE", "sounds": {"liveSoundText": "Hello! This is an updated Call Broadcast config tts"}, "schedules": [{"startTimeOfDay": {"hour": 10, "minute": 0, "second": 0}, "stopTimeOfDay": {"hour": 18, "minute": 0, "second": 0}, "daysOfWeek": ["SATURDAY", "SUNDAY"], "timeZone": "America/New_York", "startDate": {"year": 2016, "month": 12, "day": 1}, "stopDate": {"year": 2016, "month": 12, "day": 10}}]}',
	},
	notEmpty: 'Add at least one field to update',
};

/** Call Broadcast → Update: `PUT /calls/broadcasts/{id}` (doc line 1180). */
export const update = defineOperation({
	value: 'update',
	name: 'Update',
	action: 'Update a call broadcast',
	description: 'Change the settings you add to a call broadcast; the others stay as they are',
	method: 'PUT',
	path: '/calls/broadcasts/{callBroadcastId}',
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
