import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { ItemBatching } from '../../../shared/batching';
import { defineOperation, type FieldSpec } from '../../../shared/operation';
import { buildBroadcast, TEXT_TYPES, VOICE_TYPES } from '../../helpers/broadcast';
import { BROADCAST_TYPE_OPTIONS } from './common';

/**
 * Broadcast → Create: `POST /v1/broadcasts` (doc "Create Broadcast"). The body is built from
 * many fields at once by `buildBroadcast` (helpers/broadcast.ts); with Contacts From "All Input
 * Items", every item's contact goes into one broadcast (the batching below).
 */

/**
 * "All Input Items": one broadcast whose contacts are all the items. Its other settings (name,
 * type, message, start date) are taken from the first item.
 */
const oneBroadcastForAllItems: ItemBatching = {
	grouping: 'first',
	output: 'once',
	maxEntries: () => Infinity,
	alone(context) {
		return context.getNodeParameter('contactSource', 'allItems') !== 'allItems';
	},
	take(options) {
		const body = { ...((options.body ?? {}) as IDataObject) };
		const contacts = body.Contacts;
		delete body.Contacts;
		options.body = body;
		return Array.isArray(contacts) ? contacts : [];
	},
	put(options, entries) {
		options.body = { ...((options.body ?? {}) as IDataObject), Contacts: entries as IDataObject[] };
	},
};

const VOICE = [...VOICE_TYPES];
const TEXT = [...TEXT_TYPES];

/** The contact fields of an item, for the sources that take one contact per item. */
const contactFields: FieldSpec[] = (
	[
		['Phone', 'contactPhone', 'e.g. {{ $json.phone }}'],
		['First Name', 'contactFirstName', ''],
		['Last Name', 'contactLastName', ''],
		['Notes', 'contactNotes', ''],
		['Integration Data', 'contactIntegrationData', ''],
	] as Array<[string, string, string]>
).map(
	([displayName, name, placeholder]): FieldSpec => ({
		displayName,
		name,
		type: 'string',
		default: '',
		placeholder,
		description:
			name === 'contactPhone'
				? "The contact's phone number. Empty: the item's PrimaryPhone, Phone or PhoneNumber field."
				: `Empty: the item's own ${displayName.replace(' ', '')} field, if it has one`,
		show: { contactSource: ['allItems', 'item'] },
	}),
);

