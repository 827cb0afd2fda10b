import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
} from 'n8n-workflow';

import { defineOperation, type ValueRule } from '../../../shared/operation';
import { readField } from '../../../shared/request';
import { callListPaging } from '../../helpers/callPages';
import { parseUtcOffset, toPrimeVoxDate } from '../../helpers/dates';
import { scriptPath } from '../../transport';
import { SEVERITIES, utcOffsetOption, utcOffsetValueRule } from './common';

/**
 * Call → Get Many: `GET {baseUrl}/call_list.php` (the Call Summary API, doc lines 1-59), 500
 * calls a page, paged with `page` up to `maxPages`.
 */

/** A text filter the user added: sent as given; left empty, it is refused (never "all calls"). */
const filter = (name: string): ValueRule => ({ from: `filters.${name}`, whenEmpty: 'refuse' });

/** From Date and To Date in the chosen UTC offset, as `YYYY-MM-DD HH:MM:SS`, checked. */
async function dateRange(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const node = this.getNode();
	const itemIndex = this.getItemIndex();
	const qs = (requestOptions.qs ?? {}) as IDataObject;
	const utcOffset = parseUtcOffset(node, readField(this, 'options.utcOffset') ?? 0, itemIndex);
	for (const [field, label] of [
		['fromDate', 'From Date'],
		['toDate', 'To Date'],
	] as const) {
		const raw = readField(this, `options.${field}`);
		if (raw === undefined || raw === '') continue;
		const formatted = toPrimeVoxDate(raw, utcOffset);
		if (!formatted) {
			throw new NodeOperationError(node, `${label} is not a date: "${String(raw)}"`, {
				itemIndex,
				description: 'Pick a date, or give one as YYYY-MM-DD HH:MM:SS or an ISO 8601 timestamp.',
			});
		}
		qs[field] = formatted;
	}
	if (qs.fromDate && qs.toDate && String(qs.fromDate) > String(qs.toDate)) {
		throw new NodeOperationError(node, 'From Date must not be after To Date', { itemIndex });
	}
	requestOptions.qs = qs;
	return requestOptions;
}

export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many calls',
	description: 'List calls from the call history, with filters',
	method: 'GET',
	...scriptPath('callListScript'),
	query: {
		utcOffset: utcOffsetValueRule,
		showInbound: { from: 'directions.inbound', as: 'flag' },
		showOutbound: { from: 'directions.outbound', as: 'flag' },
		showInternal: { from: 'directions.internal', as: 'flag' },
		filterInboundCallerNumber: filter('filterInboundCallerNumber'),
		filterInboundDid: filter('filterInboundDid'),
		filterInboundExtenReceived: filter('filterInboundExtenReceived'),
		filterOutboundNumberDialed: filter('filterOutboundNumberDialed'),
		filterOutboundExtenDialed: filter('filterOutboundExtenDialed'),
		filterInternalExten: filter('filterInternalExten'),
		filterInternalApp: 'filters.filterInternalApp',
		filterWentToVoicemail: { from: 'filters.filterWentToVoicemail', as: 'flagWhenOn' },
		filterSpokeToPerson: { from: 'filters.filterSpokeToPerson', as: 'flagWhenOn' },
		filterFlaggedFollowup: { from: 'filters.filterFlaggedFollowup', as: 'flagWhenOn' },
		filterCallSeverity: 'filters.filterCallSeverity',
		filterCallHasNotes: { from: 'filters.filterCallHasNotes', as: 'flagWhenOn' },
		filterIvrId: filter('filterIvrId'),
		filterIvrEventType: 'filters.filterIvrEventType',
		filterIvrPushed: 'filters.filterIvrPushed',
	},
	paging: { pages: callListPaging },
	hooks: { preSend: [dateRange] },
	fields: [
		{
			displayName: 'Directions',
			name: 'directions',
			type: 'collection',
			placeholder: 'Add Direction',
			default: {},
			description:
				'Which kinds of call to include. PrimeVox includes all three unless told otherwise.',
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
				},
				{
					displayName: 'Inbound DID',
					name: 'filterInboundDid',
					type: 'string',
					default: '',
					description:
						'Only inbound calls to this DID (the number the caller dialled), e.g. to measure a campaign',
				},
				{
					displayName: 'Inbound Extension Reached',
					name: 'filterInboundExtenReceived',
					type: 'string',
					default: '',
					description:
						'Only inbound calls taken by this extension (answered, or sent to its voicemail)',
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
				},
				{
					displayName: 'Internal Extension',
					name: 'filterInternalExten',
					type: 'string',
					default: '',
					description: 'Only internal calls that involve this extension',
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
				},
				{
					displayName: 'IVR Menu ID',
					name: 'filterIvrId',
					type: 'string',
					default: '',
					description: 'Only calls that went through this IVR menu (its UUID or unique ID)',
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
				},
				{
					displayName: 'Outbound Extension',
					name: 'filterOutboundExtenDialed',
					type: 'string',
					default: '',
					description: 'Only outbound calls made by this extension',
				},
				{
					displayName: 'Outbound Number Dialed',
					name: 'filterOutboundNumberDialed',
					type: 'string',
					default: '',
					description: 'Only outbound calls to this phone number',
				},
				{
					displayName: 'Severity',
					name: 'filterCallSeverity',
					type: 'options',
					default: 0,
					description: 'Only calls with this severity rating',
					options: SEVERITIES,
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
	],
});
