import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

export const REDACTED = '[redacted]';

/** Query-string parameters that carry a secret in some vendor URL (PrimeVox sends `auth=`). */
const SECRET_QUERY_PARAMETERS =
	/([?&](?:auth|authKey|api_key|apikey|token|access_token)=)[^&#\s"']*/gi;

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

/** Replaces every secret value, and every secret-looking URL parameter, in a string. */
export function redactText(text: string, secrets: string[]): string {
	let result = text;
	for (const secret of secrets) {
		if (result.includes(secret)) result = result.split(secret).join(REDACTED);
		const encoded = encodeURIComponent(secret);
		if (encoded !== secret && result.includes(encoded))
			result = result.split(encoded).join(REDACTED);
	}
	return result.replace(SECRET_QUERY_PARAMETERS, `$1${REDACTED}`);
}

/** Deep copy of a JSON value with every string passed through `redactText`. */
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

function redactInPlace(value: IDataObject | unknown[], secrets: string[]): void {
	const entries = Array.isArray(value) ? value.entries() : Object.entries(value);
	for (const [key, entry] of entries) {
		if (typeof entry === 'string') {
			const clean = redactText(entry, secrets);
			if (clean !== entry) (value as Record<string | number, unknown>)[key] = clean;
		} else if (entry !== null && typeof entry === 'object' && !Buffer.isBuffer(entry)) {
			redactInPlace(entry as IDataObject, secrets);
		}
	}
}

/**
 * Redacts the JSON of output items in place: only strings that held a secret are replaced,
 * so large outputs cost one walk and no copies.
 */
export function redactItems(items: INodeExecutionData[], secrets: string[]): INodeExecutionData[] {
	for (const item of items) redactInPlace(item.json, secrets);
	return items;
}
