import type { INodeProperties } from 'n8n-workflow';

import {
	buildCallListQuery,
	buildCallNotesBody,
	callDetailsPaging,
	callListPaging,
	callNotesResult,
	primeVoxRoute,
	recordingToBinary,
	requireCallUuid,
	setRecordingFileName,
	toScript,
} from '../GenericFunctions';

const showFor = (operation: string[]) => ({
	show: { resource: ['call'], operation },
});

export const callOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['call'] } },
		options: [
			{
				name: 'Download Recording',
				value: 'downloadRecording',
				action: 'Download a call recording',
				description: 'Download the audio of a recorded call as a file',
				routing: primeVoxRoute('GET', '/', {
					preSend: [toScript('recordingScript'), setRecordingFileName],
					postReceive: [recordingToBinary],
					request: { encoding: 'arraybuffer', json: false },
				}),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a call',
				description: 'Get one call with all of its events, decoded',
				routing: primeVoxRoute('GET', '/', {
					preSend: [toScript('callDetailsScript'), requireCallUuid],
					paging: callDetailsPaging,
				}),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many calls',
				description: 'List calls from the call history, with filters',
				routing: primeVoxRoute('GET', '/', {
					preSend: [toScript('callListScript'), buildCallListQuery],
					paging: callListPaging,
				}),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Add notes or a flag to a call',
				description: 'Attach notes, a follow-up flag or a severity rating to a call',
				routing: primeVoxRoute('POST', '/', {
					preSend: [toScript('callNotesScript'), buildCallNotesBody],
					postReceive: [callNotesResult],
				}),
			},
		],
		default: 'getAll',
	},
];

const callUuidField: INodeProperties = {
	displayName: 'Call',
	name: 'callUuid',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: "The call to use: pick one of today's calls, or give its callUuid",
	displayOptions: showFor(['get', 'update']),
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchCalls', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 1700000000.12345',
		},
	],
};

const utcOffsetOption: INodeProperties = {
	displayName: 'UTC Offset (Minutes)',
	name: 'utcOffset',
	type: 'number',
	default: 0,
	typeOptions: { minValue: -720, maxValue: 840 },
	description:
		'How many minutes your time zone is from UTC, e.g. -300 for America/Chicago in summer. Dates you give are read in it, and call times come back in it.',
};

