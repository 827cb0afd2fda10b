import type { INodeProperties } from 'n8n-workflow';

import type { FieldSpec, ValueRule } from '../../../shared/operation';
import { utcOffsetValue } from '../../helpers/dates';

/** The fields and values several Call operations share. */

/** The call to read or update: one of today's calls, or its callUuid. */
export const callField: FieldSpec = {
	displayName: 'Call',
	name: 'callUuid',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: "The call to use: pick one of today's calls, or give its callUuid",
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

/** The call's ID as a request value: refused when empty, before any request. */
export const callUuidValue: ValueRule = {
	from: 'callUuid',
	whenEmpty: 'refuse',
	emptyMessage: 'Call ID is required',
	emptyHint: 'Give the callUuid of a call, e.g. from Get Many.',
};

export const utcOffsetOption: INodeProperties = {
	displayName: 'UTC Offset (Minutes)',
	name: 'utcOffset',
	type: 'number',
	default: 0,
	typeOptions: { minValue: -720, maxValue: 840 },
	description:
		'How many minutes your time zone is from UTC, e.g. -300 for America/Chicago in summer. Dates you give are read in it, and call times come back in it.',
};

/** Options → UTC Offset as the query sends it: a whole number of minutes, checked. */
export const utcOffsetValueRule: ValueRule = { from: 'options.utcOffset', as: utcOffsetValue };

/** Severity ratings (doc: "0 = no severity rating, and 1-5 are various severities"). */
export const SEVERITIES = [
	{ name: '0 (No Severity)', value: 0 },
	{ name: '1', value: 1 },
	{ name: '2', value: 2 },
	{ name: '3', value: 3 },
	{ name: '4', value: 4 },
	{ name: '5 (Maximum)', value: 5 },
];
