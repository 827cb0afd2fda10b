import type { INodeProperties } from 'n8n-workflow';

import { DAYS_OF_WEEK, PHONE_HINT } from './optionLists';
import type { FormField } from './formFields';

/**
 * Body fields several CallFire resources share: the fields every broadcast (call or text) has,
 * and a weekly schedule. Where the doc copy names an object without listing its fields
 * (`localTimeRestriction`, `schedules`), the fields are those of the vendor's SDK models
 * (LocalTimeRestriction, WeeklySchedule), and the doc's examples use the same names.
 */

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

/** Get Many's filters of call and text broadcasts alike (doc: `GET /calls/broadcasts`). */
export const BROADCAST_FILTERS: INodeProperties[] = [
	{ displayName: 'Label', name: 'label', type: 'string', default: '' },
	{ displayName: 'Name', name: 'name', type: 'string', default: '' },
	{
		displayName: 'Running',
		name: 'running',
		type: 'boolean',
		default: false,
		description: 'Whether to find running broadcasts (on) or the others (off)',
	},
];

/** Get Statistics' time range of call and text broadcasts alike (`begin`, `end`). */
export const BROADCAST_STATS_RANGE: INodeProperties[] = [
	{
		displayName: 'Begin',
		name: 'begin',
		type: 'number',
		default: 0,
		description: 'Unix time in milliseconds',
	},
	{
		displayName: 'End',
		name: 'end',
		type: 'number',
		default: 0,
		description: 'Unix time in milliseconds',
	},
];
