import {
	NodeApiError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IN8nHttpFullResponse,
	type INodeExecutionData,
	type JsonObject,
	type PostReceiveAction,
} from 'n8n-workflow';

import { headerValue, rememberRetryAfter } from './retry';
import type { VendorHttp } from './vendor';

/** Turns a raw body (JSON, text or bytes) into something `errorMessage` can read. */
export function decodeBody(body: unknown): unknown {
	let text: string | undefined;
	if (Buffer.isBuffer(body)) text = body.toString('utf8');
	else if (body instanceof ArrayBuffer) text = Buffer.from(body).toString('utf8');
	else if (typeof body === 'string') text = body;
	if (text === undefined) return body;
	const trimmed = text.trim();
	if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
		try {
			return JSON.parse(trimmed) as unknown;
		} catch {
			return text;
		}
	}
	return text;
}

/**
 * The vendor's words when an error answer is plain text (not an HTML error page), cut to 300
 * characters; undefined otherwise. Most vendors' `errorMessage` ends with it.
 */
export function plainTextError(statusCode: number, body: unknown): string | undefined {
	if (statusCode < 400 || typeof body !== 'string') return undefined;
	const text = body.trim();
	return text !== '' && !text.startsWith('<') ? text.slice(0, 300) : undefined;
}

function looksLikeHtml(body: unknown): boolean {
	return typeof body === 'string' && /^\s*<(!doctype|html|head|body)/i.test(body);
}

/**
 * A postReceive hook that turns any vendor failure (HTTP error or an error body with HTTP 200)
 * into a NodeApiError carrying the vendor's message and HTTP status. It must run before any
 * other postReceive of the operation; the executor's routing puts it first.
 */
export function responseCheck(vendor: VendorHttp): PostReceiveAction {
	return async function checkVendorResponse(
		this: IExecuteSingleFunctions,
		items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		const statusCode = response.statusCode;
		const contentType = headerValue(response.headers as IDataObject, 'content-type') ?? '';
		const isBinary = Buffer.isBuffer(response.body) || response.body instanceof ArrayBuffer;
		// Binary downloads are only inspected when the server says it sent JSON or text.
		const body =
			isBinary && statusCode < 400 && !/json|text/i.test(contentType)
				? undefined
				: decodeBody(response.body);
		let message = body === undefined ? undefined : vendor.errorMessage(statusCode, body);
		if (!message && statusCode >= 400) message = `${vendor.name} answered HTTP ${statusCode}`;
		if (!message && statusCode < 300 && looksLikeHtml(body)) {
			message = `${vendor.name} answered with an HTML page where data was expected`;
		}
		if (
			!message &&
			statusCode < 300 &&
			statusCode !== 204 &&
			!isBinary &&
			/json/i.test(contentType) &&
			(body === undefined || body === null || (typeof body === 'string' && body.trim() === ''))
		) {
			message = `${vendor.name} answered with an empty body where JSON was promised`;
		}
		if (
			!message &&
			statusCode < 300 &&
			!isBinary &&
			typeof body === 'string' &&
			/json/i.test(contentType)
		) {
			message = `${vendor.name} answered with malformed JSON`;
		}
		if (!message) {
			if (body !== undefined && body !== response.body && !isBinary && items.length === 1) {
				items[0].json = (
					typeof body === 'object' && body !== null ? body : { data: body }
				) as IDataObject;
			}
			return items;
		}
		const errorBody: JsonObject =
			typeof body === 'object' && body !== null
				? (body as JsonObject)
				: { body: String(body ?? '') };
		const error = new NodeApiError(this.getNode(), errorBody, {
			message,
			description: `HTTP ${statusCode} from ${vendor.name}`,
			httpCode: String(statusCode),
			itemIndex: this.getItemIndex(),
		});
		rememberRetryAfter(error, response.headers as IDataObject);
		throw error;
	};
}
