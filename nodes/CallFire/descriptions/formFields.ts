import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';

import { checkPhone, parseJsonParameter } from '../GenericFunctions';

/**
 * Request bodies as form fields. Each operation with a JSON body describes its body fields here:
 * the ones a request needs as parameters of their own, the rest under Additional Fields (or
 * Update Fields), enumerations as dropdowns, IDs from the account as dropdowns. A preSend builds
 * the body from them, with the names and nesting of the CallFire reference, and refuses bad input
 * (a malformed phone number, time or date, JSON that does not parse) before any request.
 */
export type FormFieldType =
	/** Text, sent as written (an empty value is not sent). */
	| 'string'
	/** Longer text (a message), shown in a bigger box. */
	| 'text'
	| 'number'
	| 'boolean'
	| 'options'
	| 'multiOptions'
	/** Comma-separated text, sent as an array of strings. */
	| 'list'
	/** Comma-separated IDs, sent as an array of numbers. */
	| 'numberList'
	/** `HH:MM` or `HH:MM:SS`, sent as `{hour, minute, second}`. */
	| 'time'
	/** `YYYY-MM-DD` (or an ISO date-time), sent as `{year, month, day}`. */
	| 'date'
	/** JSON, sent parsed. */
	| 'json'
	/** A set of fields sent as one object (`multiple`: a list of such objects). */
	| 'group'
	/** Name/value pairs sent as one object, e.g. a contact's custom properties. */
	| 'properties';

export interface FormField {
	/** Where the value goes in the body: a key, or a dot path into nested objects. */
	path: string;
	/** The parameter (or collection option) name; defaults to the path's last key. */
	param?: string;
	displayName: string;
	type: FormFieldType;
	description?: string;
	placeholder?: string;
	hint?: string;
	/** Top-level fields only: the request cannot go without it. */
	required?: boolean;
	default?: string | number | boolean | string[];
	options?: INodePropertyOptions[];
	/** A dropdown of the account's own entries (an n8n loadOptions method). */
	loadOptions?: string;
	loadOptionsDependsOn?: string[];
	/** `list`: each entry becomes `{[entryKey]: value}` instead of the bare value. */
	entryKey?: string;
	/** `string` and `list`: each value must be a phone number. */
	phone?: boolean;
	/** `group`: its fields; with `multiple` the user adds as many groups as needed. */
	fields?: FormField[];
	multiple?: boolean;
	/** Top-level fields only: shown and sent only while another top-level field has one of these values. */
	showWhen?: Record<string, Array<string | boolean>>;
	/** Sent only when the body also has this path (e.g. the number type with the numbers). */
	onlyWith?: string;
	/** Extra n8n type options (e.g. a minimum for numbers). */
	typeOptions?: INodeProperties['typeOptions'];
	/** A choice about how the body is built, read by `BodyForm.complete`; never sent itself. */
	control?: boolean;
}

export interface BodyForm {
	/** Parameters of their own, in this order. */
	fields?: FormField[];
	/** Optional fields, in one collection. */
	optional?: FormField[];
	/** The collection's label: Additional Fields (default) or Update Fields. */
	optionalLabel?: 'Additional Fields' | 'Update Fields';
	/** Offer writing the whole body as JSON instead (for bodies with nested lists). */
	json?: boolean;
	/** The message of the error when the form gives an empty body; empty bodies are allowed if unset. */
	notEmpty?: string;
	/** A last check of the built body: a message refuses it. */
	check?: (body: IDataObject) => string | undefined;
	/**
	 * Runs after the check, before the request (form fields only, not the JSON body): e.g. reads
	 * the resource to keep what the body would otherwise replace. `values` are the form's values.
	 */
	complete?: (
		this: IExecuteSingleFunctions,
		body: IDataObject,
		values: IDataObject,
	) => Promise<IDataObject>;
}

type Shown = INodeProperties['displayOptions'];

const capitalised = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

const lastKey = (path: string) => path.split('.').pop() ?? path;

export const fieldName = (field: FormField) => field.param ?? lastKey(field.path);

