import { CHOOSE_OR_ID } from '../../../shared/descriptions';
import type { FieldSpec } from '../../../shared/operation';
import { broadcastFields } from '../../helpers/broadcastFields';
import type { FormField } from '../../helpers/formFields';

/** The fields several Text Broadcast operations share. */

export const textBroadcastIdField: FieldSpec = {
	displayName: 'Text Broadcast Name or ID',
	name: 'textBroadcastId',
	// eslint-disable-next-line n8n-nodes-base/node-param-description-missing-from-dynamic-options -- the description is CHOOSE_OR_ID (that text)
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getTextBroadcasts' },
	description: CHOOSE_OR_ID,
	required: true,
	default: '',
};

export const shared = broadcastFields('text');

export const message: FormField = {
	path: 'message',
	displayName: 'Message',
	type: 'text',
	description: "The text to send; a recipient's own message replaces it",
};

/** The fields of a TextBroadcast body (vendor README: text broadcasts mirror call broadcasts). */
export const optionalFields: FormField[] = [
	shared.recipientContactIds,
	{
		path: 'bigMessageStrategy',
		displayName: 'Long Messages',
		type: 'options',
		default: 'SEND_MULTIPLE',
		options: [
			{ name: 'Send as Several Texts', value: 'SEND_MULTIPLE' },
			{ name: 'Do Not Send', value: 'DO_NOT_SEND' },
			{ name: 'Trim', value: 'TRIM' },
		],
		description: 'What happens to a message longer than one text',
	},
	shared.labels,
	shared.localTimeRestriction,
	shared.maxActive,
	shared.resumeNextDay,
	shared.schedules,
];
