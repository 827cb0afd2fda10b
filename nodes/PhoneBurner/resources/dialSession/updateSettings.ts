import { NodeOperationError, type INodeProperties } from 'n8n-workflow';

import { defineOperation } from '../../../shared/operation';
import {
	additionalFields,
	additionalFieldsBody,
	type FieldConverter,
} from '../../helpers/additionalFields';
import { resourceOf } from '../../helpers/answers';
import { settingsShape } from './common';

/** Call times as the doc has them: HHMM between 0800 and 2100. */
function callTime(key: string, label: string): FieldConverter {
	return (context, value, body) => {
		const text = String(value).trim().replace(':', '');
		if (!/^\d{4}$/.test(text) || text < '0800' || text > '2100') {
			throw new NodeOperationError(
				context.getNode(),
				`The "${label}" field must be a time from 0800 to 2100 (HHMM): ${String(value)}`,
				{ itemIndex: context.getItemIndex() },
			);
		}
		body[key] = text;
	};
}

const settingsConverters: Record<string, FieldConverter> = {
	calltime_min: callTime('calltime_min', 'Earliest Call Time'),
	calltime_max: callTime('calltime_max', 'Latest Call Time'),
	connectme_preset: (context, value, body) => {
		const digits = String(value).replace(/\D/g, '');
		if (digits.length !== 10) {
			throw new NodeOperationError(
				context.getNode(),
				`The "ConnectMe Phone" field must be a 10-digit phone number: ${String(value)}`,
				{ itemIndex: context.getItemIndex() },
			);
		}
		body.connectme_preset = digits;
	},
};

const dispositionEmails: Array<[string, string]> = [
	['Bad Phone', 'badphone'],
	['Busy', 'busy'],
	['Fax', 'fax'],
	['Interested', 'interested'],
	['No Answer', 'noanswer'],
	['Not Interested', 'notinterested'],
	['Voicemail', 'voicemail'],
	['Wrong Person', 'wrongperson'],
];

/** Every setting of the doc's PUT /dialsession/settings, as its example names them. */
const settingsAdditionalFields = additionalFields('dialSessionAdditionalFields', [
	{
		displayName: 'ConnectMe Phone',
		name: 'connectme_preset',
		type: 'string',
		default: '',
		placeholder: 'e.g. 9495551234',
		description:
			'Your 10-digit phone number, pre-filled when PhoneBurner calls you to start a session (ConnectMe)',
	},
	{
		displayName: 'Earliest Call Time',
		name: 'calltime_min',
		type: 'string',
		default: '',
		placeholder: '0900',
		description:
			"No calls before this time (HHMM, 0800 to 2100), in the called person's local time",
	},
	{
		displayName: 'Latest Call Time',
		name: 'calltime_max',
		type: 'string',
		default: '',
		placeholder: '1700',
		description: "No calls after this time (HHMM, 0800 to 2100), in the called person's local time",
	},
	{
		displayName: 'Ring Time (Seconds)',
		name: 'dialsecs',
		type: 'number',
		typeOptions: { minValue: 20 },
		default: 30,
		description: 'How long a call rings before it counts as no answer (more than 20 seconds)',
	},
	{
		displayName: 'Ringing Sound',
		name: 'ringing',
		type: 'boolean',
		default: true,
		description: 'Whether to hear ringing (instead of silence) while a call connects',
	},
	{
		displayName: 'Send Emails',
		name: 'emails',
		type: 'boolean',
		default: false,
		description: 'Whether to send the disposition emails set below during the session',
	},
	...dispositionEmails.map(
		([label, name]): INodeProperties => ({
			displayName: `${label} Email (Message ID)`,
			name,
			type: 'string',
			default: '',
			description: `The message from your library sent for the ${label} disposition`,
		}),
	),
]);

/**
 * Dial Session → Update Settings: `PUT /dialsession/settings` (doc line 1955). Doc lines
 * 1963-1967: "payload | body | bodyModel | Yes | Update dialsession settings": an update with no
 * setting is refused.
 */
export const updateSettings = defineOperation({
	value: 'updateSettings',
	name: 'Update Settings',
	action: 'Update dial session settings',
	description: 'Change the dial session settings',
	method: 'PUT',
	path: '/dialsession/settings',
	output: { rows: resourceOf(settingsShape) },
	hooks: {
		preSend: [
			additionalFieldsBody({
				collection: settingsAdditionalFields.name,
				convert: settingsConverters,
				notEmpty: 'Add at least one setting under Additional Fields (or Other Fields (JSON)).',
			}),
		],
	},
	fields: [settingsAdditionalFields],
});