/** The parameter names of one operation's form (unique in the node, see `pathParameter`). */
export function formNames(resource: string, operation: string) {
	const prefix = `${resource}${capitalised(operation)}`;
	return {
		field: (field: FormField) => `${prefix}${capitalised(fieldName(field))}`,
		optional: (form: BodyForm) =>
			`${prefix}${form.optionalLabel === 'Update Fields' ? 'UpdateFields' : 'AdditionalFields'}`,
		input: `${prefix}BodyInput`,
	};
}

const byDisplayName = <T extends { displayName: string }>(list: T[]) =>
	[...list].sort((a, b) => a.displayName.localeCompare(b.displayName));

const byName = <T extends { name: string }>(list: T[]) =>
	[...list].sort((a, b) => a.name.localeCompare(b.name));

const PICK_DESCRIPTION =
	'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>';

/** The n8n property of one form field. */
export function fieldProperty(
	field: FormField,
	name: string,
	displayOptions?: INodeProperties['displayOptions'],
	topLevel = false,
): INodeProperties {
	const base = {
		displayName: field.displayName,
		name,
		description: field.description,
		...(field.placeholder ? { placeholder: field.placeholder } : {}),
		...(field.hint ? { hint: field.hint } : {}),
		...(topLevel && field.required ? { required: true } : {}),
		...(displayOptions ? { displayOptions } : {}),
	};
	switch (field.type) {
		case 'number':
			return {
				...base,
				type: 'number',
				default: field.default ?? 0,
				...(field.typeOptions ? { typeOptions: field.typeOptions } : {}),
			};
		case 'boolean':
			return { ...base, type: 'boolean', default: field.default ?? false };
		case 'options':
			if (field.loadOptions) {
				return {
					...base,
					type: 'options',
					default: field.default ?? '',
					description: field.description
						? `${field.description}. ${PICK_DESCRIPTION}`
						: PICK_DESCRIPTION,
					typeOptions: {
						loadOptionsMethod: field.loadOptions,
						...(field.loadOptionsDependsOn
							? { loadOptionsDependsOn: field.loadOptionsDependsOn }
							: {}),
					},
				};
			}
			return {
				...base,
				type: 'options',
				default: field.default ?? field.options?.[0]?.value ?? '',
				options: byName(field.options ?? []),
			};
		case 'multiOptions':
			if (field.loadOptions) {
				return {
					...base,
					type: 'multiOptions',
					default: field.default ?? [],
					description: field.description
						? `${field.description}. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`
						: PICK_DESCRIPTION,
					typeOptions: {
						loadOptionsMethod: field.loadOptions,
						...(field.loadOptionsDependsOn
							? { loadOptionsDependsOn: field.loadOptionsDependsOn }
							: {}),
					},
				};
			}
			return {
				...base,
				type: 'multiOptions',
				default: field.default ?? [],
				options: byName(field.options ?? []),
			};
		case 'text':
			return { ...base, type: 'string', default: field.default ?? '', typeOptions: { rows: 4 } };
		case 'json':
			return { ...base, type: 'json', default: field.default ?? '' };
		case 'group':
			if (field.multiple) {
				return {
					...base,
					type: 'fixedCollection',
					typeOptions: { multipleValues: true },
					default: {},
					placeholder: field.placeholder ?? `Add ${field.displayName}`,
					options: [
						{
							displayName: field.displayName,
							name: 'item',
							values: (field.fields ?? []).map((inner) => fieldProperty(inner, fieldName(inner))),
						},
					],
				};
			}
			return {
				...base,
				type: 'collection',
				default: {},
				placeholder: field.placeholder ?? 'Add Field',
				options: byDisplayName(
					(field.fields ?? []).map((inner) => fieldProperty(inner, fieldName(inner))),
				),
			};
		case 'properties':
			return {
				...base,
				type: 'fixedCollection',
				typeOptions: { multipleValues: true },
				default: {},
				placeholder: field.placeholder ?? 'Add Property',
				options: [
					{
						displayName: 'Property',
						name: 'property',
						values: [
							{ displayName: 'Name', name: 'name', type: 'string', default: '' },
							{ displayName: 'Value', name: 'value', type: 'string', default: '' },
						],
					},
				],
			};
		default:
			return { ...base, type: 'string', default: field.default ?? '' };
	}
}

