import { NodeOperationError, type IDataObject, type INode } from 'n8n-workflow';

/** Whether a value is a JSON object (not an array, not null). */
export function isObject(value: unknown): value is IDataObject {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
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
