import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeExecutionData,
} from 'n8n-workflow';

import { defineOperation } from '../../../shared/operation';
import { readField } from '../../../shared/request';
import { scriptPath } from '../../transport';
import { callField, callUuidValue, SEVERITIES } from './common';

/**
 * Call → Update: `POST {baseUrl}/call_notes.php` (doc lines 105-119), a urlencoded body ("we
 * do not support JSON yet"); the credential puts the auth values into the body too.
 */

function notesValue(value: unknown, context: IExecuteSingleFunctions): string {
	const notes = String(value);
	if (notes.length > 255) {
		throw new NodeOperationError(
			context.getNode(),
			`Notes must be at most 255 characters, not ${notes.length}`,
			{ itemIndex: context.getItemIndex() },
		);
	}
	return notes;
}

function severityValue(value: unknown, context: IExecuteSingleFunctions): number {
	const severity = Number(value);
	if (!Number.isInteger(severity) || severity < 0 || severity > 5) {
		throw new NodeOperationError(
			context.getNode(),
			`Severity must be a whole number from 0 to 5, not "${String(value)}"`,
			{ itemIndex: context.getItemIndex() },
		);
	}
	return severity;
}

/** At least one of the three values must be set. */
async function somethingToUpdate(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const body = (requestOptions.body ?? {}) as IDataObject;
	if (!['callNotes', 'callFlagged', 'callSeverity'].some((key) => key in body)) {
		throw new NodeOperationError(this.getNode(), 'Nothing to update', {
			itemIndex: this.getItemIndex(),
			description:
				'Add at least one of Notes, Flagged for Follow-Up or Severity under Update Fields.',
		});
	}
	return requestOptions;
}

/** The Update answer, with the call it was for. */
async function updateResult(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const callUuid = String(readField(this, 'callUuid', '', true) ?? '').trim();
	return items.map((item) => {
		const answer = item.json;
		const message =
			typeof answer.success === 'string'
				? answer.success
				: (answer.message ?? answer.success ?? null);
		return { json: { callUuid, success: true, message } };
	});
}

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	action: 'Update a call',
	description: 'Attach notes, a follow-up flag or a severity rating to a call',
	method: 'POST',
	...scriptPath('callNotesScript'),
	body: {
		type: 'form',
		fields: {
			callUuid: callUuidValue,
			callNotes: { from: 'updateFields.callNotes', as: notesValue, whenEmpty: 'send' },
			callFlagged: { from: 'updateFields.callFlagged', as: 'flag' },
			callSeverity: { from: 'updateFields.callSeverity', as: severityValue },
		},
	},
	hooks: { preSend: [somethingToUpdate], postReceive: [updateResult] },
	fields: [
		callField,
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					displayName: 'Flagged for Follow-Up',
					name: 'callFlagged',
					type: 'boolean',
					default: true,
					description: 'Whether the call should be flagged for follow-up',
				},
				{
					displayName: 'Notes',
					name: 'callNotes',
					type: 'string',
					default: '',
					typeOptions: { rows: 3 },
					description: 'Notes to attach to the call, at most 255 characters',
				},
				{
					displayName: 'Severity',
					name: 'callSeverity',
					type: 'options',
					default: 0,
					description: 'Severity rating; what 1 to 5 mean is up to you',
					options: SEVERITIES,
				},
			],
		},
	],
});
