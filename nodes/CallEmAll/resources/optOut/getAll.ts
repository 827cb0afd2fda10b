import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { defineOperation } from '../../../shared/operation';
import { readField } from '../../../shared/request';
import { dayOption } from '../../helpers/dates';
import { extraQueryParameters, FEED_QUERY, feedOptions, feedPaging } from '../../helpers/feed';

/**
 * Opt Out → Get Many: `GET /v1/optouts`, the phone numbers that asked not to be called or
 * texted, a feed paged by its `Next` link (helpers/feed.ts).
 */

/** Opted Out Since as `date-from=2024-02-01` (a day in the workflow's time zone), sent last. */
async function optedOutSince(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const value = readField(this, 'options.dateFrom');
	if (value === undefined || value === null || value === '') return requestOptions;
	const qs = (requestOptions.qs ?? {}) as IDataObject;
	qs['date-from'] = dayOption(this, value, 'Opted Out Since');
	requestOptions.qs = qs;
	return requestOptions;
}

export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many opt outs',
	description: 'List the phone numbers that asked not to be called or texted',
	method: 'GET',
	path: '/v1/optouts',
	query: FEED_QUERY,
	paging: { pages: feedPaging },
	hooks: { preSend: [extraQueryParameters, optedOutSince] },
	fields: [
		feedOptions([
			{
				displayName: 'Opted Out Since',
				name: 'dateFrom',
				type: 'dateTime',
				default: '',
				description: 'Only opt-outs from this date on',
			},
		]),
	],
});
