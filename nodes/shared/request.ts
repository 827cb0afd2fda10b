import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeProperties,
} from 'n8n-workflow';

import { multipartBody } from './binary';
import { credentialsOfRun } from './credentials';
import { isObject, parseJsonParameter, valueAt } from './json';
import type {
	FieldSpec,
	OperationSpec,
	PathParameter,
	PreSendHook,
	ValueFormat,
	ValueRule,
	ValueTable,
} from './operation';
import type { VendorHttp } from './vendor';

/**
 * Building one item's request from an operation spec's tables: the path with its IDs, the
 * query and the body. It is one preSend hook per operation (made by the builder), and it reads
 * every field at most once per item.
 */

/** A field the tables may read: its name, display name, type and default. */
export interface KnownField {
	label: string;
	type: FieldSpec['type'];
	default: unknown;
	/** For a collection: its options by name. */
	options?: Map<string, KnownField>;
}

/** An operation's fields by name, as the tables look them up. */
export type KnownFields = Map<string, KnownField>;

export function knownFields(fields: FieldSpec[]): KnownFields {
	const known: KnownFields = new Map();
	for (const field of fields) {
		const entry: KnownField = {
			label: field.displayName,
			type: field.type,
			default: field.default,
		};
		if (field.type === 'collection' && Array.isArray(field.options)) {
			entry.options = knownFields(field.options as INodeProperties[]);
		}
		known.set(field.name, entry);
	}
	return known;
}

/**
 * Parameter values read in this item: n8n hands every preSend hook of one item the same
 * context object, so the builder's hook and the operation's own hooks share what was read.
 */
const readInItem = new WeakMap<object, Map<string, unknown>>();

/**
 * A field's value for this item, read (its expressions resolved) at most once per item. `from`
 * is a field's name, or a collection and one of its options (`options.utcOffset`); an option
 * the user did not add is `undefined`. A resource locator gives its value.
 */
export function readField(
	context: IExecuteSingleFunctions,
	from: string,
	fallback: unknown = '',
	resourceLocator = false,
): unknown {
	const [name, option] = splitFrom(from);
	let values = readInItem.get(context);
	if (!values) {
		values = new Map();
		readInItem.set(context, values);
	}
	const key = `${name}\u0000${resourceLocator}`;
	if (!values.has(key)) {
		const fallbackValue = option === undefined ? fallback : {};
		const fast = readPlainMapping(context, name, fallbackValue, resourceLocator);
		values.set(
			key,
			fast !== NO_FAST_PATH
				? fast
				: context.getNodeParameter(name, fallbackValue, {
						skipValidation: true,
						...(resourceLocator ? { extractValue: true } : {}),
					}),
		);
	}
	const value = values.get(key);
	if (option === undefined) return value;
	return isObject(value) ? value[option] : undefined;
}

const NO_FAST_PATH = Symbol('noFastPath');

/**
 * `={{ $json.phone }}`, `={{ $json.contact["first name"][0] }}`: the mapping n8n writes when a
 * field is dragged in, and nothing else (no text around it, no other variable, no call).
 */
