import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

export const REDACTED = '[redacted]';

/**
 * A secret this long is unambiguous: finding it inside vendor data is not a coincidence, so it
 * is replaced wherever it appears. A shorter one (a 4-digit PIN, a short password) could be part
 * of a phone number or an ID by chance, so output data is only touched where a field that names
 * itself a secret holds exactly that value.
 */
export const UNAMBIGUOUS_SECRET_LENGTH = 8;

/** Query-string parameters that carry a secret in some vendor URL (PrimeVox sends `auth=`). */
const SECRET_QUERY_PARAMETERS =
	/([?&](?:auth|authKey|api_key|apikey|token|access_token)=)[^&#\s"']*/gi;

/** Field names whose value is a secret when it equals one (PinCode, password, AuthToken…). */
const SECRET_FIELD_NAME = /(pin|pincode|password|passwd|secret|token|key)$/i;

/** The secret values of a credential worth hiding: non-empty strings of four characters or more. */
export function secretValues(credentials: IDataObject | undefined, fields: string[]): string[] {
	if (!credentials) return [];
	const values: string[] = [];
	for (const field of fields) {
		const value = credentials[field];
		if (typeof value === 'string' && value.length >= 4) values.push(value);
	}
	return values;
}

function replaceAll(text: string, secret: string): string {
	let result = text;
	if (result.includes(secret)) result = result.split(secret).join(REDACTED);
	const encoded = encodeURIComponent(secret);
	if (encoded !== secret && result.includes(encoded)) result = result.split(encoded).join(REDACTED);
	return result;
}

/**
 * For error messages and error bodies: every secret value, and every secret-looking URL
 * parameter, is replaced wherever it appears. An error must never carry a secret, even at the
 * cost of an unlucky phone number in it being cut.
 */
export function redactText(text: string, secrets: string[]): string {
	let result = text;
	for (const secret of secrets) result = replaceAll(result, secret);
	return result.replace(SECRET_QUERY_PARAMETERS, `$1${REDACTED}`);
}

/** Deep copy of a JSON value with every string passed through `redactText` (errors). */
export function redactValue<T>(value: T, secrets: string[]): T {
	if (typeof value === 'string') return redactText(value, secrets) as T;
	if (Array.isArray(value)) return value.map((entry) => redactValue(entry, secrets)) as T;
	if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value)) {
		const copy: IDataObject = {};
		for (const [key, entry] of Object.entries(value as IDataObject)) {
			copy[key] = redactValue(entry, secrets);
		}
		return copy as T;
	}
	return value;
}

/**
 * For output data: what a string becomes. Secrets of `UNAMBIGUOUS_SECRET_LENGTH` characters or
 * more are replaced wherever they appear, and secret URL parameters always; a shorter secret only
 * when it is the whole value of a field whose name says it is a secret (`key` is that name).
 * Vendor data such as phone numbers is therefore never altered by a short PIN or password.
 */
export function redactOutputText(text: string, secrets: string[], key?: string | number): string {
	let result = text;
	for (const secret of secrets) {
		if (secret.length >= UNAMBIGUOUS_SECRET_LENGTH) result = replaceAll(result, secret);
		else if (result === secret && typeof key === 'string' && SECRET_FIELD_NAME.test(key)) {
			return REDACTED;
		}
	}
	return result.replace(SECRET_QUERY_PARAMETERS, `$1${REDACTED}`);
}

/** Deep copy of a JSON value with the output rule of `redactOutputText`. */
export function redactOutput<T>(value: T, secrets: string[], key?: string | number): T {
	if (typeof value === 'string') return redactOutputText(value, secrets, key) as T;
	if (Array.isArray(value)) return value.map((entry) => redactOutput(entry, secrets)) as T;
	if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value)) {
		const copy: IDataObject = {};
		for (const [name, entry] of Object.entries(value as IDataObject)) {
			copy[name] = redactOutput(entry, secrets, name);
		}
		return copy as T;
	}
	return value;
}

/**
 * Which strings of an output can hold a secret, decided with one test per string instead of a
 * pass per secret (bench/PROFILE.md, R5): a string that contains a long secret (or its
 * URL-encoded form) or a secret query parameter matches `mayHold` (case-insensitive, so it may
 * match more than needed, never less), and one equal to a short secret counts only under a
 * secret-named key. Only those go through `redactOutputText`; every other string is one it
 * would give back unchanged.
 */
interface SecretTest {
	mayHold: RegExp;
	short: Set<string>;
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Built once per output (per `redactItems` call), not per string. */
function secretTest(secrets: string[]): SecretTest {
	const long = secrets.filter((secret) => secret.length >= UNAMBIGUOUS_SECRET_LENGTH);
	const alternatives = [
		SECRET_QUERY_PARAMETERS.source,
		...long.flatMap((secret) => [escapeRegExp(secret), escapeRegExp(encodeURIComponent(secret))]),
	];
	return {
		// No `g` flag: `test()` keeps no `lastIndex` between strings.
		mayHold: new RegExp(alternatives.join('|'), 'i'),
		short: new Set(secrets.filter((secret) => secret.length < UNAMBIGUOUS_SECRET_LENGTH)),
	};
}

function needsRedaction(test: SecretTest, text: string, key: string | number): boolean {
	if (test.mayHold.test(text)) return true;
	return test.short.has(text) && typeof key === 'string' && SECRET_FIELD_NAME.test(key);
}

function redactInPlace(value: IDataObject | unknown[], secrets: string[], test: SecretTest): void {
	const entries = Array.isArray(value) ? value.entries() : Object.entries(value);
	for (const [key, entry] of entries) {
		if (typeof entry === 'string') {
			if (!needsRedaction(test, entry, key)) continue;
			const clean = redactOutputText(entry, secrets, key);
			if (clean !== entry) (value as Record<string | number, unknown>)[key] = clean;
		} else if (entry !== null && typeof entry === 'object' && !Buffer.isBuffer(entry)) {
			redactInPlace(entry as IDataObject, secrets, test);
		}
	}
}

/**
 * Redacts the JSON of output items in place, with the output rule of `redactOutputText`: only
 * strings that held a secret are replaced, so large outputs cost one walk and no copies.
 */
export function redactItems(items: INodeExecutionData[], secrets: string[]): INodeExecutionData[] {
	const test = secretTest(secrets);
	for (const item of items) redactInPlace(item.json, secrets, test);
	return items;
}
