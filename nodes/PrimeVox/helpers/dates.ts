import { NodeOperationError, type IExecuteSingleFunctions, type INode } from 'n8n-workflow';

const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?$/;

function pad(value: number): string {
	return String(value).padStart(2, '0');
}

/**
 * A date from n8n (a date picker's wall-clock string or an ISO timestamp with a zone) as
 * PrimeVox wants it: `YYYY-MM-DD HH:MM:SS` in the given UTC offset (minutes).
 */
export function toPrimeVoxDate(value: unknown, utcOffsetMinutes: number): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const text = String(value).trim();
	const plain = PLAIN_DATE.exec(text);
	if (plain) {
		const [, year, month, day, hour = '00', minute = '00', second = '00'] = plain;
		return `${year}-${month}-${day} ${hour}:${minute}:${second}`;
	}
	const instant = Date.parse(text);
	if (!Number.isFinite(instant)) return undefined;
	const shifted = new Date(instant + utcOffsetMinutes * 60_000);
	return (
		`${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())} ` +
		`${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}:${pad(shifted.getUTCSeconds())}`
	);
}

export function parseUtcOffset(node: INode, value: unknown, itemIndex?: number): number {
	const offset = Number(value ?? 0);
	if (!Number.isInteger(offset) || offset < -720 || offset > 840) {
		throw new NodeOperationError(
			node,
			`UTC Offset must be a whole number of minutes between -720 and 840, not "${String(value)}"`,
			{
				itemIndex,
				description: 'For example America/Chicago is -300 (or -360 in winter), UTC is 0.',
			},
		);
	}
	return offset;
}

/** The UTC Offset option as the query sends it (a value format of the operation model). */
export function utcOffsetValue(value: unknown, context: IExecuteSingleFunctions): number {
	return parseUtcOffset(context.getNode(), value, context.getItemIndex());
}
