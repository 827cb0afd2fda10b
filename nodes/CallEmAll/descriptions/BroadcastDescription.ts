import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { ItemBatching } from '../../shared/batching';
import {
	authorize,
	buildBroadcast,
	callEmAllRoute,
	feedPaging,
	idField,
	listFields,
	listQuery,
	requireId,
} from '../GenericFunctions';

const show = (operation: string[], extra: Record<string, string[]> = {}) => ({
	show: { resource: ['broadcast'], operation, ...extra },
});

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

const broadcastUrl = '/v1/broadcasts/{broadcastId}';

export const broadcastOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['broadcast'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a broadcast that calls or texts contacts',
				description: 'Send a voice message, survey, text message or transfer call to contacts',
				routing: callEmAllRoute('POST', '/v1/broadcasts', {
					preSend: [authorize, buildBroadcast],
					batching: oneBroadcastForAllItems,
				}),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a broadcast',
				description: 'Get one broadcast with its totals',
				routing: callEmAllRoute('GET', broadcastUrl, {
					preSend: [authorize, requireId('broadcastId', 'Broadcast ID')],
				}),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many broadcasts',
				description: 'List broadcasts, with filters',
				routing: callEmAllRoute('GET', '/v1/broadcasts', {
					preSend: [authorize, listQuery],
					paging: feedPaging,
				}),
			},
			{
				name: 'Get Results',
				value: 'getDetails',
				action: 'Get the results of a broadcast',
				description: 'The call or text result for each phone number of a broadcast',
				routing: callEmAllRoute('GET', `${broadcastUrl}/details`, {
					preSend: [authorize, requireId('broadcastId', 'Broadcast ID'), listQuery],
					paging: feedPaging,
				}),
			},
		],
		default: 'create',
	},
];

/** The broadcast types, for Create and for the Get Many filter. */
const BROADCAST_TYPE_OPTIONS = [
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

const VOICE = [
	'Announcement',
	'SMSAndAnnouncement',
	'SMSAndSurvey',
	'Survey',
	'TransferAndConnect',
];
const TEXT = ['SMS', 'SMSAndAnnouncement', 'SMSAndSurvey'];

export const broadcastFields: INodeProperties[] = [
	idField(
		'broadcast',
		['get', 'getDetails'],
		'broadcastId',
		'Broadcast ID',
		'The broadcast',
		'getBroadcasts',
	),

	// broadcast: create
	{
		displayName: 'Name',
		name: 'broadcastName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Spring reminder',
		description: 'A name to recognise the broadcast by',
		displayOptions: show(['create']),
	},
	{
		displayName: 'Type',
		name: 'broadcastType',
		type: 'options',
		required: true,
		default: 'Announcement',
		displayOptions: show(['create']),
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
		displayOptions: show(['create'], { broadcastType: VOICE }),
	},
	{
		displayName: 'Text Message',
		name: 'textMessage',
		type: 'string',
		typeOptions: { rows: 3 },
		required: true,
		default: '',
		displayOptions: show(['create'], { broadcastType: TEXT }),
	},
	{
		displayName: 'Transfer Settings (JSON)',
		name: 'transferSettings',
		type: 'json',
		default: '{}',
		description: "The TransferAndConnect settings in the API's own field names",
		displayOptions: show(['create'], { broadcastType: ['TransferAndConnect'] }),
	},
	{
		displayName: 'Contacts From',
		name: 'contactSource',
		type: 'options',
		noDataExpression: true,
		default: 'allItems',
		displayOptions: show(['create']),
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
	...(
		[
			['Phone', 'contactPhone', 'e.g. {{ $json.phone }}'],
			['First Name', 'contactFirstName', ''],
			['Last Name', 'contactLastName', ''],
			['Notes', 'contactNotes', ''],
			['Integration Data', 'contactIntegrationData', ''],
		] as Array<[string, string, string]>
	).map(
		([displayName, name, placeholder]): INodeProperties => ({
			displayName,
			name,
			type: 'string',
			default: '',
			placeholder,
			description:
				name === 'contactPhone'
					? "The contact's phone number. Empty: the item's PrimaryPhone, Phone or PhoneNumber field."
					: `Empty: the item's own ${displayName.replace(' ', '')} field, if it has one`,
			displayOptions: show(['create'], { contactSource: ['allItems', 'item'] }),
		}),
	),
	{
		displayName: 'Contact List Names or IDs',
		name: 'listIds',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getBroadcastLists' },
		default: [],
		description:
			'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		hint: 'Everyone on these lists is called or texted too (Everyone is every contact of the account). In an expression: IDs separated by commas, e.g. 2, 14.',
		displayOptions: show(['create']),
	},
	{
		displayName: 'Contacts (JSON)',
		name: 'contactsJson',
		type: 'json',
		default: '[{"PrimaryPhone": "2145551234", "FirstName": "Jack"}]',
		description: 'An array of contacts; each needs a PrimaryPhone',
		displayOptions: show(['create'], { contactSource: ['json'] }),
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: show(['create']),
		options: [
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
		],
	},

	...listFields('broadcast', 'getAll', [
		{
			displayName: 'Status',
			name: 'broadcastStatus',
			type: 'options',
			default: '',
			description:
				'Only broadcasts with this status, sent as BroadcastStatus=… . The API doc names no list of statuses: these are the values it shows. Use an expression for any other.',
			options: [
				{ name: 'Any', value: '' },
				{
					name: 'Complete',
					value: 'Complete',
					description: 'The status a finished broadcast carries in the examples of the API doc',
				},
				{
					name: 'Completed',
					value: 'Completed',
					description:
						'The value in the query example of the API doc (GET /v1/broadcasts?BroadcastStatus=Completed)',
				},
			],
		},
		{
			displayName: 'Type',
			name: 'broadcastType',
			type: 'options',
			default: '',
			description: 'Only broadcasts of this type, sent as BroadcastType=…',
			options: [{ name: 'Any', value: '' }, ...BROADCAST_TYPE_OPTIONS],
		},
		{
			displayName: 'Starts From',
			name: 'startDateFrom',
			type: 'dateTime',
			default: '',
			description: 'Only broadcasts starting on or after this day',
		},
		{
			displayName: 'Starts Until',
			name: 'startDateTo',
			type: 'dateTime',
			default: '',
			description: 'Only broadcasts starting on or before this day',
		},
	]),
	...listFields('broadcast', 'getDetails'),
];