const additionalFields: INodeProperties[] = [
	{
		displayName: 'Caller ID',
		name: 'callerId',
		type: 'string',
		default: '',
		description: 'The phone number the calls come from',
	},
	{
		displayName: 'Calls at the Same Time',
		name: 'callThrottle',
		type: 'number',
		default: 0,
		description: 'How many calls may be connected at once; 0 for no limit',
	},
	{
		displayName: 'Continue on Next Day',
		name: 'continueOnNextDay',
		type: 'boolean',
		default: true,
		description: 'Whether calls not finished today continue tomorrow',
	},
	{
		displayName: 'Draft Broadcast ID',
		name: 'draftBroadcastId',
		type: 'number',
		default: 0,
		description:
			'Build the broadcast from this draft, assembled before; it brings its own contacts, so none are needed here',
	},
	{
		displayName: 'Excluded Contact IDs',
		name: 'excludedContactIds',
		type: 'string',
		default: '',
		description: 'Contact IDs to leave out, separated by commas',
	},
	{
		displayName: 'Extra Fields (JSON)',
		name: 'json',
		type: 'json',
		default: '{}',
		description:
			'More fields in the API\'s own names, sent as given and over the fields above, e.g. {"FileUploads": [{"FileUploadID": 12}]}',
	},
	{
		displayName: 'File Upload IDs',
		name: 'fileUploadIds',
		type: 'string',
		default: '',
		placeholder: 'e.g. 12, 13',
		description:
			'Also call or text the contacts of these file uploads, sent as FileUploads: [{"FileUploadID": ID}]. The API doc names the field but not its entries; use Extra Fields (JSON) for another shape.',
	},
	{
		displayName: 'Max Message Length (Seconds)',
		name: 'maxMessageLength',
		type: 'number',
		default: 30,
	},
	{
		displayName: 'Primary Phone Numbers Only',
		name: 'primaryPhoneNumbersOnly',
		type: 'boolean',
		default: false,
		description: "Whether to use only each contact's primary phone",
	},
	{
		displayName: 'Respect Calling Window',
		name: 'checkCallingWindow',
		type: 'boolean',
		default: true,
		description: "Whether to call only within the user's calling hours",
	},
	{
		displayName: 'Retries',
		name: 'retryTimes',
		type: 'number',
		default: 1,
		description: 'How many times a busy or unanswered call is tried again',
	},
	{
		displayName: 'Start Date',
		name: 'startDate',
		type: 'dateTime',
		default: '',
		description: 'When the broadcast starts; empty starts it now',
	},
	{
		displayName: 'Text Number ID',
		name: 'textNumberId',
		type: 'number',
		default: 0,
		description: 'The ID of the text number to send from',
	},
	{
		displayName: 'Voicemail Audio ID',
		name: 'voicemailAudioId',
		type: 'string',
		default: '',
		description: 'Recording left on answering machines (surveys and transfers)',
	},
];

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	action: 'Create a broadcast that calls or texts contacts',
	description: 'Send a voice message, survey, text message or transfer call to contacts',
	method: 'POST',
	path: '/v1/broadcasts',
	batching: oneBroadcastForAllItems,
	hooks: { preSend: [buildBroadcast] },
	fields: [
		{
			displayName: 'Name',
			name: 'broadcastName',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. Spring reminder',
			description: 'A name to recognise the broadcast by',
		},
		{
			displayName: 'Type',
			name: 'broadcastType',
			type: 'options',
			required: true,
			default: 'Announcement',
			options: BROADCAST_TYPE_OPTIONS,
		},
		{
			displayName: 'Audio ID',
			name: 'audioId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. zx1234',
			description: 'The ID of a recording in your message library',
			show: { broadcastType: VOICE },
		},
		{
			displayName: 'Text Message',
			name: 'textMessage',
			type: 'string',
			typeOptions: { rows: 3 },
			required: true,
			default: '',
			show: { broadcastType: TEXT },
		},
		{
			displayName: 'Transfer Settings (JSON)',
			name: 'transferSettings',
			type: 'json',
			default: '{}',
			description: "The TransferAndConnect settings in the API's own field names",
			show: { broadcastType: ['TransferAndConnect'] },
		},
		{
			displayName: 'Contacts From',
			name: 'contactSource',
			type: 'options',
			noDataExpression: true,
			default: 'allItems',
			options: [
				{
					name: 'All Input Items',
					value: 'allItems',
					description:
						'One broadcast to every input item, each mapped to a contact, plus any contact lists below',
				},
				{
					name: 'JSON',
					value: 'json',
					description: 'A list of contacts written as JSON, plus any contact lists below',
				},
				{
					name: 'None (Lists, File Uploads or a Draft Only)',
					value: 'lists',
					description:
						'No contacts of their own: the contact lists below, file uploads or a draft broadcast (Additional Fields). One broadcast per input item.',
				},
				{
					name: 'One Broadcast per Item',
					value: 'item',
					description:
						'Each input item starts its own broadcast to its contact, plus any contact lists below',
				},
			],
		},
		...contactFields,
		{
			displayName: 'Contact List Names or IDs',
			name: 'listIds',
			type: 'multiOptions',
			typeOptions: { loadOptionsMethod: 'getBroadcastLists' },
			default: [],
			description:
				'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
			hint: 'Everyone on these lists is called or texted too (Everyone is every contact of the account). In an expression: IDs separated by commas, e.g. 2, 14.',
		},
		{
			displayName: 'Contacts (JSON)',
			name: 'contactsJson',
			type: 'json',
			default: '[{"PrimaryPhone": "2145551234", "FirstName": "Jack"}]',
			description: 'An array of contacts; each needs a PrimaryPhone',
			show: { contactSource: ['json'] },
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: additionalFields,
		},
	],
});
