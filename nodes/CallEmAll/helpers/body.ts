import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeProperties,
} from 'n8n-workflow';

import { isObject, parseJsonParameter } from '../../shared/json';
import type { PreSendHook, ValueFormat, ValueTable } from '../../shared/operation';
import { readField } from '../../shared/request';

/** Body values as the user gave them. */

/** Sent exactly as given: text is not trimmed (the table still leaves out an empty value). */
export const asGiven: ValueFormat = (value) => value;

/**
 * The body table of a collection whose options are named as the API names its fields: every
 * option but Extra Fields (JSON) (`json`, see `extraFields`), sent as given.
 */
export function collectionAsGiven(collection: string, options: INodeProperties[]): ValueTable {
	return Object.fromEntries(
		options
			.filter((option) => option.name !== 'json')
			.map((option) => [option.name, { from: `${collection}.${option.name}`, as: asGiven }]),
	);
}

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
