import type { FormField } from './formFields';

/**
 * Enumerations and body fields several CallFire resources share. Values are the doc's; where
 * the doc copy names an object without listing its fields (`sounds`, `retryConfig`,
 * `localTimeRestriction`), the fields are those of the vendor's SDK models (CallBroadcastSounds,
 * RetryConfig, LocalTimeRestriction), and the doc's examples use the same names.
 */

/** Text-to-speech voices (doc: "MALE1, FEMALE1, FEMALE2, SPANISH1, FRENCHCANADIAN1"). */
export const VOICES = [
	{ name: 'Female 1', value: 'FEMALE1' },
	{ name: 'Female 2', value: 'FEMALE2' },
	{ name: 'French Canadian 1', value: 'FRENCHCANADIAN1' },
	{ name: 'Male 1', value: 'MALE1' },
	{ name: 'Spanish 1', value: 'SPANISH1' },
];

/** Call results (the vendor SDK's list; the doc copy repeats the text results for calls). */
export const CALL_RESULTS = [
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
].map((value) => ({ name: value, value }));

export const ANSWERING_MACHINE_CONFIGS = [
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

export const DAYS_OF_WEEK = [
	'MONDAY',
	'TUESDAY',
	'WEDNESDAY',
	'THURSDAY',
	'FRIDAY',
	'SATURDAY',
	'SUNDAY',
].map((value) => ({ name: value.charAt(0) + value.slice(1).toLowerCase(), value }));

/** Lease status (doc: "PENDING, ACTIVE, RELEASED, UNAVAILABLE"). */
export const LEASE_STATUSES = [
	{ name: 'Active', value: 'ACTIVE' },
	{ name: 'Pending', value: 'PENDING' },
	{ name: 'Released', value: 'RELEASED' },
	{ name: 'Unavailable', value: 'UNAVAILABLE' },
];

/** Call and text feature status of a number lease (doc: "DISABLED, ENABLED"). */
export const FEATURE_STATUSES = [
	{ name: 'Disabled', value: 'DISABLED' },
	{ name: 'Enabled', value: 'ENABLED' },
];

/** Which phone field of a contact a number goes in (doc: homePhone, workPhone, mobilePhone). */
export const CONTACT_NUMBER_FIELDS = [
	{ name: 'Home Phone', value: 'homePhone' },
	{ name: 'Mobile Phone', value: 'mobilePhone' },
	{ name: 'Work Phone', value: 'workPhone' },
];

const PHONE_HINT = 'Digits with country code, e.g. 12135551100';

export const timeField = (path: string, displayName: string, placeholder: string): FormField => ({
	path,
	displayName,
	type: 'time',
	placeholder,
	description: 'Time of day as HH:MM',
});

/** A schedule's days, hours and time zone (the doc's `schedules[]` and `weeklySchedule`). */
export const weeklyFields = (): FormField[] => [
	timeField('startTimeOfDay', 'Start Time', '09:00'),
	timeField('stopTimeOfDay', 'Stop Time', '17:00'),
	{
		path: 'daysOfWeek',
		displayName: 'Days of Week',
		type: 'multiOptions',
		options: DAYS_OF_WEEK,
	},
	{
		path: 'timeZone',
		displayName: 'Time Zone',
		type: 'string',
		placeholder: 'America/New_York',
		description: 'An IANA time zone name',
	},
];

/** Fields every broadcast (call or text) has. */
export const broadcastFields = (kind: 'call' | 'text'): Record<string, FormField> => ({
	name: { path: 'name', displayName: 'Name', type: 'string', placeholder: 'e.g. Spring reminder' },
	fromNumber: {
		path: 'fromNumber',
		displayName: 'From Number',
		type: 'string',
		placeholder: kind === 'call' ? '12135551189' : '67076',
		description:
			kind === 'call'
				? 'A verified caller ID, digits with country code'
				: 'A number or short code of your account, e.g. 67076',
	},
	recipientNumbers: {
		path: 'recipients',
		param: 'recipientNumbers',
		displayName: 'Recipient Phone Numbers',
		type: 'list',
		entryKey: 'phoneNumber',
		phone: true,
		placeholder: '12135551100, 12135551101',
		description: `Comma-separated. ${PHONE_HINT}.`,
	},
	recipientContactIds: {
		path: 'recipients',
		param: 'recipientContactIds',
		displayName: 'Recipient Contact IDs',
		type: 'numberList',
		entryKey: 'contactId',
		placeholder: '4096, 4097',
		description: 'Comma-separated IDs of contacts in your account',
	},
	labels: {
		path: 'labels',
		displayName: 'Labels',
		type: 'list',
		description: 'Comma-separated labels of the broadcast',
	},
	localTimeRestriction: {
		path: 'localTimeRestriction',
		displayName: 'Local Time Restriction',
		type: 'group',
		description: "Hours in the recipient's own time zone outside which nobody is contacted",
		fields: [
			{
				path: 'enabled',
				displayName: 'Enabled',
				type: 'boolean',
				default: true,
				description: 'Whether the restriction applies',
			},
			{ path: 'beginHour', displayName: 'Begin Hour', type: 'number', default: 9 },
			{ path: 'beginMinute', displayName: 'Begin Minute', type: 'number', default: 0 },
			{ path: 'endHour', displayName: 'End Hour', type: 'number', default: 17 },
			{ path: 'endMinute', displayName: 'End Minute', type: 'number', default: 0 },
		],
	},
	maxActive: {
		path: 'maxActive',
		displayName: kind === 'call' ? 'Max Active Calls' : 'Max Active Texts',
		type: 'number',
		default: 1,
		description: `The most ${kind}s CallFire has under way at once`,
	},
	resumeNextDay: {
		path: 'resumeNextDay',
		displayName: 'Resume Next Day',
		type: 'boolean',
		default: true,
		description: 'Whether an unfinished broadcast resumes the next day',
	},
	schedules: {
		path: 'schedules',
		displayName: 'Schedules',
		type: 'group',
		multiple: true,
		placeholder: 'Add Schedule',
		description: 'When the broadcast runs: days, hours, time zone and dates',
		fields: [
			...weeklyFields(),
			{
				path: 'startDate',
				displayName: 'Start Date',
				type: 'date',
				placeholder: '2024-12-01',
				description: 'First day, as YYYY-MM-DD',
			},
			{
				path: 'stopDate',
				displayName: 'Stop Date',
				type: 'date',
				placeholder: '2024-12-10',
				description: 'Last day, as YYYY-MM-DD',
			},
		],
	},
});

/**
 * A broadcast's fields as Update offers them. The doc's PUT example (callfire-api-v2.txt, line
 * 1411) sends only the fields it changes, so fields left out stay as they are; a list field
 * sent, though, is the whole list (Labels, Schedules), and the doc does not say whether
 * recipients sent with an update join the broadcast's or take their place. Their descriptions
 * say so.
 */
export function forUpdate(fields: FormField[]): FormField[] {
	return fields.map((field) => {
		if (field.path === 'labels' || field.path === 'schedules') {
			return {
				...field,
				description: `${field.description}. The list sent takes the place of the broadcast's own: give all of them.`,
			};
		}
		if (field.path === 'recipients') {
			return {
				...field,
				description: `${field.description}. CallFire's doc does not say whether these join the broadcast's recipients or take their place; to add recipients, use Add Recipients or Add Batch.`,
			};
		}
		return field;
	});
}

export { PHONE_HINT };
