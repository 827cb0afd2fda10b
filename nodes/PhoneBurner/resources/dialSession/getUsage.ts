import {
	NodeOperationError,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
} from 'n8n-workflow';

import { defineOperation } from '../../../shared/operation';
import { readField } from '../../../shared/request';
import { resourceOf } from '../../helpers/answers';
import { dayOf } from '../../helpers/values';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The required date range, as YYYY-MM-DD, at most 90 days long. */
async function usageDateRange(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const range: string[] = [];
	for (const [parameter, label] of [
		['dialSessionDateStart', 'Start Date'],
		['dialSessionDateEnd', 'End Date'],
	]) {
		const value = readField(this, parameter);
		if (value === '' || value === undefined || value === null) {
			throw new NodeOperationError(this.getNode(), `The "${label}" field is empty`, {
				description: 'Usage is reported for a date range of up to 90 days.',
				itemIndex: this.getItemIndex(),
			});
		}
		range.push(dayOf(this, value, label));
	}
	const [start, end] = range;
	const days = (Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / DAY_MS;
	if (days < 0 || days > 90) {
		throw new NodeOperationError(
			this.getNode(),
			`The "End Date" field must be on or after the Start Date and at most 90 days after it: ${start} to ${end}`,
			{ itemIndex: this.getItemIndex() },
		);
	}
	requestOptions.qs = { ...(requestOptions.qs ?? {}), date_start: start, date_end: end };
	return requestOptions;
}

/**
 * Dial Session → Get Usage: `GET /dialsession/usage` (doc line 2044), one item per member of the
 * answer's usage keyed by user_id.
 */
export const getUsage = defineOperation({
	value: 'getUsage',
	name: 'Get Usage',
	action: 'Get dial session usage',
	description: 'Get dial session statistics for you and your team, one item per member',
	method: 'GET',
	path: '/dialsession/usage',
	output: { rows: resourceOf({ path: ['usage'], keyedBy: 'user_id' }) },
	hooks: { preSend: [usageDateRange] },
	fields: [
		{
			displayName: 'Start Date',
			name: 'dialSessionDateStart',
			type: 'dateTime',
			default: '',
			required: true,
			description: 'The first day of the usage report',
		},
		{
			displayName: 'End Date',
			name: 'dialSessionDateEnd',
			type: 'dateTime',
			default: '',
			required: true,
			description: 'The last day of the usage report, at most 90 days after the start',
		},
	],
});
