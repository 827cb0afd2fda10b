import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestMethods,
	type IHttpRequestOptions,
	type INodeExecutionData,
	type INodeProperties,
	type IN8nHttpFullResponse,
	type ILoadOptionsFunctions,
	type INodePropertyOptions,
} from 'n8n-workflow';

import type { ItemBatching } from '../shared/batching';
import { PageGuard } from '../shared/paging';
import {
	decodeBody,
	vendorRequest,
	vendorRoute,
	type ListPaging,
	type VendorHttp,
} from '../shared/transport';

export const phoneBurnerHttp: VendorHttp = {
	name: 'PhoneBurner',
	defaultBaseUrl: 'https://www.phoneburner.com/rest/1',
	credentialType(context) {
		return context.getNodeParameter('authentication', 'accessToken') === 'oAuth2'
			? 'phoneBurnerOAuth2Api'
			: 'phoneBurnerApi';
	},
	secretFields: {
		phoneBurnerApi: ['accessToken'],
		phoneBurnerOAuth2Api: [
			'oauthTokenData.access_token',
			'oauthTokenData.refresh_token',
			'clientSecret',
		],
	},
	errorMessage(statusCode, body) {
		if (body && typeof body === 'object' && !Array.isArray(body)) {
			const answer = body as IDataObject;
			if (Array.isArray(answer.debug_codes) && answer.debug_codes.length) {
				const reasons = (answer.debug_codes as IDataObject[])
					.map((entry) => String(entry?.reason ?? entry?.code ?? ''))
					.filter((reason) => reason !== '');
				if (reasons.length) return reasons.join('; ');
			}
			if (answer.status === 'error')
				return String(answer.message ?? 'PhoneBurner reported an error');
		}
		if (
			statusCode >= 400 &&
			typeof body === 'string' &&
			body.trim() !== '' &&
			!body.trim().startsWith('<')
		) {
			return body.trim().slice(0, 300);
		}
		return undefined;
	},
};

export const phoneBurnerRoute = vendorRoute(phoneBurnerHttp);

const ENVELOPE_KEYS = new Set(['http_status', 'status', '_link', '_links']);
const PAGE_KEYS = new Set(['page', 'page_size', 'total_pages', 'total_results', 'member_user_id']);

