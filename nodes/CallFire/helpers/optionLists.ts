import type { INodePropertyOptions } from 'n8n-workflow';

/**
 * Enumerations several CallFire operations offer as dropdowns, sorted as n8n's lint wants them.
 * Values are the doc's (callfire-api-v2.txt); where the doc copy names an object without listing
 * its values, they are those of the vendor's SDK models, and the doc's examples use the same.
 */

const asIs = (values: string[]): INodePropertyOptions[] =>
	[...values].sort().map((value) => ({ name: value, value }));

/**
 * The states of a call or a text (doc lines 464 and 11668: "READY, SELECTED, CALLBACK, FINISHED,
 * DISABLED, DNC, DUP, INVALID, TIMEOUT, PERIOD_LIMIT", the same list for both).
 */
export const CALL_AND_TEXT_STATES = asIs([
	'READY',
	'SELECTED',
	'CALLBACK',
	'FINISHED',
	'DISABLED',
	'DNC',
	'DUP',
	'INVALID',
	'TIMEOUT',
	'PERIOD_LIMIT',
]);

/** Text results (doc line 11672: "SENT, RECEIVED, DNT, TOO_BIG, INTERNAL_ERROR, …"). */
export const TEXT_RESULTS = asIs([
	'SENT',
	'RECEIVED',
	'DNT',
	'TOO_BIG',
	'INTERNAL_ERROR',
	'CARRIER_ERROR',
	'CARRIER_TEMP_ERROR',
	'UNDIALED',
]);

/** Call results (the vendor SDK's list; the doc copy, line 468, repeats the text results for calls). */
export const CALL_RESULTS = asIs([
	'ABANDONED',
	'AM',
	'BUSY',
	'CARRIER_ERROR',
	'CARRIER_TEMP_ERROR',
	'DNC',
	'DNT',
	'INTERNAL_ERROR',
	'LA',
	'NO_ANS',
	'POSTPONED',
	'RECEIVED',
	'SD',
	'SENT',
	'SKIPPED',
	'TOO_BIG',
	'UNDIALED',
	'XFER',
	'XFER_LEG',
]);

/** Text-to-speech voices (doc: "MALE1, FEMALE1, FEMALE2, SPANISH1, FRENCHCANADIAN1"). */
export const VOICES: INodePropertyOptions[] = [
	{ name: 'Female 1', value: 'FEMALE1' },
	{ name: 'Female 2', value: 'FEMALE2' },
	{ name: 'French Canadian 1', value: 'FRENCHCANADIAN1' },
	{ name: 'Male 1', value: 'MALE1' },
	{ name: 'Spanish 1', value: 'SPANISH1' },
];

export const ANSWERING_MACHINE_CONFIGS: INodePropertyOptions[] = [
	{
		name: 'Machine and Live',
		value: 'AM_AND_LIVE',
		description:
			"Detect answering machines; play the live or the machine message (CallFire's default)",
	},
	{
		name: 'Machine Only',
		value: 'AM_ONLY',
		description: 'Detect answering machines; hang up when a person answers',
	},
	{
		name: 'Live Immediately',
		value: 'LIVE_IMMEDIATE',
		description: 'No detection; play the live message at once',
	},
	{
		name: 'Live With Detection',
		value: 'LIVE_WITH_AMD',
		description: 'Detect answering machines; hang up when a machine answers',
	},
];

export const DAYS_OF_WEEK: INodePropertyOptions[] = [
	'MONDAY',
	'TUESDAY',
	'WEDNESDAY',
	'THURSDAY',
	'FRIDAY',
	'SATURDAY',
	'SUNDAY',
].map((value) => ({ name: value.charAt(0) + value.slice(1).toLowerCase(), value }));

/** Lease status (doc: "PENDING, ACTIVE, RELEASED, UNAVAILABLE"). */
export const LEASE_STATUSES: INodePropertyOptions[] = [
	{ name: 'Active', value: 'ACTIVE' },
	{ name: 'Pending', value: 'PENDING' },
	{ name: 'Released', value: 'RELEASED' },
	{ name: 'Unavailable', value: 'UNAVAILABLE' },
];

/** Call and text feature status of a number lease (doc: "DISABLED, ENABLED"). */
export const FEATURE_STATUSES: INodePropertyOptions[] = [
	{ name: 'Disabled', value: 'DISABLED' },
	{ name: 'Enabled', value: 'ENABLED' },
];

/** Which phone field of a contact a number goes in (doc: homePhone, workPhone, mobilePhone). */
export const CONTACT_NUMBER_FIELDS: INodePropertyOptions[] = [
	{ name: 'Home Phone', value: 'homePhone' },
	{ name: 'Mobile Phone', value: 'mobilePhone' },
	{ name: 'Work Phone', value: 'workPhone' },
];

/** How a phone number is written, in field descriptions. */
export const PHONE_HINT = 'Digits with country code, e.g. 12135551100';
