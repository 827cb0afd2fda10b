import { NodeOperationError, type IExecuteSingleFunctions } from 'n8n-workflow';

import type { ValueFormat, ValueRule } from '../../shared/operation';

/**
 * The values PhoneBurner takes, checked before any request: phone numbers, email addresses,
 * numeric IDs and days. Each check names the field in the editor's words.
 */

type ItemContext = Pick<IExecuteSingleFunctions, 'getNode' | 'getItemIndex'>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A phone number: digits with the usual formatting (spaces, dots, dashes, brackets, a leading +), 7 to 15 digits. */
export function isPhone(value: unknown): boolean {
	const text = String(value ?? '').trim();
	if (!/^\+?[\d\s().-]+$/.test(text)) return false;
	const digits = text.replace(/\D/g, '').length;
	return digits >= 7 && digits <= 15;
}

export function checkPhone(context: ItemContext, value: unknown, label: string): void {
	if (!isPhone(value)) {
		throw new NodeOperationError(
			context.getNode(),
			`The "${label}" field is not a phone number: ${String(value)}`,
			{
				description: 'A phone number has 7 to 15 digits, e.g. 9495551234 or (949) 555-1234.',
				itemIndex: context.getItemIndex(),
			},
		);
	}
}

export function checkEmail(context: ItemContext, value: unknown, label: string): void {
	if (!EMAIL.test(String(value ?? '').trim())) {
		throw new NodeOperationError(
			context.getNode(),
			`The "${label}" field is not a valid email address: ${String(value)}`,
			{ itemIndex: context.getItemIndex() },
		);
	}
}

/** A numeric ID (folder, member, preset, disposition set …) as the number the API takes. */
export function numericId(context: ItemContext, value: unknown, label: string): number {
	const text = String(value ?? '').trim();
	if (!/^\d+$/.test(text)) {
		throw new NodeOperationError(
			context.getNode(),
			`The "${label}" field must be a numeric ID: ${text}`,
			{ itemIndex: context.getItemIndex() },
		);
	}
	return Number(text);
}

/** A date as the doc's `YYYY-MM-DD`, from n8n's date picker, an ISO string or a date object. */
export function dayOf(context: ItemContext, value: unknown, label: string): string {
	const text = String(value ?? '').trim();
	const match = /^(\d{4}-\d{2}-\d{2})/.exec(text);
	if (match) return match[1];
	const parsed = new Date(text);
	if (text !== '' && !Number.isNaN(parsed.getTime())) return parsed.toISOString().slice(0, 10);
	throw new NodeOperationError(context.getNode(), `The "${label}" field is not a date: ${text}`, {
		description: 'Pick a date, or give one as YYYY-MM-DD.',
		itemIndex: context.getItemIndex(),
	});
}

// Value formats of the operations' query and body tables (see nodes/shared/operation.ts).

/** An email address, checked and trimmed. */
export const emailValue =
	(label: string): ValueFormat =>
	(value, context) => {
		checkEmail(context, value, label);
		return String(value).trim();
	};

/** A phone number, checked, sent as written. */
export const phoneValue =
	(label: string): ValueFormat =>
	(value, context) => {
		checkPhone(context, value, label);
		return typeof value === 'string' ? value.trim() : value;
	};

/** A number, refused when it is not one. */
export const numberValue =
	(label: string): ValueFormat =>
	(value, context) => {
		const number = Number(value);
		if (!Number.isFinite(number)) {
			throw new NodeOperationError(
				context.getNode(),
				`The "${label}" field must be a number: ${String(value)}`,
				{ itemIndex: context.getItemIndex() },
			);
		}
		return number;
	};

/** A numeric ID, as a number. */
export const idValue =
	(label: string): ValueFormat =>
	(value, context) =>
		numericId(context, value, label);

/** A day, as `YYYY-MM-DD`. */
export const dayValue =
	(label: string): ValueFormat =>
	(value, context) =>
		dayOf(context, value, label);

/** A value the doc requires: refused before any request when it is empty. */
export function required(from: string, label: string, as?: ValueFormat): ValueRule {
	return {
		from,
		whenEmpty: 'refuse',
		emptyMessage: `The "${label}" field is empty`,
		emptyHint: `Fill in ${label}.`,
		...(as ? { as } : {}),
	};
}