export const callFields: INodeProperties[] = [
	callUuidField,

	// ----------------------------------------------------------------------
	//                         call: getAll
	// ----------------------------------------------------------------------
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
		displayOptions: showFor(['getAll']),
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		default: 50,
		typeOptions: { minValue: 1 },
		description: 'Max number of results to return',
		displayOptions: {
			show: { resource: ['call'], operation: ['getAll'], returnAll: [false] },
		},
	},
	{
		displayName: 'Directions',
		name: 'directions',
		type: 'collection',
		placeholder: 'Add Direction',
		default: {},
		description:
			'Which kinds of call to include. PrimeVox includes all three unless told otherwise.',
		displayOptions: showFor(['getAll']),
		options: [
			{
				displayName: 'Inbound',
				name: 'inbound',
				type: 'boolean',
				default: true,
				description: 'Whether to include calls from the outside world',
			},
			{
				displayName: 'Internal',
				name: 'internal',
				type: 'boolean',
				default: true,
				description: 'Whether to include calls between extensions and to feature codes',
			},
			{
				displayName: 'Outbound',
				name: 'outbound',
				type: 'boolean',
				default: true,
				description: 'Whether to include calls made to the outside world',
			},
		],
	},
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: showFor(['getAll']),
		options: [
			{
				displayName: 'Flagged for Follow-Up',
				name: 'filterFlaggedFollowup',
				type: 'boolean',
				default: true,
				description: 'Whether to only return calls flagged for follow-up',
			},
			{
				displayName: 'Has Notes',
				name: 'filterCallHasNotes',
				type: 'boolean',
				default: true,
				description: 'Whether to only return calls that have notes attached',
			},
			{
				displayName: 'Inbound Caller Number',
				name: 'filterInboundCallerNumber',
				type: 'string',
				default: '',
				description: 'Only inbound calls from this phone number',
				routing: {
					send: { type: 'query', property: 'filterInboundCallerNumber' },
				},
			},
			{
				displayName: 'Inbound DID',
				name: 'filterInboundDid',
				type: 'string',
				default: '',
				description:
					'Only inbound calls to this DID (the number the caller dialled), e.g. to measure a campaign',
				routing: { send: { type: 'query', property: 'filterInboundDid' } },
			},
			{
				displayName: 'Inbound Extension Reached',
				name: 'filterInboundExtenReceived',
				type: 'string',
				default: '',
				description:
					'Only inbound calls taken by this extension (answered, or sent to its voicemail)',
				routing: {
					send: { type: 'query', property: 'filterInboundExtenReceived' },
				},
			},
			{
				displayName: 'Internal Application',
				name: 'filterInternalApp',
				type: 'options',
				default: 1,
				description: 'Only internal calls to this feature code',
				options: [
					{ name: 'Call Forwarding (Star 62)', value: 4 },
					{ name: 'Echo Test (Star 43)', value: 3 },
					{ name: 'Queue Login/Logout (Star 45)', value: 1 },
					{ name: 'Targeted Intercom (Star 80)', value: 6 },
					{ name: 'Toggle Change (Star 49)', value: 5 },
					{ name: 'Voicemail Check (Star 97 or Star 98)', value: 2 },
				],
				routing: { send: { type: 'query', property: 'filterInternalApp' } },
			},
			{
				displayName: 'Internal Extension',
				name: 'filterInternalExten',
				type: 'string',
				default: '',
				description: 'Only internal calls that involve this extension',
				routing: { send: { type: 'query', property: 'filterInternalExten' } },
			},
			{
				displayName: 'IVR Event Type',
				name: 'filterIvrEventType',
				type: 'options',
				default: 0,
				description: 'Only calls with this kind of IVR event (use with IVR Menu ID)',
				options: [
					{ name: 'Any', value: 0 },
					{ name: 'Direct Dial', value: 54 },
					{ name: 'Option Pushed', value: 52 },
					{ name: 'Timeout', value: 53 },
				],
				routing: { send: { type: 'query', property: 'filterIvrEventType' } },
			},
			{
				displayName: 'IVR Menu ID',
				name: 'filterIvrId',
				type: 'string',
				default: '',
				description: 'Only calls that went through this IVR menu (its UUID or unique ID)',
				routing: { send: { type: 'query', property: 'filterIvrId' } },
			},
			{
				displayName: 'IVR Option Pushed',
				name: 'filterIvrPushed',
				type: 'options',
				default: '1',
				description: 'With IVR Event Type "Option Pushed": only calls that pushed this key',
				options: [
					{ name: '0', value: '0' },
					{ name: '1', value: '1' },
					{ name: '2', value: '2' },
					{ name: '3', value: '3' },
					{ name: '4', value: '4' },
					{ name: '5', value: '5' },
					{ name: '6', value: '6' },
					{ name: '7', value: '7' },
					{ name: '8', value: '8' },
					{ name: '9', value: '9' },
					{ name: 'Hash Key (#)', value: '#' },
					{ name: 'Star Key', value: '*' },
				],
				routing: { send: { type: 'query', property: 'filterIvrPushed' } },
			},
			{
				displayName: 'Outbound Extension',
				name: 'filterOutboundExtenDialed',
				type: 'string',
				default: '',
				description: 'Only outbound calls made by this extension',
				routing: {
					send: { type: 'query', property: 'filterOutboundExtenDialed' },
				},
			},
			{
				displayName: 'Outbound Number Dialed',
				name: 'filterOutboundNumberDialed',
				type: 'string',
				default: '',
				description: 'Only outbound calls to this phone number',
				routing: {
					send: { type: 'query', property: 'filterOutboundNumberDialed' },
				},
			},
			{
				displayName: 'Severity',
				name: 'filterCallSeverity',
				type: 'options',
				default: 0,
				description: 'Only calls with this severity rating',
				options: [
					{ name: '0 (No Severity)', value: 0 },
					{ name: '1', value: 1 },
					{ name: '2', value: 2 },
					{ name: '3', value: 3 },
					{ name: '4', value: 4 },
					{ name: '5 (Maximum)', value: 5 },
				],
				routing: { send: { type: 'query', property: 'filterCallSeverity' } },
			},
			{
				displayName: 'Spoke to a Person',
				name: 'filterSpokeToPerson',
				type: 'boolean',
				default: true,
				description: 'Whether to only return inbound calls that reached a live person',
			},
			{
				displayName: 'Went to Voicemail',
				name: 'filterWentToVoicemail',
				type: 'boolean',
				default: true,
				description:
					'Whether to only return inbound calls that ended in a voicemail box (a message may or may not have been left)',
			},
		],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: showFor(['getAll']),
		options: [
			{
				displayName: 'From Date',
				name: 'fromDate',
				type: 'dateTime',
				default: '',
				description: 'Earliest call time. PrimeVox defaults to today at 00:00:00.',
			},
			{
				displayName: 'To Date',
				name: 'toDate',
				type: 'dateTime',
				default: '',
				description: 'Latest call time. PrimeVox defaults to today at 23:59:59.',
			},
			utcOffsetOption,
		],
	},

	// ----------------------------------------------------------------------
	//                         call: get
	// ----------------------------------------------------------------------
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: showFor(['get']),
		options: [utcOffsetOption],
	},

	// ----------------------------------------------------------------------
	//                         call: downloadRecording
	// ----------------------------------------------------------------------
	{
		displayName: 'Recording Source',
		name: 'recordingSource',
		type: 'options',
		default: 'url',
		displayOptions: showFor(['downloadRecording']),
		options: [
			{
				name: 'Recording URL',
				value: 'url',
				description: 'The recordingUrl field of a call',
			},
			{
				name: 'File Name',
				value: 'fileName',
				description: 'The recording file name from the call data',
			},
		],
	},
	{
		displayName: 'Recording URL',
		name: 'recordingUrl',
		type: 'string',
		default: '={{ $json.recordingUrl }}',
		required: true,
		description: 'The recordingUrl of a call from Get Many or Get',
		displayOptions: {
			show: {
				resource: ['call'],
				operation: ['downloadRecording'],
				recordingSource: ['url'],
			},
		},
	},
	{
		displayName: 'File Name',
		name: 'fileName',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 20240105-101500-1700000000.12345.wav',
		description: 'The name of the recording file, as given in the call data',
		displayOptions: {
			show: {
				resource: ['call'],
				operation: ['downloadRecording'],
				recordingSource: ['fileName'],
			},
		},
	},
	{
		displayName: 'Put Output File in Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		hint: 'The name of the output binary field to put the recording in',
		displayOptions: showFor(['downloadRecording']),
	},

	// ----------------------------------------------------------------------
	//                         call: update
	// ----------------------------------------------------------------------
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor(['update']),
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
				options: [
					{ name: '0 (No Severity)', value: 0 },
					{ name: '1', value: 1 },
					{ name: '2', value: 2 },
					{ name: '3', value: 3 },
					{ name: '4', value: 4 },
					{ name: '5 (Maximum)', value: 5 },
				],
			},
		],
	},
];