export function isObject(value: unknown): value is IDataObject {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The resource inside the `{http_status, status, <resource>: ...}` envelope. */
export function unwrapEnvelope(body: unknown): unknown {
	if (!isObject(body)) return body;
	const keys = Object.keys(body).filter((key) => !ENVELOPE_KEYS.has(key));
	if (keys.length === 1) return body[keys[0]];
	if (keys.length === 0) return { success: true };
	const rest: IDataObject = {};
	for (const key of keys) rest[key] = body[key];
	return rest;
}

/**
 * The rows of an answer whose shape is not the documented one: the array inside the resource
 * container, or the resource itself. Operations say where their resource is (`OutputShape`);
 * this is only the fallback when an answer does not have it there.
 */
export function rowsOf(body: unknown): { rows: IDataObject[]; container?: IDataObject } {
	const inner = unwrapEnvelope(body);
	if (Array.isArray(inner)) return { rows: inner.filter(isObject) };
	if (!isObject(inner)) return { rows: [] };
	for (const [key, value] of Object.entries(inner)) {
		if (!PAGE_KEYS.has(key) && Array.isArray(value)) {
			return { rows: value.filter(isObject), container: inner };
		}
	}
	const nonPage = Object.keys(inner).filter((key) => !PAGE_KEYS.has(key));
	if (nonPage.length === 0) return { rows: [], container: inner };
	// Some lists (folders) come as an object keyed "0", "1", … instead of an array.
	if (nonPage.every((key) => /^\d+$/.test(key) && isObject(inner[key]))) {
		return { rows: nonPage.map((key) => inner[key] as IDataObject), container: inner };
	}
	if (nonPage.length === 1 && isObject(inner[nonPage[0]])) {
		return { rows: [inner[nonPage[0]] as IDataObject], container: inner };
	}
	return { rows: [inner], container: inner };
}

/**
 * Where an operation's resource sits in PhoneBurner's answer, as the doc's example shows it.
 * The resource found there is output as one item, or one item per entry when it is a list (an
 * array, or an object keyed "0", "1", … as folders come).
 */
export interface OutputShape {
	/** The keys from the answer down to the resource, e.g. `['contacts', 'contacts']`. */
	path: string[];
	/** An object keyed by an ID (usage is keyed by user_id): one item per key, the key under this name. */
	keyedBy?: string;
	/** One item per entry of every list inside the resource (content: `{emails: [...]}`). */
	lists?: boolean;
	/** The resource is the container itself (a new dial session): without its paging fields. */
	container?: boolean;
}

/** The resource rows of an answer, read where `shape` says; undefined when it is not there. */
export function resourceRows(
	body: unknown,
	shape: OutputShape,
): { rows: IDataObject[]; container?: IDataObject } | undefined {
	let value: unknown = body;
	let parent: unknown;
	for (const key of shape.path) {
		if (!isObject(value) || !(key in value)) return undefined;
		parent = value;
		value = value[key];
	}
	// The same resource wrapped once more, as most lists come (`folders: {folders: [...]}`).
	const last = shape.path[shape.path.length - 1];
	if (
		!shape.container &&
		isObject(value) &&
		last !== undefined &&
		(Array.isArray(value[last]) || isObject(value[last]))
	) {
		parent = value;
		value = value[last];
	}
	const container = isObject(parent) ? parent : undefined;
	if (shape.keyedBy) {
		if (!isObject(value)) return undefined;
		const keyName = shape.keyedBy;
		return {
			rows: Object.entries(value)
				.filter(([, entry]) => isObject(entry))
				.map(([key, entry]) => ({ [keyName]: key, ...(entry as IDataObject) })),
			container,
		};
	}
	if (shape.lists) {
		if (!isObject(value)) return undefined;
		const rows = Object.values(value)
			.filter((entry): entry is unknown[] => Array.isArray(entry))
			.flat()
			.filter(isObject);
		return { rows, container };
	}
	if (shape.container) {
		if (!isObject(value)) return undefined;
		const resource: IDataObject = {};
		for (const [key, entry] of Object.entries(value)) {
			if (!PAGE_KEYS.has(key)) resource[key] = entry;
		}
		return { rows: [resource], container: value };
	}
	if (Array.isArray(value)) return { rows: value.filter(isObject), container };
	if (isObject(value)) {
		const keys = Object.keys(value);
		if (keys.length > 0 && keys.every((key) => /^\d+$/.test(key) && isObject(value[key]))) {
			return { rows: keys.map((key) => value[key] as IDataObject), container };
		}
		return { rows: [value], container };
	}
	if (value === null) return { rows: [], container };
	return undefined;
}

/**
 * How a list comes, as its doc section shows it:
 * - `paged`: the doc shows paging fields (`page` / `page_size` parameters, or `page` and
 *   `total_pages` in the example answer): the node asks for pages of up to 100 and follows
 *   `total_pages`;
 * - `whole`: the doc shows neither (GET /folders takes only `structure`, and its answer is the
 *   folders alone): one request, no paging parameters; Limit keeps the first entries.
 */
export type ListKind = 'paged' | 'whole';

/** Paging through `page`/`page_size`, reading each page's rows where `shape` says. */
export function pagingFor(shape: OutputShape): ListPaging {
	return {
		start(options, wanted) {
			const size = wanted === undefined ? 100 : Math.min(100, Math.max(1, wanted));
			options.qs = { ...(options.qs ?? {}), page: 1, page_size: size };
		},
		read(body, options) {
			const { rows, container } = resourceRows(body, shape) ?? rowsOf(body);
			const qs = options.qs as IDataObject;
			const page = Number(qs.page ?? 1);
			const size = Number(qs.page_size ?? 100);
			const totalPages = Number(container?.total_pages);
			// Without a page count, a full page suggests another; a longer one means the list
			// ignores page_size and has come whole. A page that repeats an earlier one ends the
			// list in the shared loop (PageGuard), whatever total_pages says.
			let more = rows.length > 0 && rows.length === size;
			if (container?.total_pages !== undefined && Number.isFinite(totalPages))
				more = page < totalPages && rows.length > 0;
			if (more) qs.page = page + 1;
			return { items: rows, more };
		},
	};
}

/** A list that comes whole in one answer: no paging parameters, never a second request. */
export function wholeListFor(shape: OutputShape): ListPaging {
	return {
		start() {},
		read(body) {
			const { rows } = resourceRows(body, shape) ?? rowsOf(body);
			return { items: rows, more: false };
		},
	};
}

/** postReceive: output the resource itself, not the envelope; lists become one item per entry. */
export function unwrapTo(shape: OutputShape) {
	return async function unwrapResponse(
		this: IExecuteSingleFunctions,
		items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		void items;
		const body = decodeBody(response.body);
		if (response.statusCode === 204 || body === undefined || body === '' || body === null) {
			return [{ json: { success: true } }];
		}
		const found = resourceRows(body, shape);
		if (found && found.rows.length) return found.rows.map((json) => ({ json }));
		const { rows } = rowsOf(body);
		const inner = unwrapEnvelope(body);
		if (isObject(inner) && rows.length === 1) return [{ json: rows[0] }];
		if (rows.length === 0 && !isObject(inner))
			return [{ json: { success: true, result: inner as string } }];
		if (rows.length === 0) return [{ json: inner as IDataObject }];
		return rows.map((json) => ({ json }));
	};
}

/**
 * preSend: the path with its IDs filled in (each checked: not empty, a phone number where one
 * is wanted), without an expression per item.
 */
export function fillPath(resource: string, path: string) {
	return async function sendToPath(
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		requestOptions.url = pathWithIds(this, resource, path);
		return requestOptions;
	};
}

/** `path` with each `{param}` replaced by the resource's checked, encoded ID parameter. */
export function pathWithIds(context: IExecuteSingleFunctions, resource: string, path: string) {
	const values = new Map<string, string>();
	for (const [, name] of path.matchAll(/\{(\w+)\}/g)) {
		values.set(name, pathIdValue(context, resource, name));
	}
	return path.replace(/\{(\w+)\}/g, (_match, name: string) =>
		encodeURIComponent(values.get(name) ?? ''),
	);
}

/** One ID of a path, read from the resource's parameter and checked. */
export function pathIdValue(context: IExecuteSingleFunctions, resource: string, name: string) {
	const label = ID_LABELS[name] ?? name;
	const value = String(
		context.getNodeParameter(parameterName(resource, name), '', { skipValidation: true }) ?? '',
	).trim();
	checkIdValue(context, name, label, value);
	return value;
}

function checkIdValue(
	context: IExecuteSingleFunctions,
	name: string,
	label: string,
	value: string,
): void {
	if (value === '') {
		throw new NodeOperationError(context.getNode(), `The "${label}" field is empty`, {
			description: `Fill in ${label}.`,
			itemIndex: context.getItemIndex(),
		});
	}
	// "." and ".." are not IDs: the URL would lose its last segment, so DELETE
	// /contacts/{id} would become DELETE /contacts, the bulk delete.
	if (/^\.+$/.test(value)) {
		throw new NodeOperationError(context.getNode(), `The "${label}" field is not an ID: ${value}`, {
			itemIndex: context.getItemIndex(),
		});
	}
	if (name === 'phoneNumber') checkPhone(context, value, label);
}

/**
 * The name of a resource's own copy of a parameter. Names are unique across the node because
 * n8n's declarative engine resolves every property named like a parameter for every item: a
 * `contactId` shared by five resources would evaluate the user's expression five times.
 */
export function parameterName(resource: string, name: string): string {
	return name.startsWith(resource)
		? name
		: `${resource}${name.charAt(0).toUpperCase()}${name.slice(1)}`;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A phone number: digits with the usual formatting (spaces, dots, dashes, brackets, a leading +), 7 to 15 digits. */
export function isPhone(value: unknown): boolean {
	const text = String(value ?? '').trim();
	if (!/^\+?[\d\s().-]+$/.test(text)) return false;
	const digits = text.replace(/\D/g, '').length;
	return digits >= 7 && digits <= 15;
}

export function checkPhone(context: IExecuteSingleFunctions, value: unknown, label: string): void {
	if (!isPhone(value)) {
		throw new NodeOperationError(
			context.getNode(),
			`The "${label}" field is not a phone number: ${String(value)}`,
			{
				description: 'A phone number has 7 to 15 digits, e.g. 9495551234 or (949) 555-1234.',
				itemIndex: context.getItemIndex(),
			},
		);
	}
}

export function checkEmail(context: IExecuteSingleFunctions, value: unknown, label: string): void {
	if (!EMAIL.test(String(value ?? '').trim())) {
		throw new NodeOperationError(
			context.getNode(),
			`The "${label}" field is not a valid email address: ${String(value)}`,
			{ itemIndex: context.getItemIndex() },
		);
	}
}

/** A numeric ID (folder, member, preset, disposition set …) as the number the API takes. */
export function numericId(context: IExecuteSingleFunctions, value: unknown, label: string): number {
	const text = String(value ?? '').trim();
	if (!/^\d+$/.test(text)) {
		throw new NodeOperationError(
			context.getNode(),
			`The "${label}" field must be a numeric ID: ${text}`,
			{ itemIndex: context.getItemIndex() },
		);
	}
	return Number(text);
}

/** A date as the doc's `YYYY-MM-DD`, from n8n's date picker, an ISO string or a date object. */
export function dayOf(context: IExecuteSingleFunctions, value: unknown, label: string): string {
	const text = String(value ?? '').trim();
	const match = /^(\d{4}-\d{2}-\d{2})/.exec(text);
	if (match) return match[1];
	const parsed = new Date(text);
	if (text !== '' && !Number.isNaN(parsed.getTime())) return parsed.toISOString().slice(0, 10);
	throw new NodeOperationError(context.getNode(), `The "${label}" field is not a date: ${text}`, {
		description: 'Pick a date, or give one as YYYY-MM-DD.',
		itemIndex: context.getItemIndex(),
	});
}

/** Parses a JSON parameter (n8n may hand it over parsed already); undefined when left empty. */
export function parseJsonParameter(
	context: IExecuteSingleFunctions,
	raw: unknown,
	label: string,
): unknown {
	if (typeof raw !== 'string') return raw;
	if (raw.trim() === '') return undefined;
	try {
		return JSON.parse(raw) as unknown;
	} catch {
		throw new NodeOperationError(context.getNode(), `The "${label}" field is not valid JSON`, {
			itemIndex: context.getItemIndex(),
		});
	}
}

/** How one named field of Additional Fields goes into the body (by default: as given, booleans as 1/0). */
export type FieldConverter = (
	context: IExecuteSingleFunctions,
	value: unknown,
	body: IDataObject,
) => void;

/** A field of the body that has a parameter of its own (the doc's required fields). */
export interface BodyField {
	/** The node parameter, by its full (unique) name. */
	parameter: string;
	/** The API's field name. */
	key: string;
	/** The field's name in the editor, for messages. */
	label: string;
	/** `boolean` is sent as true/false, `flag` as 1/0; `email` and `phone` are checked. */
	type?: 'string' | 'boolean' | 'flag' | 'number' | 'email' | 'phone';
	/** Refused when empty. */
	required?: boolean;
}

export interface BodySpec {
	fields?: BodyField[];
	convert?: Record<string, FieldConverter>;
	/**
	 * An update whose body must not be empty: when nothing is set the node stops before sending,
	 * with this as the hint (what to set). PhoneBurner marks some payloads required (dial session
	 * settings, member fields), and an empty PUT changes nothing anyway.
	 */
	notEmpty?: string;
}

/** preSend: the body from the operation's own fields, Additional Fields and "Other Fields (JSON)". */
export function buildBody(resource: string, spec: BodySpec = {}) {
	return async function sendBody(
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const body: IDataObject = { ...((requestOptions.body as IDataObject) ?? {}) };
		for (const field of spec.fields ?? []) {
			const raw = this.getNodeParameter(field.parameter, '', { skipValidation: true }) as unknown;
			const value = typeof raw === 'string' ? raw.trim() : raw;
			if (value === '' || value === undefined || value === null) {
				if (field.required) {
					throw new NodeOperationError(this.getNode(), `The "${field.label}" field is empty`, {
						description: `Fill in ${field.label}.`,
						itemIndex: this.getItemIndex(),
					});
				}
				continue;
			}
			if (field.type === 'boolean') body[field.key] = value === true || value === 'true';
			else if (field.type === 'flag') body[field.key] = value === true || value === 'true' ? 1 : 0;
			else if (field.type === 'number') {
				const number = Number(value);
				if (!Number.isFinite(number)) {
					throw new NodeOperationError(
						this.getNode(),
						`The "${field.label}" field must be a number: ${String(value)}`,
						{ itemIndex: this.getItemIndex() },
					);
				}
				body[field.key] = number;
			} else {
				if (field.type === 'email') checkEmail(this, value, field.label);
				if (field.type === 'phone') checkPhone(this, value, field.label);
				body[field.key] = value as string;
			}
		}
		const extra = this.getNodeParameter(
			parameterName(resource, 'additionalFields'),
			{},
			{
				skipValidation: true,
			},
		) as IDataObject;
		for (const [key, value] of Object.entries(extra ?? {})) {
			if (key === 'jsonFields') continue;
			if (value === '' || value === undefined || value === null) continue;
			const convert = spec.convert?.[key];
			if (convert) convert(this, value, body);
			else if (typeof value === 'boolean') body[key] = value ? 1 : 0;
			else body[key] = value;
		}
		const raw = extra?.jsonFields;
		if (raw !== undefined && raw !== '') {
			const parsed = parseJsonParameter(this, raw, 'Other Fields (JSON)');
			if (parsed !== undefined && !isObject(parsed)) {
				throw new NodeOperationError(
					this.getNode(),
					'The "Other Fields (JSON)" field must be a JSON object',
					{ itemIndex: this.getItemIndex() },
				);
			}
			if (parsed !== undefined) Object.assign(body, parsed);
		}
		if (spec.notEmpty && Object.keys(body).length === 0) {
			throw new NodeOperationError(this.getNode(), 'Nothing to update: no field is set', {
				description: spec.notEmpty,
				itemIndex: this.getItemIndex(),
			});
		}
		checkValues(this, body);
		requestOptions.body = body;
		return requestOptions;
	};
}

function checkValues(context: IExecuteSingleFunctions, body: IDataObject) {
	for (const key of ['email', 'email_address']) {
		if (body[key] !== undefined) checkEmail(context, body[key], key);
	}
	for (const key of ['phone', 'raw_phone', 'phone_number']) {
		if (body[key] !== undefined) checkPhone(context, body[key], key);
	}
}

/**
 * preSend for a collection whose options are named like the API's query parameters: each one
 * set goes into the query string (booleans as 1/0, dates as YYYY-MM-DD, emails checked).
 */
export function queryFrom(parameter: string, dates: Record<string, string> = {}) {
	return async function sendQuery(
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const values = this.getNodeParameter(parameter, {}, { skipValidation: true }) as IDataObject;
		const qs: IDataObject = { ...(requestOptions.qs ?? {}) };
		for (const [key, value] of Object.entries(values ?? {})) {
			if (value === '' || value === undefined || value === null) continue;
			if (typeof value === 'boolean') qs[key] = value ? 1 : 0;
			else if (dates[key]) qs[key] = dayOf(this, value, dates[key]);
			else if (key === 'email_address') {
				checkEmail(this, value, 'Email Address');
				qs[key] = String(value).trim();
			} else qs[key] = value;
		}
		requestOptions.qs = qs;
		return requestOptions;
	};
}

/** The Contact Get Many filters (kept under their first name, `filters`, for saved workflows). */
export const buildFilters = queryFrom('filters');

export interface OperationSpec {
	name: string;
	value: string;
	action: string;
	description: string;
	method: IHttpRequestMethods;
	/** Path with `{param}` placeholders named after node parameters. */
	path: string;
	/** Where the resource is in the answer (the doc's example shows it). */
	output: OutputShape;
	/** A Get Many: whether its doc shows paging (see `ListKind`). */
	list?: ListKind;
	/** The operation sends a body: its own fields, Additional Fields and Other Fields (JSON). */
	body?: boolean | BodySpec;
	preSend?: Array<
		(this: IExecuteSingleFunctions, options: IHttpRequestOptions) => Promise<IHttpRequestOptions>
	>;
	/** Send the entries of many items in one request (see shared/batching.ts). */
	batching?: ItemBatching;
}

export const ID_LABELS: Record<string, string> = {
	contactId: 'Contact ID',
	customFieldId: 'Custom Field ID',
	emailId: 'Email ID',
	phoneId: 'Phone ID',
	tagId: 'Tag ID',
	folderId: 'Folder ID',
	userId: 'Member ID',
	dialSessionId: 'Dial Session ID',
	callId: 'Call ID',
	phoneNumber: 'Phone Number',
};

const LOAD_METHODS: Record<string, string> = {
	customFieldId: 'getCustomFields',
	tagId: 'getTags',
	folderId: 'getFolders',
	userId: 'getMembers',
};

/** The description n8n's guidelines ask of a dropdown that also takes an ID. */
export const CHOOSE_OR_ID =
	'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>';

function pathParams(path: string): string[] {
	return [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
}

/** The operation selector and fields of one resource, from a table of operations. */
export function buildResource(
	resource: string,
	specs: OperationSpec[],
	defaultOperation: string,
	fields: INodeProperties[] = [],
): INodeProperties[] {
	const sorted = [...specs].sort((a, b) => a.name.localeCompare(b.name));
	const operation: INodeProperties = {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		default: defaultOperation,
		options: sorted.map((spec) => {
			const params = pathParams(spec.path);
			const preSend = [
				...(params.length ? [fillPath(resource, spec.path)] : []),
				...(spec.preSend ?? []),
				...(spec.body ? [buildBody(resource, spec.body === true ? {} : spec.body)] : []),
			];
			const extra = spec.batching ? { batching: spec.batching } : {};
			return {
				name: spec.name,
				value: spec.value,
				action: spec.action,
				description: spec.description,
				routing: phoneBurnerRoute(spec.method, spec.path, {
					...(spec.list
						? {
								paging: spec.list === 'paged' ? pagingFor(spec.output) : wholeListFor(spec.output),
							}
						: { postReceive: [unwrapTo(spec.output)] }),
					...(preSend.length ? { preSend } : {}),
					...extra,
				}),
			};
		}),
	};
	const idFields = new Map<string, string[]>();
	for (const spec of specs) {
		for (const name of pathParams(spec.path)) {
			idFields.set(name, [...(idFields.get(name) ?? []), spec.value]);
		}
	}
	const properties: INodeProperties[] = [operation];
	for (const [name, operations] of idFields) {
		const method = LOAD_METHODS[name];
		properties.push({
			displayName: method
				? `${(ID_LABELS[name] ?? name).replace(/ ID$/, '')} Name or ID`
				: (ID_LABELS[name] ?? name),
			name: parameterName(resource, name),
			type: method ? 'options' : 'string',
			...(method ? { typeOptions: { loadOptionsMethod: method } } : {}),
			default: '',
			required: true,
			description: method ? CHOOSE_OR_ID : `The ${ID_LABELS[name] ?? name} to use`,
			displayOptions: { show: { resource: [resource], operation: operations } },
		});
	}
	const lists = specs.filter((spec) => spec.list).map((spec) => spec.value);
	if (lists.length) {
		properties.push(
			{
				displayName: 'Return All',
				name: 'returnAll',
				type: 'boolean',
				default: false,
				description: 'Whether to return all results or only up to a given limit',
				displayOptions: { show: { resource: [resource], operation: lists } },
			},
			{
				displayName: 'Limit',
				name: 'limit',
				type: 'number',
				default: 50,
				typeOptions: { minValue: 1 },
				description: 'Max number of results to return',
				displayOptions: { show: { resource: [resource], operation: lists, returnAll: [false] } },
			},
		);
	}
	properties.push(...fields);
	const bodies = specs.filter((spec) => spec.body).map((spec) => spec.value);
	if (
		bodies.length &&
		!fields.some((field) => field.name === parameterName(resource, 'additionalFields'))
	) {
		properties.push(otherFields(resource, bodies, []));
	}
	return properties;
}

/** An "Additional Fields" collection with named options plus free JSON. */
export function otherFields(
	resource: string,
	operations: string[],
	options: INodeProperties[],
): INodeProperties {
	const jsonField: INodeProperties = {
		displayName: 'Other Fields (JSON)' as string,
		name: 'jsonFields',
		type: 'json',
		default: '{}',
		description:
			"Any other fields the PhoneBurner API accepts, as a JSON object with the API's own field names",
	};
	const all: INodeProperties[] = [...options, jsonField].sort((a, b) =>
		a.displayName.localeCompare(b.displayName),
	);
	return {
		displayName: 'Additional Fields',
		name: parameterName(resource, 'additionalFields'),
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: { resource: [resource], operation: operations } },
		options: all,
	};
}

/** Only in some of the operations that share an Additional Fields collection. */
export function onlyFor(operations: string[]): INodeProperties['displayOptions'] {
	return { show: { '/operation': operations } };
}

/** The credential type and base URL the node uses now, for requests outside the routing. */
async function connection(context: ILoadOptionsFunctions | IExecuteSingleFunctions) {
	const authentication = context.getNodeParameter('authentication', 'accessToken') as string;
	const credentialType = authentication === 'oAuth2' ? 'phoneBurnerOAuth2Api' : 'phoneBurnerApi';
	const credentials = await context.getCredentials(credentialType);
	const base = String(credentials.baseUrl || phoneBurnerHttp.defaultBaseUrl).replace(/\/+$/, '');
	return { credentialType, base };
}

/**
 * A dropdown's entries: a paged list page by page up to its `total_pages` (a page with
 * nothing new ends it, see PageGuard); a whole list (folders) in one request without paging
 * parameters, as its doc shows it.
 */
async function listNames(
	context: ILoadOptionsFunctions,
	url: string,
	kind: ListKind,
	shape: OutputShape,
	nameKeys: string[],
	idKeys: string[],
): Promise<INodePropertyOptions[]> {
	const { credentialType, base } = await connection(context);
	const paging = kind === 'paged' ? pagingFor(shape) : wholeListFor(shape);
	const request: IHttpRequestOptions = { method: 'GET', url: `${base}${url}`, json: true };
	paging.start(request, undefined);
	const guard = new PageGuard(`PhoneBurner ${url} dropdown`);
	const rows: IDataObject[] = [];
	for (;;) {
		const options: IHttpRequestOptions = {
			...request,
			...(request.qs ? { qs: { ...request.qs } } : {}),
		};
		const body = await vendorRequest(context, phoneBurnerHttp, credentialType, options);
		const { items, more } = paging.read(body, request, rows.length, undefined);
		if (!guard.isNew(items)) break;
		rows.push(...items);
		if (!more) break;
		guard.beforeNextPage();
	}
	return rows
		.map((row) => {
			const id = idKeys
				.map((key) => row[key])
				.find((value) => value !== undefined && value !== null);
			const name = nameKeys
				.map((key) => row[key])
				.find((value) => value !== undefined && value !== null && value !== '');
			return { name: String(name ?? id), value: String(id) };
		})
		.filter((option) => option.value !== 'undefined')
		.sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The resource at the request's own URL as PhoneBurner has it now (a GET before a PUT that must
 * send a field the user chose to keep), read where `shape` says.
 */
export async function readCurrent(
	context: IExecuteSingleFunctions,
	url: string,
	shape: OutputShape,
): Promise<IDataObject | undefined> {
	const { credentialType, base } = await connection(context);
	const body = await vendorRequest(context, phoneBurnerHttp, credentialType, {
		method: 'GET',
		url: `${base}${url}`,
		json: true,
	});
	return (resourceRows(body, shape) ?? rowsOf(body)).rows[0];
}

/**
 * One field of the resource as PhoneBurner has it now (see `readCurrent`); stops with a clear
 * error when the answer does not have it, so nothing is sent in its place.
 */
export async function currentValue(
	context: IExecuteSingleFunctions,
	url: string,
	shape: OutputShape,
	key: string,
	label: string,
): Promise<unknown> {
	const current = await readCurrent(context, url, shape);
	const value = current?.[key];
	if (value === undefined || value === null || value === '') {
		throw new NodeOperationError(
			context.getNode(),
			`Could not keep the current "${label}": PhoneBurner's answer does not have it`,
			{
				description: `Choose a value for ${label} instead of Keep Current.`,
				itemIndex: context.getItemIndex(),
			},
		);
	}
	return value;
}

export const loadOptions = {
	async getFolders(this: ILoadOptionsFunctions) {
		return await listNames(
			this,
			'/folders',
			'whole',
			{ path: ['folders'] },
			['folder_name', 'name'],
			['folder_id', 'id'],
		);
	},
	async getTags(this: ILoadOptionsFunctions) {
		return await listNames(
			this,
			'/tags',
			'paged',
			{ path: ['tags', 'tags'] },
			['title', 'name'],
			['id', 'tag_id'],
		);
	},
	async getMembers(this: ILoadOptionsFunctions) {
		return await listNames(
			this,
			'/members',
			'paged',
			{ path: ['members', 'members'] },
			['username', 'email_address', 'first_name'],
			['user_id', 'id'],
		);
	},
	async getCustomFields(this: ILoadOptionsFunctions) {
		return await listNames(
			this,
			'/customfields',
			'paged',
			{ path: ['customfields', 'customfields'] },
			['display_name', 'name'],
			['custom_field_id', 'id'],
		);
	},
};

/** What a "list or JSON" body of a bulk PUT is made of (Replace All emails, Add Many phones). */
export interface EntryListBody {
	/** The body's key and the word for one entry: `emails` / `Email`. */
	key: string;
	entry: string;
	/** The parameters: Input (list or json), the JSON field and the fixedCollection. */
	inputParameter: string;
	jsonParameter: string;
	listParameter: string;
	/** The fixedCollection's option name (`email`), and how one of its rows becomes an entry. */
	listOption: string;
	fromRow(row: IDataObject): IDataObject;
	/** The field every entry must have, and its check. */
	requiredField: string;
	check(context: IExecuteSingleFunctions, value: unknown, label: string): void;
	/** Said when the list is empty. */
	emptyHint: string;
}

/** preSend: `{<key>: [entry, …]}` from the list form or the JSON field, every entry checked. */
export function entryListBody(spec: EntryListBody) {
	const plural = `${spec.entry}s`;
	return async function sendEntryList(
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const mode = this.getNodeParameter(spec.inputParameter, 'list', { skipValidation: true });
		let entries: unknown[];
		if (mode === 'json') {
			const parsed = parseJsonParameter(
				this,
				this.getNodeParameter(spec.jsonParameter, '[]', { skipValidation: true }),
				`${plural} (JSON)`,
			);
			const list = isObject(parsed) && Array.isArray(parsed[spec.key]) ? parsed[spec.key] : parsed;
			if (!Array.isArray(list)) {
				throw new NodeOperationError(
					this.getNode(),
					`The "${plural} (JSON)" field must be a JSON list of ${plural.toLowerCase()}`,
					{ itemIndex: this.getItemIndex() },
				);
			}
			entries = list as unknown[];
		} else {
			const list = this.getNodeParameter(
				spec.listParameter,
				{},
				{ skipValidation: true },
			) as IDataObject;
			entries = ((list[spec.listOption] ?? []) as IDataObject[]).map(spec.fromRow);
		}
		if (entries.length === 0) {
			throw new NodeOperationError(this.getNode(), `The "${plural}" list is empty`, {
				description: spec.emptyHint,
				itemIndex: this.getItemIndex(),
			});
		}
		entries.forEach((entry, index) => {
			if (!isObject(entry)) {
				throw new NodeOperationError(
					this.getNode(),
					`${spec.entry} ${index + 1} of the "${plural}" list is not an object with ${spec.requiredField}`,
					{ itemIndex: this.getItemIndex() },
				);
			}
			spec.check(this, entry[spec.requiredField], `${plural} → ${spec.entry} ${index + 1}`);
		});
		requestOptions.body = { [spec.key]: entries };
		return requestOptions;
	};
}
