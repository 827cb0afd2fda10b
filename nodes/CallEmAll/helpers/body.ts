import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
} from 'n8n-workflow';

import { isObject, parseJsonParameter } from '../../shared/json';
import type { PreSendHook, ValueFormat } from '../../shared/operation';
import { readField } from '../../shared/request';

/** Body values as the user gave them. */

/** Sent exactly as given: text is not trimmed (the table still leaves out an empty value). */
export const asGiven: ValueFormat = (value) => value;

/**
 * preSend: the collection's Extra Fields (JSON) option (`<collection>.json`), an object of more
 * fields in the API's own names, sent over the fields the body table made.
 */
export function extraFields(collection: string, label = 'Extra fields'): PreSendHook {
	return async function addExtraFields(
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const json = readField(this, `${collection}.json`);
		if (json === undefined) return requestOptions;
		const extra = parseJsonParameter(this, json, label);
		if (isObject(extra)) {
			requestOptions.body = { ...((requestOptions.body as IDataObject) ?? {}), ...extra };
		}
		return requestOptions;
	};
}

/** Extra Fields (JSON) that must be an object, as data (undefined when not given). */
export function extraObject(
	context: IExecuteSingleFunctions,
	value: unknown,
	label: string,
): IDataObject | undefined {
	if (value === undefined) return undefined;
	const more = parseJsonParameter(context, value, label);
	if (more !== undefined && !isObject(more)) {
		throw new NodeOperationError(context.getNode(), 'Extra Fields (JSON) must be an object', {
			itemIndex: context.getItemIndex(),
		});
	}
	return more;
}

/** preSend: a body from a collection of fields and an optional JSON object of more fields. */
export function fieldsBody(collection: string, fixed: Record<string, string> = {}) {
	return async function buildBody(
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const body: IDataObject = {};
		for (const [parameter, field] of Object.entries(fixed)) {
			const value = this.getNodeParameter(parameter, '') as unknown;
			if (value !== '' && value !== undefined) body[field] = value as string;
		}
		const fields = this.getNodeParameter(collection, {}) as IDataObject;
		for (const [key, value] of Object.entries(fields)) {
			if (key === 'json') continue;
			if (value === '' || value === undefined) continue;
			body[key] = value;
		}
		if (fields.json !== undefined) {
			const extra = parseJsonParameter(this, fields.json, 'Extra fields');
			if (isObject(extra)) Object.assign(body, extra);
		}
		requestOptions.body = body;
		return requestOptions;
	};
}

/** preSend: fields sent under the API's names (`{userName: 'UserName'}`), when not empty. */
export function fixedFields(fixed: Record<string, string>): PreSendHook {
	return async function addFixedFields(
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const body: IDataObject = { ...((requestOptions.body as IDataObject) ?? {}) };
		for (const [parameter, field] of Object.entries(fixed)) {
			const value = readField(this, parameter);
			if (value !== '' && value !== undefined) body[field] = value as string;
		}
		requestOptions.body = body;
		return requestOptions;
	};
}
