import { NodeOperationError, type IExecuteSingleFunctions } from 'n8n-workflow';

/**
 * Phone numbers as CallFire takes them: digits with the country code, as in its examples
 * (`12135551100`). What a user types is tidied, not guessed at: spaces, brackets, dots, dashes
 * and a leading `+` go, the digits stay as typed (a 10-digit US number gets no `1` added; CallFire
 * itself decides about it). Where the doc allows "E.164 … or short code" (text recipients and
 * senders, call recipients), a 5- or 6-digit short code such as 67076 passes too.
 */
const PHONE = /^[0-9]{7,15}$/;
const SHORT_CODE = /^[0-9]{5,6}$/;

export interface PhoneRule {
	/** Whether a 5- or 6-digit short code is accepted (the doc says "or short code"). */
	shortCode?: boolean;
}

/** The value with formatting removed: spaces, ( ) . - and one leading +. */
function tidy(value: unknown): string {
	const text = String(value ?? '').replace(/[\s().-]/g, '');
	return text.startsWith('+') ? text.slice(1) : text;
}

/** The number to send, or undefined when the value is not a phone number (or short code). */
export function normalisedPhone(value: unknown, rule: PhoneRule = {}): string | undefined {
	if (typeof value !== 'string' && typeof value !== 'number') return undefined;
	const raw = String(value).trim();
	const digits = tidy(raw);
	if (PHONE.test(digits)) return digits;
	// A short code is typed as it is: no +, no formatting.
	if (rule.shortCode && SHORT_CODE.test(raw)) return raw;
	return undefined;
}

/** The number to send; a NodeOperationError naming the field when it is not one. */
export function phoneOrThrow(
	context: IExecuteSingleFunctions,
	value: unknown,
	label: string,
	rule: PhoneRule = {},
): string {
	const number = normalisedPhone(value, rule);
	if (number === undefined) {
		throw new NodeOperationError(
			context.getNode(),
			`${label} "${String(value)}" is not a phone number`,
			{
				itemIndex: context.getItemIndex(),
				description: rule.shortCode
					? 'Use digits with the country code, e.g. 12135551100 or +1 213-555-1100, or a 5- or 6-digit short code such as 67076'
					: 'Use digits with the country code, e.g. 12135551100 or +1 213-555-1100',
			},
		);
	}
	return number;
}

/**
 * A number reduced for comparing what was sent with what CallFire answers: digits only, and a
 * North American number compared without its leading 1 (12135551100 and 2135551100 match).
 */
export function phoneKey(value: unknown): string | undefined {
	if (typeof value !== 'string' && typeof value !== 'number') return undefined;
	const digits = tidy(String(value).trim());
	if (!/^[0-9]+$/.test(digits)) return undefined;
	return digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
}

/** A path parameter that is one phone number: checked and sent as digits (`pathParameters.convert`). */
export function phoneNumberInPath(
	value: string,
	context: IExecuteSingleFunctions,
	label: string,
): string {
	return phoneOrThrow(context, value, label);
}

/**
 * A path parameter that is one phone number or several, comma-separated, as the doc's
 * `DELETE /contacts/dncs/{number}` takes them ("12135551126,12136666123"): each checked and sent
 * as digits. An empty entry (",", "12135551126,") is refused: nothing but the numbers given may
 * reach CallFire.
 */
export function phoneListInPath(
	value: string,
	context: IExecuteSingleFunctions,
	label: string,
): string {
	const entries = value.split(',').map((entry) => entry.trim());
	if (entries.some((entry) => entry === '')) {
		throw new NodeOperationError(context.getNode(), `${label} "${value}" has an empty entry`, {
			itemIndex: context.getItemIndex(),
			description: 'Give phone numbers separated by commas, e.g. 12135551126,12136666123',
		});
	}
	return entries.map((entry) => phoneOrThrow(context, entry, label)).join(',');
}
