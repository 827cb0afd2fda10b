import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
} from 'n8n-workflow';

import { isObject, parseJsonParameter } from '../../shared/json';
import type { PreSendHook } from '../../shared/operation';
import { readField } from '../../shared/request';
import { fieldName, fieldProperty, formNames, type BodyForm, type FormField } from './formFields';
import { phoneOrThrow } from './phoneNumbers';

/**
 * A form's values as the body CallFire takes (see `BodyForm` in formFields.ts): each field's
 * value converted to the type the CallFire reference gives it and put at its path; what is empty
 * is left out; bad input is refused before any request.
 */

function refuse(context: IExecuteSingleFunctions, message: string, description?: string): never {
	throw new NodeOperationError(context.getNode(), message, {
		itemIndex: context.getItemIndex(),
		...(description ? { description } : {}),
	});
}

function splitList(value: unknown): string[] {
	if (Array.isArray(value)) return value.map((entry) => String(entry).trim()).filter(Boolean);
	return String(value ?? '')
		.split(/[,\n]/)
		.map((entry) => entry.trim())
		.filter(Boolean);
}

function timeOf(context: IExecuteSingleFunctions, value: unknown, label: string): IDataObject {
	const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(String(value).trim());
	const [hour, minute, second] = match
		? [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)]
		: [NaN, NaN, NaN];
	if (!match || hour > 23 || minute > 59 || second > 59) {
		refuse(context, `${label} "${String(value)}" is not a time of day`, 'Use HH:MM, e.g. 09:30');
	}
	return { hour, minute, second };
}

function dateOf(context: IExecuteSingleFunctions, value: unknown, label: string): IDataObject {
	const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(String(value).trim());
	const [year, month, day] = match
		? [Number(match[1]), Number(match[2]), Number(match[3])]
		: [NaN, NaN, NaN];
	if (!match || month < 1 || month > 12 || day < 1 || day > 31) {
		refuse(context, `${label} "${String(value)}" is not a date`, 'Use YYYY-MM-DD, e.g. 2024-12-01');
	}
	return { year, month, day };
}

const isEmpty = (value: unknown) =>
	value === undefined ||
	value === null ||
	(typeof value === 'string' && value.trim() === '') ||
	(Array.isArray(value) && value.length === 0);

/** One field's value as CallFire wants it, or undefined when there is nothing to send. */
function convert(context: IExecuteSingleFunctions, field: FormField, raw: unknown): unknown {
	if (isEmpty(raw)) return undefined;
	const label = field.displayName;
	switch (field.type) {
		case 'number': {
			const number = Number(raw);
			if (!Number.isFinite(number)) refuse(context, `${label} "${String(raw)}" is not a number`);
			return number;
		}
		case 'boolean':
			return raw === true || raw === 'true';
		case 'multiOptions':
			return Array.isArray(raw) ? raw : splitList(raw);
		case 'options':
			return field.loadOptions && /^\d+$/.test(String(raw)) ? Number(raw) : raw;
		case 'list': {
			const entries = splitList(raw);
			if (entries.length === 0) return undefined;
			const sent = field.phone
				? entries.map((entry) => phoneOrThrow(context, entry, label))
				: entries;
			return field.entryKey ? sent.map((entry) => ({ [field.entryKey!]: entry })) : sent;
		}
		case 'numberList': {
			const entries = splitList(raw);
			if (entries.length === 0) return undefined;
			return entries.map((entry) => {
				if (!/^\d+$/.test(entry))
					refuse(context, `${label}: "${entry}" is not an ID`, 'Use digits only');
				return field.entryKey ? { [field.entryKey]: Number(entry) } : Number(entry);
			});
		}
		case 'time':
			return timeOf(context, raw, label);
		case 'date':
			return dateOf(context, raw, label);
		case 'json':
			return parseJsonParameter(context, raw, label);
		case 'group': {
			if (field.multiple) {
				const entries = ((raw as IDataObject).item ?? []) as IDataObject[];
				const built = entries
					.map((entry) => buildFields(context, field.fields ?? [], entry))
					.filter((entry) => Object.keys(entry).length > 0);
				return built.length ? built : undefined;
			}
			const built = buildFields(context, field.fields ?? [], raw as IDataObject);
			return Object.keys(built).length ? built : undefined;
		}
		case 'properties': {
			const pairs = ((raw as IDataObject).property ?? []) as IDataObject[];
			const object: IDataObject = {};
			for (const pair of pairs) {
				const key = String(pair.name ?? '').trim();
				if (key !== '') object[key] = pair.value as string;
			}
			return Object.keys(object).length ? object : undefined;
		}
		default: {
			const text = String(raw);
			return field.phone ? phoneOrThrow(context, text, label) : text;
		}
	}
}

