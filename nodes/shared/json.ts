import { NodeOperationError, type IDataObject, type INode } from 'n8n-workflow';

/** Whether a value is a JSON object (not an array, not null). */
export function isObject(value: unknown): value is IDataObject {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The value at a path of keys in item JSON (`['contact', 'phones', '0']`): own properties of
 * objects and indexes of arrays only; `undefined` when a step is missing.
 */
export function valueAt(json: unknown, steps: string[]): unknown {
	let value = json;
	for (const key of steps) {
		if (UNSAFE_KEYS.has(key)) return undefined;
		if (Array.isArray(value)) {
			if (!/^\d+$/.test(key) || Number(key) >= value.length) return undefined;
		} else if (!isObject(value) || !Object.prototype.hasOwnProperty.call(value, key)) {
			return undefined;
		}
		value = (value as Record<string, unknown>)[key];
	}
	return value;
}

const FIELD_PATH_STEP = /\[\s*(?:(\d+)|"([^"]*)"|'([^']*)')\s*\]|([^.[\]]+)/g;

/**
 * An item's field by the name the user gave, as n8n's Split Out or Sort take it: `phone`,
 * `contact.phone`, `contact.phones[0]`, `contact["first name"]`; a key that itself holds dots
 * (`contact.phone` as one key) wins over the path.
 */
export function fieldAt(json: unknown, name: string): unknown {
	if (isObject(json) && Object.prototype.hasOwnProperty.call(json, name)) return json[name];
	const steps: string[] = [];
	for (const step of name.matchAll(FIELD_PATH_STEP)) {
		steps.push(step[1] ?? step[2] ?? step[3] ?? step[4].trim());
	}
	return steps.length ? valueAt(json, steps) : undefined;
}

interface ItemContext {
	getNode(): INode;
	getItemIndex?(): number;
}

/**
 * A JSON parameter's value as data: n8n hands a `json` parameter over as text, or already
 * parsed when it came from an expression. Empty text is `undefined`. Text that is not JSON is a
 * NodeOperationError before any request, `<subject> is not valid JSON`, with the parser's words
 * as its description; `subject` names the field as the vendor's messages do (`Body`,
 * `The "Contacts (JSON)" field`).
 */
export function parseJsonParameter(context: ItemContext, value: unknown, subject: string): unknown {
	if (typeof value !== 'string') return value ?? undefined;
	if (value.trim() === '') return undefined;
	try {
		return JSON.parse(value) as unknown;
	} catch (error) {
		throw new NodeOperationError(context.getNode(), `${subject} is not valid JSON`, {
			itemIndex: context.getItemIndex?.(),
			description: (error as Error).message,
		});
	}
}
