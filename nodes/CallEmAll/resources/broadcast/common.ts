import type { INodePropertyOptions } from 'n8n-workflow';

import type { FieldSpec } from '../../../shared/operation';
import { idFieldSpec } from '../../helpers/fields';
import { pathId } from '../../helpers/ids';

/** What several broadcast operations share: the broadcast types and the Broadcast field. */

/** The broadcast types, for Create and for the Get Many filter. */
export const BROADCAST_TYPE_OPTIONS: INodePropertyOptions[] = [
	{
		name: 'Survey (Voice)',
		value: 'Survey',
		description: 'A voice message that asks the listener to press a key',
	},
	{ name: 'Text Message', value: 'SMS', description: 'A text message' },
	{
		name: 'Text Message and Survey',
		value: 'SMSAndSurvey',
		description: 'A text message and a voice survey',
	},
	{
		name: 'Text Message and Voice Message',
		value: 'SMSAndAnnouncement',
		description: 'A text message and a voice message',
	},
	{
		name: 'Transfer and Connect',
		value: 'TransferAndConnect',
		description: 'A voice message that can connect the listener to a phone number',
	},
	{
		name: 'Voice Message',
		value: 'Announcement',
		description: 'A recorded message played to each contact',
	},
];

/** The broadcast an operation reads: a dropdown of the account's broadcasts, or an ID. */
export const broadcastIdField: FieldSpec = idFieldSpec(
	'broadcastId',
	'Broadcast ID',
	'The broadcast',
	'getBroadcasts',
);

/** `{broadcastId}` of a path: a whole number above 0, checked before any request. */
export const broadcastPath = {
	pathParameters: { broadcastId: pathId('Broadcast ID') },
};
