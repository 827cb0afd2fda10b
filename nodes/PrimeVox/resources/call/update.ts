import {
	NodeApiError,
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeExecutionData,
} from 'n8n-workflow';

import { credentialsOfRun } from '../../../shared/credentials';
import { defineOperation } from '../../../shared/operation';
import { readField } from '../../../shared/request';
import { vendorRequest } from '../../../shared/transport';
import { callFieldsOf } from '../../helpers/callPages';
import { CREDENTIAL_TYPE, primeVoxHttp, scriptPath, scriptUrl } from '../../transport';
import { callField, callUuidValue, SEVERITIES } from './common';

/**
 * Call → Update: `POST {baseUrl}/call_notes.php` (doc lines 105-119), a urlencoded body ("we
 * do not support JSON yet"); the credential puts the auth values into the body too.
 *
 * The doc gives `callUuid`, `callFlagged`, `callSeverity` and `callNotes` without the
 * "Optional" it puts on `tenantID` (lines 109-113), so a PBX may read a field left out as
 * empty or 0. All four are therefore always sent: what the user does not change is read from
 * the call's Call Details first (which has `callFlagged`, `callSeverity`, `callNotes`, doc
 * lines 85-87), so changing one never clears another.
 */

/** The fields of the notes API the user may change, with their names in the editor. */
const UPDATABLE: Record<string, string> = {
	callNotes: 'Notes',
	callFlagged: 'Flagged for Follow-Up',
	callSeverity: 'Severity',
};

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

/** A value of Call Details as the notes API takes it back, or undefined when it is not one. */
function currentValue(key: string, value: unknown): string | number | undefined {
	if (value === undefined) return undefined;
	if (key === 'callNotes') return value === null ? '' : String(value);
	if (key === 'callFlagged') {
		return value === true || value === 'true' || Number(value) === 1 ? 1 : 0;
	}
	const severity = Number(value);
	return value === null || value === '' || !Number.isInteger(severity) ? undefined : severity;
}

/** The call's notes, flag and severity as Call Details gives them now. */
async function currentNotes(
	context: IExecuteSingleFunctions,
	callUuid: string,
): Promise<IDataObject> {
	const { credentials } = await credentialsOfRun(context, primeVoxHttp);
	const script = String(credentials?.callDetailsScript ?? '').trim();
	if (script === '') {
		throw new NodeOperationError(
			context.getNode(),
			"The credential's callDetailsScript setting is empty",
			{
				itemIndex: context.getItemIndex(),
				description:
					"Update reads the call's current notes, flag and severity from Call Details first. Open the PrimeVox credential and fill in the script name, or restore its default.",
			},
		);
	}
	try {
		const body = await vendorRequest(context, primeVoxHttp, CREDENTIAL_TYPE, {
			method: 'GET',
			url: scriptUrl(credentials ?? {}, 'callDetailsScript'),
			qs: { callUUID: callUuid, page: 1 },
			json: true,
		});
		return callFieldsOf(body);
	} catch (error) {
		const failure = error as NodeApiError;
		throw new NodeApiError(
			context.getNode(),
			{},
			{
				message: failure.message,
				description:
					"Nothing was updated: reading the call's current notes, flag and severity (Call Details) failed, and sending without them could clear them.",
				httpCode: failure.httpCode ?? undefined,
				itemIndex: context.getItemIndex(),
			},
		);
	}
}

/**
 * All four fields go out: the ones the user set, and the call's current values of the others,
 * read from Call Details (no read when all three are set). Nothing to change is refused.
 */
async function keepWhatIsNotChanged(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const body = (requestOptions.body ?? {}) as IDataObject;
	const keep = Object.keys(UPDATABLE).filter((key) => !(key in body));
	if (keep.length === Object.keys(UPDATABLE).length) {
		throw new NodeOperationError(this.getNode(), 'Nothing to update', {
			itemIndex: this.getItemIndex(),
			description:
				'Add at least one of Notes, Flagged for Follow-Up or Severity under Update Fields.',
		});
	}
	if (keep.length === 0) return requestOptions;
	const current = await currentNotes(this, String(body.callUuid));
	for (const key of keep) {
		const value = currentValue(key, current[key]);
		if (value === undefined) {
			throw new NodeOperationError(
				this.getNode(),
				`PrimeVox did not give this call's current ${UPDATABLE[key]}, so the update could clear it`,
				{
					itemIndex: this.getItemIndex(),
					description:
						'Nothing was sent. Set Notes, Flagged for Follow-Up and Severity together to update the call without reading them first.',
				},
			);
		}
		body[key] = value;
	}
	requestOptions.body = body;
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
	action: 'Add notes or a flag to a call',
	description:
		'Attach notes, a follow-up flag or a severity rating to a call; what you leave out is kept as it is',
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
	hooks: { preSend: [keepWhatIsNotChanged], postReceive: [updateResult] },
	fields: [
		callField,
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			description:
				'PrimeVox takes notes, flag and severity together: the ones you leave out are read from the call first and sent back as they are, so changing one never clears another',
			options: [
				{
					displayName: 'Flagged for Follow-Up',
					name: 'callFlagged',
					type: 'boolean',
					default: true,
					description:
						'Whether the call should be flagged for follow-up. Left out, the call keeps its flag.',
				},
				{
					displayName: 'Notes',
					name: 'callNotes',
					type: 'string',
					default: '',
					typeOptions: { rows: 3 },
					description:
						"The call's notes, at most 255 characters; they replace the notes it has (empty clears them). Left out, the call keeps its notes.",
				},
				{
					displayName: 'Severity',
					name: 'callSeverity',
					type: 'options',
					default: 0,
					description:
						'Severity rating; what 1 to 5 mean is up to you. Left out, the call keeps its severity.',
					options: SEVERITIES,
				},
			],
		},
	],
});