/** The properties of one operation's form: input choice, fields, optional collection. */
export function formProperties(
	resource: string,
	operation: string,
	form: BodyForm,
	show: { show: IDataObject },
	jsonProperty: INodeProperties,
): INodeProperties[] {
	const names = formNames(resource, operation);
	const properties: INodeProperties[] = [];
	let inForm = show as INodeProperties['displayOptions'];
	if (form.json) {
		properties.push({
			displayName: 'Body',
			name: names.input,
			type: 'options',
			noDataExpression: true,
			default: 'fields',
			options: [
				{
					name: 'Form Fields',
					value: 'fields',
					description: 'Fill in the fields below',
				},
				{
					name: 'JSON',
					value: 'json',
					description: 'Write the whole body as JSON, as in the CallFire API reference',
				},
			],
			displayOptions: show as INodeProperties['displayOptions'],
		});
		inForm = { show: { ...show.show, [names.input]: ['fields'] } } as Shown;
		properties.push({
			...jsonProperty,
			displayOptions: { show: { ...show.show, [names.input]: ['json'] } } as Shown,
		});
	}
	const topLevel = form.fields ?? [];
	for (const field of topLevel) {
		const conditions: IDataObject = { ...(inForm?.show ?? {}) };
		for (const [other, values] of Object.entries(field.showWhen ?? {})) {
			const target = topLevel.find((candidate) => fieldName(candidate) === other);
			if (target) conditions[names.field(target)] = values;
		}
		properties.push(
			fieldProperty(
				field,
				names.field(field),
				{ show: conditions } as INodeProperties['displayOptions'],
				true,
			),
		);
	}
	if (form.optional?.length) {
		properties.push({
			displayName: form.optionalLabel ?? 'Additional Fields',
			name: names.optional(form),
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			displayOptions: inForm,
			options: byDisplayName(form.optional.map((field) => fieldProperty(field, fieldName(field)))),
		});
	}
	return properties;
}

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
			const sent = field.phone ? entries.map((entry) => checkPhone(context, entry, label)) : entries;
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
		case 'json': {
			if (typeof raw !== 'string') return raw;
			try {
				return JSON.parse(raw) as unknown;
			} catch (error) {
				return refuse(context, `${label} is not valid JSON`, (error as Error).message);
			}
		}
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
			return field.phone ? checkPhone(context, text, label) : text;
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

/** preSend: the operation's body from its form (or, when chosen, from its JSON field). */
export function formBody(
	resource: string,
	operation: string,
	form: BodyForm,
	jsonParameter: string,
) {
	const names = formNames(resource, operation);
	return async function sendForm(
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const skipValidation = { skipValidation: true };
		if (form.json && this.getNodeParameter(names.input, 'fields', skipValidation) === 'json') {
			const body = parseJsonParameter(this, jsonParameter, 'Body (JSON)');
			if (body === undefined || typeof body !== 'object' || Array.isArray(body) || body === null) {
				refuse(
					this,
					'Body (JSON) must be a JSON object',
					'Write the body as in the CallFire API reference, e.g. {"name": "…"}',
				);
			}
			requestOptions.body = body as IDataObject;
			return requestOptions;
		}
		const values: IDataObject = {};
		const topLevel = form.fields ?? [];
		const shown = (field: FormField) =>
			Object.entries(field.showWhen ?? {}).every(([other, allowed]) =>
				allowed.includes(values[other] as string | boolean),
			);
		for (const field of topLevel) {
			if (!shown(field)) continue;
			const raw = this.getNodeParameter(
				names.field(field),
				fieldProperty(field, '').default,
				skipValidation,
			) as unknown;
			if (field.required && isEmpty(raw)) refuse(this, `${field.displayName} is empty`);
			values[fieldName(field)] = raw as IDataObject;
		}
		if (form.optional?.length) {
			const optional = this.getNodeParameter(
				names.optional(form),
				{},
				skipValidation,
			) as IDataObject;
			for (const field of form.optional) {
				const name = fieldName(field);
				if (name in (optional ?? {})) values[name] = optional[name];
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
