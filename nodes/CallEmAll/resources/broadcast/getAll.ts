import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { defineOperation } from '../../../shared/operation';
import { readField } from '../../../shared/request';
import { dayOption } from '../../helpers/dates';
import { extraQueryParameters, FEED_QUERY, feedOptions, feedPaging } from '../../helpers/feed';
import { BROADCAST_TYPE_OPTIONS } from './common';

/**
 * Broadcast → Get Many: `GET /v1/broadcasts` (doc "Get Broadcasts"), a feed paged by its
 * `Next` link (helpers/feed.ts), with the doc's filters: `BroadcastStatus=Completed` style
 * equality filters, and start-date ranges written `StartDate~gte~2024-02-01`.
 */

/**
 * Starts From / Starts Until as the doc's range filters. They have no `name=value` form, so
 * they go into the URL as written (a query table would send `StartDate~gte~…=`).
 */
async function startDateRange(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const ranges: string[] = [];
	for (const [option, operator, label] of [
		['startDateFrom', 'gte', 'Starts From'],
		['startDateTo', 'lte', 'Starts Until'],
	]) {
		const value = readField(this, `options.${option}`);
		if (value !== undefined && value !== null && String(value) !== '') {
			ranges.push(`StartDate~${operator}~${dayOption(this, value, label)}`);
		}
	}
	if (ranges.length) {
		const url = String(requestOptions.url ?? '');
		requestOptions.url = `${url}${url.includes('?') ? '&' : '?'}${ranges.join('&')}`;
	}
	return requestOptions;
}

export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many broadcasts',
	description: 'List broadcasts, with filters',
	method: 'GET',
	path: '/v1/broadcasts',
	query: {
		...FEED_QUERY,
		BroadcastStatus: 'options.broadcastStatus',
		BroadcastType: 'options.broadcastType',
	},
	paging: { pages: feedPaging },
	hooks: { preSend: [extraQueryParameters, startDateRange] },
	fields: [
		feedOptions([
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
	],
});