const PLAIN_MAPPING =
	/^=\{\{\s*\$json((?:\s*\.\s*[A-Za-z_$][\w$]*|\s*\[\s*(?:0|[1-9]\d{0,8}|"[^"\\]*"|'[^'\\]*')\s*\])+)\s*\}\}$/;
const PATH_STEP = /\.\s*([A-Za-z_$][\w$]*)|\[\s*(?:(\d+)|"([^"]*)"|'([^']*)')\s*\]/g;
/** The steps of a plain mapping's path, or undefined when the expression is anything else. */
function mappingPath(raw: string): string[] | undefined {
	const match = PLAIN_MAPPING.exec(raw);
	if (!match) return undefined;
	const steps: string[] = [];
	for (const step of match[1].matchAll(PATH_STEP)) {
		steps.push(step[1] ?? step[2] ?? step[3] ?? step[4]);
	}
	return steps;
}

/** The value at `path` in the item's JSON when it is a string, a finite number or a boolean. */
function plainValueAt(json: unknown, path: string[]): unknown {
	const value = valueAt(json, path);
	if (typeof value === 'string' || typeof value === 'boolean') return value;
	if (typeof value === 'number' && Number.isFinite(value)) return value;
	return NO_FAST_PATH;
}

/**
 * A field mapped from the item as it is (`={{ $json.phone }}`), read from the item's JSON
 * without n8n's expression engine, which would give the same value for a string, number or
 * boolean and costs about 1 ms per evaluation (bench/PROFILE.md, R2); a fixed string, number or
 * boolean is given back as it is, as n8n would. A resource locator counts in its `id` and `list`
 * modes (`url` mode extracts the ID from the URL). Anything else (other expressions, objects,
 * arrays, missing values) is `NO_FAST_PATH`: n8n resolves it as usual.
 */
function readPlainMapping(
	context: IExecuteSingleFunctions,
	name: string,
	fallback: unknown,
	resourceLocator: boolean,
): unknown {
	if (typeof context.getInputData !== 'function') return NO_FAST_PATH;
	let raw: unknown = context.getNodeParameter(name, fallback, { rawExpressions: true });
	if (resourceLocator && isObject(raw)) {
		if (raw.__rl !== true || (raw.mode !== 'id' && raw.mode !== 'list')) return NO_FAST_PATH;
		raw = raw.value;
	}
	if (typeof raw === 'number' || typeof raw === 'boolean') return raw;
	if (typeof raw !== 'string') return NO_FAST_PATH;
	// A fixed value is no expression: n8n would give it back as it is.
	if (!raw.startsWith('=')) return raw;
	const path = mappingPath(raw);
	if (!path) return NO_FAST_PATH;
	let item: { json?: unknown } | undefined;
	try {
		item = context.getInputData();
	} catch {
		return NO_FAST_PATH;
	}
	return plainValueAt(item?.json, path);
}

/** Whether the user gave the field: a field always, a collection's option only once added. */
function added(context: IExecuteSingleFunctions, from: string): boolean {
	const [name, option] = splitFrom(from);
	if (option === undefined) return true;
	const collection = readField(context, name, {});
	return isObject(collection) && option in collection;
}

function splitFrom(from: string): [string, string | undefined] {
	const dot = from.indexOf('.');
	return dot === -1 ? [from, undefined] : [from.slice(0, dot), from.slice(dot + 1)];
}

/** The field a `from` names, or undefined when the operation has none of that name. */
export function fieldOf(fields: KnownFields, from: string): KnownField | undefined {
	const [name, option] = splitFrom(from);
	const field = fields.get(name);
	if (option === undefined) return field;
	return field?.options?.get(option);
}

function ruleOf(rule: ValueRule | string): ValueRule {
	return typeof rule === 'string' ? { from: rule } : rule;
}

function refuse(context: IExecuteSingleFunctions, message: string, description?: string): never {
	throw new NodeOperationError(context.getNode(), message, {
		itemIndex: context.getItemIndex(),
		...(description ? { description } : {}),
	});
}

function listOf(value: unknown): string[] {
	const parts = Array.isArray(value) ? value : String(value).split(/[,\n]/);
	return parts.map((part) => String(part).trim()).filter((part) => part !== '');
}

function isEmpty(value: unknown): boolean {
	if (typeof value === 'string') return value.trim() === '';
	if (Array.isArray(value)) return value.length === 0;
	return false;
}

/** A value as `as` says it is sent; `undefined` leaves it out. */
export function formatValue(
	context: IExecuteSingleFunctions,
	value: unknown,
	as: ValueFormat,
	label: string,
): unknown {
	if (typeof as === 'function') return as(value, context, label);
	const on = value === true || value === 'true' || value === 1 || value === '1';
	switch (as) {
		case 'string':
			return String(value).trim();
		case 'number': {
			const number = typeof value === 'number' ? value : Number(String(value).trim());
			if (!Number.isFinite(number))
				refuse(context, `${label} must be a number, not "${String(value)}"`);
			return number;
		}
		case 'flag':
			return on ? 1 : 0;
		case 'flagWhenOn':
			return on ? 1 : undefined;
		case 'boolean':
			return on;
		case 'list':
			return listOf(value);
		case 'csv':
			return listOf(value).join(',');
		default:
			return typeof value === 'string' ? value.trim() : value;
	}
}

/**
 * The values of a table for this item: each field read once, empty ones left out or refused,
 * the rest formatted. Keys are the API's names; a name with dots (`schedule.timeZone`) builds
 * nested objects.
 */
export function tableValues(
	context: IExecuteSingleFunctions,
	table: ValueTable,
	fields: KnownFields,
): IDataObject {
	const result: IDataObject = {};
	for (const [apiName, entry] of Object.entries(table)) {
		const rule = ruleOf(entry);
		const field = fieldOf(fields, rule.from);
		const label = field?.label ?? rule.from;
		const locator = field?.type === 'resourceLocator';
		const raw = readField(context, rule.from, locator ? '' : (field?.default ?? ''), locator);
		if (!added(context, rule.from)) continue;
		// An option the user added whose expression resolved to nothing is empty, not absent.
		if (raw === undefined || raw === null || isEmpty(raw)) {
			if (rule.whenEmpty === 'send') {
				setPath(
					result,
					apiName,
					typeof raw === 'string' || raw === undefined || raw === null ? '' : raw,
				);
				continue;
			}
			if (rule.whenEmpty === 'refuse') {
				refuse(
					context,
					rule.emptyMessage ?? `${label} is empty`,
					rule.emptyHint ?? 'Give it a value, or remove it: an empty value is never sent as "any".',
				);
			}
			continue;
		}
		const value = formatValue(context, raw, rule.as ?? 'asIs', label);
		if (value === undefined) continue;
		setPath(result, apiName, value);
	}
	return result;
}

function setPath(target: IDataObject, path: string, value: unknown): void {
	const keys = path.split('.');
	let cursor = target;
	for (const key of keys.slice(0, -1)) {
		if (!isObject(cursor[key])) cursor[key] = {};
		cursor = cursor[key] as IDataObject;
	}
	cursor[keys[keys.length - 1]] = value as IDataObject;
}

/** The names of a path's `{placeholders}`, in order. */
export function placeholdersOf(path: string): string[] {
	return [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
}

async function pathValue(
	context: IExecuteSingleFunctions,
	vendor: VendorHttp,
	name: string,
	rule: PathParameter,
	fields: KnownFields,
): Promise<string> {
	let value: string;
	let label: string;
	if (rule.from === 'credential') {
		const setting = rule.setting ?? name;
		const { credentials } = await credentialsOfRun(context, vendor);
		value = String(credentials?.[setting] ?? '')
			.trim()
			.replace(/^\/+/, '');
		label = rule.label ?? `The credential's ${setting} setting`;
		if (value === '') {
			refuse(
				context,
				rule.emptyMessage ?? `${label} is empty`,
				rule.emptyHint ??
					`Open the ${vendor.name} credential and fill in ${setting}, or restore its default.`,
			);
		}
	} else {
		const field = fields.get(name);
		label = rule.label ?? field?.label ?? name;
		value = String(readField(context, name, '', field?.type === 'resourceLocator') ?? '').trim();
		if (value === '') refuse(context, rule.emptyMessage ?? `${label} is empty`, rule.emptyHint);
	}
	if (rule.convert) value = rule.convert(value, context, label);
	return rule.raw ? value : encodeURIComponent(value);
}

/**
 * The preSend hook that builds an item's request from the spec: the path with every
 * placeholder filled once (no expression in the URL), the query and the body from their tables.
 * Anything empty that must not be is refused here, before any request.
 */
export function buildRequestHook(
	spec: OperationSpec,
	vendor: VendorHttp,
	fields: KnownFields,
): PreSendHook {
	const placeholders = placeholdersOf(spec.path);
	return async function buildRequest(
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		if (placeholders.length) {
			const values = new Map<string, string>();
			for (const name of placeholders) {
				const rule = spec.pathParameters?.[name] ?? {};
				values.set(name, await pathValue(this, vendor, name, rule, fields));
			}
			requestOptions.url = spec.path.replace(
				/\{(\w+)\}/g,
				(_match, name: string) => values.get(name) ?? '',
			);
		}
		if (spec.query) {
			requestOptions.qs = {
				...((requestOptions.qs as IDataObject) ?? {}),
				...tableValues(this, spec.query, fields),
			};
		}
		const body = spec.body;
		if (body?.type === 'form' || body?.type === 'json') {
			requestOptions.body = tableValues(this, body.fields, fields);
			if (body.type === 'form') {
				requestOptions.headers = {
					...(requestOptions.headers ?? {}),
					'Content-Type': 'application/x-www-form-urlencoded',
				};
			}
		} else if (body?.type === 'jsonParameter') {
			const field = fields.get(body.parameter);
			const label = field?.label ?? body.parameter;
			const parsed = parseJsonParameter(this, readField(this, body.parameter), label);
			if (body.shape === 'array' && parsed !== undefined && !Array.isArray(parsed)) {
				refuse(this, `${label} must be a JSON array`);
			}
			if (body.shape === 'object' && parsed !== undefined && !isObject(parsed)) {
				refuse(this, `${label} must be a JSON object`);
			}
			if (parsed !== undefined) requestOptions.body = parsed as IDataObject;
		} else if (body?.type === 'multipart') {
			const textFields = body.fields ? tableValues(this, body.fields, fields) : {};
			await multipartBody(this, requestOptions, body.fileField, textFields);
		}
		return requestOptions;
	};
}
