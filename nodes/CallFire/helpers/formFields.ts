import type {
	IDataObject,
	IExecuteSingleFunctions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';

import { chooseOrIdDescription, CHOOSE_OR_ID } from '../../shared/descriptions';
import type { FieldSpec } from '../../shared/operation';

/**
 * Request bodies as form fields. An operation with a body describes its body fields as a
 * `BodyForm`, in its own file: the ones a request needs as parameters of their own, the rest
 * under Additional Fields (or Update Fields), enumerations as dropdowns, IDs from the account as
 * dropdowns. `formFields` makes the editor's fields of it; `formBody` (formBody.ts) the body,
 * with the names and nesting of the CallFire reference, refusing bad input (a malformed phone
 * number, time or date, JSON that does not parse) before any request.
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
	/**
	 * What the form's parameter names start with (saved in workflows): `callBroadcastCreate`
	 * gives `callBroadcastCreateName`, `callBroadcastCreateAdditionalFields`, ….
	 */
	parameters: string;
	/** Parameters of their own, in this order. */
	fields?: FormField[];
	/** Optional fields, in one collection. */
	optional?: FormField[];
	/** The collection's label: Additional Fields (default) or Update Fields. */
	optionalLabel?: 'Additional Fields' | 'Update Fields';
	/**
	 * Offer writing the whole body as JSON instead (for bodies with nested lists), the doc's
	 * example request as the JSON field's default.
	 */
	json?: { example: string };
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

const capitalised = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

const lastKey = (path: string) => path.split('.').pop() ?? path;

export const fieldName = (field: FormField) => field.param ?? lastKey(field.path);

/** The parameter names of a form (unique in the node: the builder's per-item cost rules). */
export function formNames(form: BodyForm) {
	const prefix = form.parameters;
	return {
		field: (field: FormField) => `${prefix}${capitalised(fieldName(field))}`,
		optional: `${prefix}${form.optionalLabel === 'Update Fields' ? 'UpdateFields' : 'AdditionalFields'}`,
		input: `${prefix}BodyInput`,
		json: `${prefix}Body`,
	};
}

const byDisplayName = <T extends { displayName: string }>(list: T[]) =>
	[...list].sort((a, b) => a.displayName.localeCompare(b.displayName));

const byName = <T extends { name: string }>(list: T[]) =>
	[...list].sort((a, b) => a.name.localeCompare(b.name));

/** A multi-choice dropdown's description, as n8n's lint wants it (IDs, not an ID). */
export const CHOOSE_OR_IDS =
	'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>';

function loadOptionsOf(field: FormField): INodeProperties['typeOptions'] {
	return {
		loadOptionsMethod: field.loadOptions,
		...(field.loadOptionsDependsOn ? { loadOptionsDependsOn: field.loadOptionsDependsOn } : {}),
	};
}

/** The n8n property of one form field (the editor's field, or a collection's option). */
export function fieldProperty(field: FormField, name: string, topLevel = false): INodeProperties {
	const base = {
		displayName: field.displayName,
		name,
		description: field.description,
		...(field.placeholder ? { placeholder: field.placeholder } : {}),
		...(field.hint ? { hint: field.hint } : {}),
		...(topLevel && field.required ? { required: true } : {}),
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
					description: chooseOrIdDescription(field.description),
					typeOptions: loadOptionsOf(field),
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
					description: field.description ? `${field.description}. ${CHOOSE_OR_IDS}.` : CHOOSE_OR_ID,
					typeOptions: loadOptionsOf(field),
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

/**
 * The editor's fields of a form: the choice between form and JSON (when the form offers JSON),
 * the JSON field, the form's own fields and its optional collection, in that order.
 */
export function formFields(form: BodyForm): FieldSpec[] {
	const names = formNames(form);
	const fields: FieldSpec[] = [];
	const inForm: FieldSpec['show'] = form.json ? { [names.input]: ['fields'] } : {};
	if (form.json) {
		fields.push(
			{
				displayName: 'Body',
				name: names.input,
				type: 'options',
				noDataExpression: true,
				default: 'fields',
				options: [
					{ name: 'Form Fields', value: 'fields', description: 'Fill in the fields below' },
					{
						name: 'JSON',
						value: 'json',
						description: 'Write the whole body as JSON, as in the CallFire API reference',
					},
				],
			},
			// eslint-disable-next-line n8n-nodes-base/node-param-default-missing -- the default is computed from the spec
			{
				displayName: 'Body (JSON)',
				name: names.json,
				type: 'json',
				default: form.json.example,
				// eslint-disable-next-line n8n-nodes-base/node-param-required-false -- kept as the node has always described it
				required: false,
				description: 'The fields to send, as in the CallFire API reference',
				show: { [names.input]: ['json'] },
			},
		);
	}
	const topLevel = form.fields ?? [];
	for (const field of topLevel) {
		const show: FieldSpec['show'] = { ...inForm };
		for (const [other, values] of Object.entries(field.showWhen ?? {})) {
			const target = topLevel.find((candidate) => fieldName(candidate) === other);
			if (target) show[names.field(target)] = values;
		}
		const property = fieldProperty(field, names.field(field), true);
		fields.push(Object.keys(show).length ? { ...property, show } : property);
	}
	if (form.optional?.length) {
		const collection: FieldSpec = {
			displayName: form.optionalLabel ?? 'Additional Fields',
			name: names.optional,
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: byDisplayName(form.optional.map((field) => fieldProperty(field, fieldName(field)))),
		};
		fields.push(form.json ? { ...collection, show: inForm } : collection);
	}
	return fields;
}
