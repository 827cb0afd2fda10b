import { NodeOperationError, type IExecuteSingleFunctions } from 'n8n-workflow';

import type { ValueFormat } from '../../shared/operation';

/**
 * Dates as Call-Em-All takes them: a broadcast's start date as "2/1/2020 1:15PM" and the feeds'
 * date filters as a day, "2024-02-01", from whatever a user or an expression gives.
 */

interface WallClock {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
}

/** How a date may be written, for error descriptions. */
export const DATE_FORMS =
	'Use a date such as 2024-02-01T13:15:00 (workflow time zone), 2024-02-01T13:15:00-05:00 or …Z, {{ $now }}, milliseconds since 1970, or the API form 2/1/2024 1:15PM.';

function realDay(year: number, month: number, day: number): boolean {
	const date = new Date(Date.UTC(year, month - 1, day));
	return (
		date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
	);
}

function wallClockIn(instant: number, timezone: string): WallClock | undefined {
	if (!Number.isFinite(instant)) return undefined;
	let parts: Intl.DateTimeFormatPart[];
	try {
		parts = new Intl.DateTimeFormat('en-US', {
			timeZone: timezone,
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			hourCycle: 'h23',
		}).formatToParts(new Date(instant));
	} catch {
		return undefined;
	}
	const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? NaN);
	const clock = {
		year: part('year'),
		month: part('month'),
		day: part('day'),
		hour: part('hour'),
		minute: part('minute'),
	};
	return Object.values(clock).every(Number.isFinite) ? clock : undefined;
}

/** A Luxon DateTime (what `{{ $now }}` gives) or a Date, as epoch milliseconds. */
function instantOf(value: unknown): number | undefined {
	if (value instanceof Date) return value.getTime();
	if (value !== null && typeof value === 'object') {
		const toMillis = (value as { toMillis?: unknown }).toMillis;
		if (typeof toMillis === 'function') return Number(toMillis.call(value));
	}
	if (typeof value === 'number') return value;
	return undefined;
}

/**
 * The wall-clock time a date input stands for. Accepted: the API's own `M/D/YYYY h:mmAM`
 * (as written), ISO dates and times without a zone (as written, i.e. in the workflow's time
 * zone), ISO with `Z` or an offset and Luxon DateTimes (`{{ $now }}`, shown in `timezone`), and
 * epoch milliseconds (or seconds). Impossible dates such as 2024-02-31 are refused (undefined).
 */
export function parseDateInput(value: unknown, timezone = 'UTC'): WallClock | undefined {
	const instant = instantOf(value);
	if (instant !== undefined) return wallClockIn(instant, timezone);
	const text = String(value ?? '').trim();

	const api = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2}):(\d{2})\s*(AM|PM)$/i.exec(text);
	if (api) {
		const [, mo, d, y, h, mi, half] = api;
		const hour12 = Number(h);
		if (hour12 < 1 || hour12 > 12 || Number(mi) > 59) return undefined;
		if (!realDay(Number(y), Number(mo), Number(d))) return undefined;
		const pm = half.toUpperCase() === 'PM';
		return {
			year: Number(y),
			month: Number(mo),
			day: Number(d),
			hour: (hour12 % 12) + (pm ? 12 : 0),
			minute: Number(mi),
		};
	}

	if (/^\d{11,13}$/.test(text)) return wallClockIn(Number(text), timezone);
	if (/^\d{9,10}$/.test(text)) return wallClockIn(Number(text) * 1000, timezone);

	const iso =
		/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(
			text,
		);
	if (!iso) return undefined;
	const [, y, mo, d, h = '0', mi = '0', s = '0', zone] = iso;
	const clock = { year: +y, month: +mo, day: +d, hour: +h, minute: +mi };
	if (!realDay(clock.year, clock.month, clock.day)) return undefined;
	if (clock.hour > 23 || clock.minute > 59 || +s > 59) return undefined;
	if (!zone) return clock;
	let offsetMinutes = 0;
	if (zone.toUpperCase() !== 'Z') {
		const [, sign, oh, om = '0'] = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone) ?? [];
		if (Number(oh) > 14 || Number(om) > 59) return undefined;
		offsetMinutes = (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om));
	}
	const utc =
		Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, +s) -
		offsetMinutes * 60_000;
	return wallClockIn(utc, timezone);
}

function apiDate(date: WallClock): string {
	const suffix = date.hour >= 12 ? 'PM' : 'AM';
	const hour12 = date.hour % 12 === 0 ? 12 : date.hour % 12;
	return `${date.month}/${date.day}/${date.year} ${hour12}:${String(date.minute).padStart(2, '0')}${suffix}`;
}

/**
 * A start date in the API's format, "2/1/2020 1:15PM" (see `parseDateInput` for what is
 * accepted). Undefined when it is not a real date.
 */
export function toCallEmAllDate(value: unknown, timezone = 'UTC'): string | undefined {
	const clock = parseDateInput(value, timezone);
	return clock ? apiDate(clock) : undefined;
}

/** A day for the feeds' date filters, "2024-02-01"; undefined when it is not a real date. */
export function toCallEmAllDay(value: unknown, timezone = 'UTC'): string | undefined {
	const clock = parseDateInput(value, timezone);
	if (!clock) return undefined;
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${clock.year}-${pad(clock.month)}-${pad(clock.day)}`;
}

/** A day from a date option, or a NodeOperationError naming the option. */
export function dayOption(context: IExecuteSingleFunctions, value: unknown, label: string): string {
	const day = toCallEmAllDay(value, context.getTimezone());
	if (!day) {
		throw new NodeOperationError(context.getNode(), `${label} "${String(value)}" is not a date`, {
			description: DATE_FORMS,
		});
	}
	return day;
}

/** A date filter sent as a day (`date-from=2024-02-01`), in the workflow's time zone. */
export const asDay: ValueFormat = (value, context, label) => dayOption(context, value, label);