/** Puts a value at a dot path; two lists for the same path (e.g. recipients) are joined. */
function put(body: IDataObject, path: string, value: unknown): void {
	const keys = path.split('.');
	let target = body;
	for (const key of keys.slice(0, -1)) {
		if (typeof target[key] !== 'object' || target[key] === null) target[key] = {};
		target = target[key] as IDataObject;
	}
	const key = keys[keys.length - 1];
	const existing = target[key];
	target[key] = (
		Array.isArray(existing) && Array.isArray(value) ? [...existing, ...value] : value
	) as IDataObject;
}

function has(body: IDataObject, path: string): boolean {
	return (
		path.split('.').reduce<unknown>((value, key) => {
			return value !== null && typeof value === 'object' ? (value as IDataObject)[key] : undefined;
		}, body) !== undefined
	);
}

function remove(body: IDataObject, path: string): void {
	const keys = path.split('.');
	let target: IDataObject | undefined = body;
	for (const key of keys.slice(0, -1)) target = target?.[key] as IDataObject | undefined;
	if (target) delete target[keys[keys.length - 1]];
}

/** The body part of a set of fields whose values are keyed by field name. */
function buildFields(
	context: IExecuteSingleFunctions,
	fields: FormField[],
	values: IDataObject,
): IDataObject {
	const body: IDataObject = {};
	for (const field of fields) {
		const name = fieldName(field);
		if (field.control || !(name in values)) continue;
		const value = convert(context, field, values[name]);
		if (value !== undefined) put(body, field.path, value);
	}
	for (const field of fields) {
		if (field.onlyWith && !has(body, field.onlyWith)) remove(body, field.path);
	}
	return body;
}

/** The whole body written as JSON (the form's JSON alternative): it must be an object. */
function jsonBody(context: IExecuteSingleFunctions, form: BodyForm): IDataObject {
	const body = parseJsonParameter(context, readField(context, formNames(form).json), 'Body (JSON)');
	if (!isObject(body)) {
		refuse(
			context,
			'Body (JSON) must be a JSON object',
			'Write the body as in the CallFire API reference, e.g. {"name": "…"}',
		);
	}
	return body;
}

/** The preSend hook of an operation with a form: its body from the form (or its JSON field). */
export function formBody(form: BodyForm): PreSendHook {
	const names = formNames(form);
	const topLevel = form.fields ?? [];
	return async function sendForm(
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		if (form.json && readField(this, names.input, 'fields') === 'json') {
			requestOptions.body = jsonBody(this, form);
			return requestOptions;
		}
		const values: IDataObject = {};
		const shown = (field: FormField) =>
			Object.entries(field.showWhen ?? {}).every(([other, allowed]) =>
				allowed.includes(values[other] as string | boolean),
			);
		for (const field of topLevel) {
			if (!shown(field)) continue;
			const raw = readField(this, names.field(field), fieldProperty(field, '').default);
			if (field.required && isEmpty(raw)) refuse(this, `${field.displayName} is empty`);
			values[fieldName(field)] = raw as IDataObject;
		}
		if (form.optional?.length) {
			const optional = (readField(this, names.optional, {}) ?? {}) as IDataObject;
			for (const field of form.optional) {
				const name = fieldName(field);
				if (name in optional) values[name] = optional[name];
			}
		}
		const body = buildFields(this, [...topLevel.filter(shown), ...(form.optional ?? [])], values);
		for (const field of topLevel) {
			if (field.required && shown(field) && !has(body, field.path)) {
				refuse(this, `${field.displayName} is empty`);
			}
		}
		if (form.notEmpty && Object.keys(body).length === 0) refuse(this, form.notEmpty);
		const problem = form.check?.(body);
		if (problem) refuse(this, problem);
		requestOptions.body = form.complete ? await form.complete.call(this, body, values) : body;
		return requestOptions;
	};
}
