import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type IN8nHttpFullResponse,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { vendorRoute, type ListPaging, type VendorHttp } from '../shared/transport';
import { CALLFIRE_BASE_URL } from './BaseUrl';
import { BULK, bulkBatching, bulkEntries, bulkFields } from './Bulk';
import { formBody, formProperties, type BodyForm } from './descriptions/formFields';
import { PICKERS } from './LoadOptions';
import { phoneOrThrow } from './PhoneNumbers';

export const CALLFIRE_MAX_PAGE = 1000;

export const callFireHttp: VendorHttp = {
	name: 'CallFire',
	secretFields: { callFireApi: ['password'] },
	defaultBaseUrl: CALLFIRE_BASE_URL,
	errorMessage(statusCode, body) {
		if (body && typeof body === 'object' && !Array.isArray(body)) {
			const answer = body as IDataObject;
			if (statusCode >= 400 || answer.httpStatusCode !== undefined) {
				const text = answer.message ?? answer.developerMessage;
				if (typeof text === 'string' && text.trim() !== '') return text;
			}
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

export const callFireRoute = vendorRoute(callFireHttp);

/** CallFire lists: `limit`/`offset` in, `{items, limit, offset, totalCount}` out. */
export const callFirePaging: ListPaging = {
	start(options, wanted) {
		options.qs = options.qs ?? {};
		options.qs.limit = Math.min(wanted ?? CALLFIRE_MAX_PAGE, CALLFIRE_MAX_PAGE);
		options.qs.offset = Number(options.qs.offset ?? 0);
	},
	read(body, options, received, wanted) {
		const page = (body ?? {}) as IDataObject;
		const items = (Array.isArray(page.items) ? page.items : []) as IDataObject[];
		const qs = (options.qs = options.qs ?? {});
		const limit = Number(qs.limit);
		const offset = Number(qs.offset ?? 0) + items.length;
		qs.offset = offset;
		const total = Number(page.totalCount);
		let more = items.length > 0 && items.length >= limit;
		if (Number.isFinite(total) && offset >= total) more = false;
		if (wanted !== undefined && received + items.length >= wanted) more = false;
		return { items, more };
	},
};

/**
 * A contact's history is one object, `{id, calls[], texts[]}`, paged with `limit`/`offset` over
 * both lists at once. Return All fetches pages until both lists come back short; the pages are
 * merged into one item with the contact's calls and texts.
 */
export const callFireHistoryPaging: ListPaging = {
	start(options, wanted) {
		options.qs = options.qs ?? {};
		options.qs.limit = Math.min(wanted ?? CALLFIRE_MAX_PAGE, CALLFIRE_MAX_PAGE);
		options.qs.offset = Number(options.qs.offset ?? 0);
	},
	read(body, options, _received, wanted) {
		const page = (body && typeof body === 'object' ? body : {}) as IDataObject;
		const qs = (options.qs = options.qs ?? {});
		const limit = Number(qs.limit);
		const longest = Math.max(
			...['calls', 'texts'].map((key) => (Array.isArray(page[key]) ? page[key].length : 0)),
		);
		qs.offset = Number(qs.offset ?? 0) + limit;
		return { items: [page], more: wanted === undefined && longest > 0 && longest >= limit };
	},
	finish(pages) {
		const history: IDataObject = { ...(pages[0] ?? {}) };
		for (const key of ['calls', 'texts']) {
			if (pages.some((page) => Array.isArray(page[key]))) {
				history[key] = pages.flatMap((page) =>
					Array.isArray(page[key]) ? (page[key] as IDataObject[]) : [],
				);
			}
		}
		return [history];
	},
};

/**
 * The phone number to send (formatting and a leading + removed, see PhoneNumbers.ts); a
 * NodeOperationError naming the field when the value is not a phone number.
 */
export function checkPhone(context: IExecuteSingleFunctions, value: unknown, label: string): string {
	return phoneOrThrow(context, value, label);
}

/** Parses a JSON parameter; a parse failure is a NodeOperationError before any request. */
export function parseJsonParameter(
	context: IExecuteSingleFunctions,
	name: string,
	label: string,
): unknown {
	const raw = context.getNodeParameter(name, '') as unknown;
	if (raw === '' || raw === undefined || raw === null) return undefined;
	if (typeof raw !== 'string') return raw;
	try {
		return JSON.parse(raw) as unknown;
	} catch (error) {
		throw new NodeOperationError(context.getNode(), `${label} is not valid JSON`, {
			itemIndex: context.getItemIndex(),
			description: (error as Error).message,
		});
	}
}

/** Checks every `phoneNumber`/`toNumber`/`number` entry of bulk recipients. */
export function checkRecipients(context: IExecuteSingleFunctions, entries: unknown[]): void {
	if (entries.length === 0) {
		throw new NodeOperationError(context.getNode(), 'The list of entries is empty', {
			itemIndex: context.getItemIndex(),
		});
	}
	for (const entry of entries) {
		if (entry && typeof entry === 'object') {
			const row = entry as IDataObject;
			for (const key of ['phoneNumber', 'toNumber', 'number']) {
				if (row[key] !== undefined) checkPhone(context, row[key], key);
			}
		} else if (typeof entry === 'string' || typeof entry === 'number') {
			checkPhone(context, entry, 'Number');
		}
	}
}

/** preSend: the operation's JSON body parameter becomes the request body. */
export function jsonBody(parameter: string, options: { array?: boolean; check?: boolean } = {}) {
	return async function sendJsonBody(
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		let body = parseJsonParameter(this, parameter, 'Body');
		if (options.array) {
			if (body === undefined) body = [];
			if (!Array.isArray(body)) body = [body];
			if (options.check) checkRecipients(this, body as unknown[]);
		}
		if (body !== undefined) requestOptions.body = body as IDataObject;
		return requestOptions;
	};
}

/** preSend: sends a binary property of the input item as multipart/form-data. */
export function multipartUpload(fileField: string, extraFields: string[] = []) {
	return async function sendMultipart(
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const property = (this.getNodeParameter('binaryPropertyName', 'data') as string) || 'data';
		const itemIndex = this.getItemIndex();
		const meta = this.helpers.assertBinaryData(property);
		const data = await this.helpers.getBinaryDataBuffer(property);
		const boundary = `----n8nCallFire${Date.now().toString(16)}${Math.random().toString(16).slice(2)}`;
		const parts: Buffer[] = [];
		for (const field of extraFields) {
			const value = String(this.getNodeParameter(field, '') ?? '');
			if (value === '') continue;
			parts.push(
				Buffer.from(
					`--${boundary}\r\nContent-Disposition: form-data; name="${field}"\r\n\r\n${value}\r\n`,
				),
			);
		}
		const fileName = (meta.fileName ?? 'file').replace(/"/g, '');
		parts.push(
			Buffer.from(
				`--${boundary}\r\nContent-Disposition: form-data; name="${fileField}"; filename="${fileName}"\r\nContent-Type: ${meta.mimeType || 'application/octet-stream'}\r\n\r\n`,
			),
			data,
			Buffer.from(`\r\n--${boundary}--\r\n`),
		);
		void itemIndex;
		requestOptions.body = Buffer.concat(parts);
		requestOptions.json = false;
		requestOptions.headers = {
			...(requestOptions.headers ?? {}),
			'Content-Type': `multipart/form-data; boundary=${boundary}`,
		};
		return requestOptions;
	};
}

const MIME: Record<string, string> = {
	bmp: 'image/bmp',
	gif: 'image/gif',
	jpeg: 'image/jpeg',
	jpg: 'image/jpeg',
	m4a: 'audio/mp4',
	mp3: 'audio/mpeg',
	mp4: 'video/mp4',
	png: 'image/png',
	txt: 'text/plain',
	wav: 'audio/wav',
};

/**
 * postReceive: a downloaded file becomes a binary property of the output item, named after
 * the first of `nameParameters` that has a value.
 */
export function toBinary(defaultExtension: string, nameParameters: string[]) {
	return async function downloadToBinary(
		this: IExecuteSingleFunctions,
		items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		const property = (this.getNodeParameter('binaryPropertyName', 'data') as string) || 'data';
		const extension =
			(this.getNodeParameter('extension', defaultExtension) as string) || defaultExtension;
		const id =
			nameParameters
				.map((name) => String(this.getNodeParameter(name, '') ?? '').trim())
				.find((value) => value !== '') ?? 'file';
		const fileName = `${id}.${extension}`;
		const served = String((response.headers as IDataObject)?.['content-type'] ?? '')
			.split(';')[0]
			.trim();
		const mimeType =
			served && !/json|text\/html/.test(served)
				? served
				: (MIME[extension] ?? 'application/octet-stream');
		const body = response.body as unknown;
		const data = Buffer.isBuffer(body) ? body : Buffer.from(body as ArrayBuffer);
		const binary = await this.helpers.prepareBinaryData(data, fileName, mimeType);
		return items.map(() => ({
			json: { fileName, mimeType, fileSize: data.length },
			binary: { [property]: binary },
		}));
	};
}

/**
 * postReceive: CallFire's answer as n8n items. `entries`: one item per entry of a bare array
 * or of `items` (lists CallFire does not page). An empty answer (HTTP 200 or 204 with no body)
 * becomes `{success: true}`; a bare value (`true`) becomes `{[scalarKey]: value}`.
 */
export function shapeOutput(output: OperationSpec['output'], scalarKey = 'result') {
	const asJson = (value: unknown): IDataObject => {
		if (value && typeof value === 'object' && !Array.isArray(value)) return value as IDataObject;
		if (value === 'true' || value === 'false') return { [scalarKey]: value === 'true' };
		return { [scalarKey]: value as string };
	};
	return async function toItems(
		this: IExecuteSingleFunctions,
		items: INodeExecutionData[],
	): Promise<INodeExecutionData[]> {
		const result: INodeExecutionData[] = [];
		for (const item of items) {
			const json = item.json as unknown;
			const entries = Array.isArray(json)
				? json
				: output === 'entries' &&
					  json &&
					  typeof json === 'object' &&
					  Array.isArray((json as IDataObject).items)
					? ((json as IDataObject).items as unknown[])
					: undefined;
			if (entries) {
				for (const entry of entries) result.push({ ...item, json: asJson(entry) });
			} else if (json === '' || json === undefined || json === null) {
				result.push({ ...item, json: { success: true } });
			} else {
				result.push({ ...item, json: asJson(json) });
			}
		}
		return result;
	};
}

/** One query parameter or option of an operation. */
export interface FieldSpec {
	name: string;
	displayName: string;
	description?: string;
	placeholder?: string;
	/**
	 * `list`: comma-separated values sent as a repeated parameter (`id=1&id=2`, as the doc's
	 * examples send arrays); `multiOptions`: sent as one comma-separated value (states, results).
	 */
	type?: 'string' | 'number' | 'boolean' | 'options' | 'multiOptions' | 'list';
	options?: Array<{ name: string; value: string; description?: string }>;
	/** A dropdown of the account's own entries (an n8n loadOptions method). */
	loadOptions?: string;
	/** A parameter of its own that must have a value, instead of an entry under Options. */
	required?: boolean;
	/** `list` of CallFire IDs: each must be a whole number above 0, checked before any request. */
	ids?: boolean;
}

/** One CallFire endpoint as a node operation. */
export interface OperationSpec {
	value: string;
	name: string;
	action: string;
	description: string;
	method: 'GET' | 'POST' | 'PUT' | 'DELETE';
	/** Path below /v2 with `{param}` placeholders; each becomes a required string parameter. */
	path: string;
	pathLabels?: Record<string, string>;
	/** Path parameters that must be phone numbers, checked before any request. */
	phonePath?: string[];
	/**
	 * Path parameters that are one phone number or several, comma-separated (doc: "If number
	 * contains commas treat as list of numbers"): each checked, none empty, commas kept as sent.
	 */
	phoneListPath?: string[];
	/** Query parameters (besides `fields`). */
	query?: FieldSpec[];
	/** Whether this is a list with Return All / Limit. */
	list?: boolean;
	/**
	 * How the answer becomes items (besides paged lists): `entries` splits an unpaged list
	 * (`{items: [...]}` or a bare array) into one item per entry; `history` is a contact's
	 * `{id, calls, texts}`, paged and merged into one item.
	 */
	output?: 'entries' | 'history';
	/** The key a bare answer (`true`) is put under. */
	scalarKey?: string;
	/** JSON body: an object, or an array (bulk) whose phone numbers are checked. */
	body?: 'object' | 'array' | 'recipients';
	/** The JSON body's default (the doc's example request where it has one). */
	bodyExample?: string;
	bodyRequired?: boolean;
	/** The body as form fields (an `object` body); see formFields.ts. */
	form?: BodyForm;
	/** Multipart upload: the form field that carries the file, plus extra text fields. */
	upload?: { field: string; extra?: FieldSpec[] };
	/** Download: the default file extension. */
	download?: string;
	/** Download with an extension chosen by the user. */
	extensionChoice?: string[];
}

function byName<T extends { name: string }>(list: T[]): T[] {
	return [...list].sort((a, b) => a.name.localeCompare(b.name));
}

function defaultFor(field: FieldSpec): string | number | boolean {
	if (field.type === 'boolean') return false;
	if (field.type === 'number') return 0;
	if (field.type === 'options' && !field.loadOptions) return field.options?.[0]?.value ?? '';
	return '';
}

function defaultOf(field: FieldSpec): string | number | boolean | string[] {
	return field.type === 'multiOptions' ? [] : defaultFor(field);
}

const capitalised = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/**
 * Parameter names are unique across the node: n8n's declarative engine resolves every
 * property named like a parameter for every item, so an `id` shared by fifty properties would
 * evaluate the user's expression fifty times per item.
 */
export function pathParameter(resource: string, name: string): string {
	return name === 'extension' ? 'extension' : `${resource}${capitalised(name)}`;
}

export function bodyParameter(resource: string, operation: string): string {
	return `${resource}${capitalised(operation)}Body`;
}

export function optionsParameter(resource: string, operation: string): string {
	return `${resource}${capitalised(operation)}Options`;
}

/** A required query parameter's own parameter, e.g. `keywordGetAllKeywords`. */
export function queryParameter(resource: string, operation: string, name: string): string {
	return `${resource}${capitalised(operation)}${capitalised(name)}`;
}

function pathLabel(spec: OperationSpec, name: string): string {
	return (
		spec.pathLabels?.[name] ?? (name === 'id' ? 'ID' : name.replace(/^./, (c) => c.toUpperCase()))
	);
}

/** preSend: the path with its IDs filled in, each refused when empty, before any request. */
function fillPath(resource: string, spec: OperationSpec): PreSend {
	return async function sendToPath(this: IExecuteSingleFunctions, requestOptions) {
		requestOptions.url = spec.path.replace(/\{(\w+)\}/g, (_match, name: string) => {
			const value = String(
				this.getNodeParameter(pathParameter(resource, name), '', { skipValidation: true }) ?? '',
			).trim();
			if (value === '') {
				throw new NodeOperationError(this.getNode(), `${pathLabel(spec, name)} is empty`, {
					itemIndex: this.getItemIndex(),
				});
			}
			if (spec.phoneListPath?.includes(name)) return phoneList(this, value, pathLabel(spec, name));
			const sent = spec.phonePath?.includes(name) ? checkPhone(this, value, pathLabel(spec, name)) : value;
			return name === 'extension' ? sent : encodeURIComponent(sent);
		});
		return requestOptions;
	};
}

/**
 * One phone number or several, comma-separated, as the doc's `DELETE /contacts/dncs/{number}`
 * takes them ("12135551126,12136666123"): each checked and sent as digits. An empty entry
 * (",", "12135551126,") is refused: nothing but the numbers given may reach CallFire.
 */
function phoneList(context: IExecuteSingleFunctions, value: string, label: string): string {
	const entries = value.split(',').map((entry) => entry.trim());
	if (entries.some((entry) => entry === '')) {
		throw new NodeOperationError(context.getNode(), `${label} "${value}" has an empty entry`, {
			itemIndex: context.getItemIndex(),
			description: 'Give phone numbers separated by commas, e.g. 12135551126,12136666123',
		});
	}
	return entries.map((entry) => checkPhone(context, entry, label)).join(',');
}

/** IDs of a `list` field with `ids`: whole numbers above 0, or a NodeOperationError. */
function checkIds(context: IExecuteSingleFunctions, field: FieldSpec, values: string[]): void {
	for (const value of values) {
		if (!/^[0-9]+$/.test(value) || /^0+$/.test(value)) {
			throw new NodeOperationError(
				context.getNode(),
				`${field.displayName}: "${value}" is not an ID`,
				{
					itemIndex: context.getItemIndex(),
					description: 'Use the numbers CallFire gave them, e.g. 22277003, 23377003',
				},
			);
		}
	}
}

const FIELDS_OPTION: FieldSpec = {
	name: 'fields',
	displayName: 'Fields',
	description: 'Only return these fields, e.g. items(id,name) (CallFire partial response)',
};

/** A query value as CallFire takes it, or undefined when there is nothing to send. */
function queryValue(field: FieldSpec, raw: unknown): unknown {
	if (raw === undefined || raw === null) return undefined;
	if (field.type === 'multiOptions') {
		const values = Array.isArray(raw) ? raw : String(raw).split(',');
		const joined = values
			.map((value) => String(value).trim())
			.filter(Boolean)
			.join(',');
		return joined === '' ? undefined : joined;
	}
	if (field.type === 'list') {
		const values = (Array.isArray(raw) ? raw : String(raw).split(/[,\n]/))
			.map((value) => String(value).trim())
			.filter(Boolean);
		return values.length ? values : undefined;
	}
	if (typeof raw === 'string') return raw.trim() === '' ? undefined : raw.trim();
	return raw;
}

/**
 * preSend: the operation's query — its required parameters and the options the user added —
 * read once per item (no expression per option). List values go out repeated (`id=1&id=2`).
 */
function sendQuery(resource: string, spec: OperationSpec): PreSend {
	const required = (spec.query ?? []).filter((field) => field.required);
	const optional = [FIELDS_OPTION, ...(spec.query ?? []).filter((field) => !field.required)];
	return async function sendQueryOptions(this: IExecuteSingleFunctions, requestOptions) {
		const skipValidation = { skipValidation: true };
		const qs = (requestOptions.qs = requestOptions.qs ?? {});
		for (const field of required) {
			const raw = this.getNodeParameter(
				queryParameter(resource, spec.value, field.name),
				defaultOf(field),
				skipValidation,
			);
			const value = queryValue(field, raw);
			if (value === undefined) {
				throw new NodeOperationError(this.getNode(), `${field.displayName} is empty`, {
					itemIndex: this.getItemIndex(),
					...(field.ids
						? { description: `Give at least one ID: with none, nothing is sent` }
						: {}),
				});
			}
			if (field.ids) checkIds(this, field, value as string[]);
			qs[field.name] = value;
		}
		const chosen = (this.getNodeParameter(
			optionsParameter(resource, spec.value),
			{},
			skipValidation,
		) ?? {}) as IDataObject;
		for (const field of optional) {
			if (!(field.name in chosen)) continue;
			const value = queryValue(field, chosen[field.name]);
			if (value !== undefined) qs[field.name] = value as IDataObject;
		}
		return requestOptions;
	};
}

const PICK_ONE =
	'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>';

/** The n8n property of one query parameter or option. */
function queryProperty(field: FieldSpec, name: string): INodeProperties {
	const type = field.type === 'list' ? 'string' : (field.type ?? 'string');
	return {
		displayName: field.displayName,
		name,
		type,
		default: defaultOf(field),
		description: field.loadOptions
			? field.description
				? `${field.description}. ${PICK_ONE}`
				: PICK_ONE
			: field.description,
		...(field.placeholder ? { placeholder: field.placeholder } : {}),
		...(field.options ? { options: byName(field.options) } : {}),
		...(field.loadOptions ? { typeOptions: { loadOptionsMethod: field.loadOptions } } : {}),
	} as INodeProperties;
}

/** The operation selector and the fields of one resource, built from its endpoint table. */
export function buildResource(resource: string, specs: OperationSpec[]): INodeProperties[] {
	// eslint-disable-next-line n8n-nodes-base/node-param-default-missing -- the default is computed from the endpoint table
	const operation: INodeProperties = {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		default: specs[0].value,
		options: byName(
			specs.map((spec) => {
				const preSend: PreSend[] = [];
				if (/\{\w+\}/.test(spec.path)) preSend.push(fillPath(resource, spec));
				preSend.push(sendQuery(resource, spec));
				const bulk = BULK[`${spec.method} ${spec.path}`];
				const body = bodyParameter(resource, spec.value);
				if (bulk) {
					preSend.push(bulkEntries(bulk, resource, body));
				} else if (spec.form) {
					preSend.push(formBody(resource, spec.value, spec.form, body));
				} else if (spec.body) {
					preSend.push(
						jsonBody(body, { array: spec.body !== 'object', check: spec.body === 'recipients' }),
					);
				}
				if (spec.upload) {
					preSend.push(
						multipartUpload(
							spec.upload.field,
							(spec.upload.extra ?? []).map((f) => f.name),
						),
					);
				}
				// Paths with IDs are filled in by `fillPath`, without an expression per item.
				const url = spec.path;
				const names = [...spec.path.matchAll(/\{(\w+)\}/g)]
					.map((match) => match[1])
					.filter((name) => name !== 'extension')
					.reverse()
					.map((name) => pathParameter(resource, name));
				const download = Boolean(spec.download || spec.extensionChoice);
				const paging =
					spec.output === 'history'
						? callFireHistoryPaging
						: spec.list
							? callFirePaging
							: undefined;
				return {
					name: spec.name,
					value: spec.value,
					action: spec.action,
					description: spec.description,
					routing: callFireRoute(spec.method, url, {
						...(paging ? { paging } : {}),
						...(preSend.length ? { preSend } : {}),
						...(bulk ? { batching: bulkBatching(bulk) } : {}),
						...(download
							? {
									postReceive: [
										toBinary(spec.download ?? spec.extensionChoice?.[0] ?? 'bin', names),
									],
								}
							: paging || bulk
								? {}
								: { postReceive: [shapeOutput(spec.output, spec.scalarKey)] }),
						request: {
							arrayFormat: 'repeat',
							...(download ? { encoding: 'arraybuffer', json: false } : {}),
						},
					}),
				};
			}),
		),
	};
	const fields: INodeProperties[] = [];
	// One field per path parameter of the resource, shown for every operation that needs it.
	const pathFields = new Map<string, INodeProperties>();
	for (const spec of specs) {
		const show = { show: { resource: [resource], operation: [spec.value] } };
		for (const match of spec.path.matchAll(/\{(\w+)\}/g)) {
			const name = match[1];
			const shared = pathFields.get(name);
			if (shared && name !== 'extension') {
				(shared.displayOptions!.show!.operation as string[]).push(spec.value);
				continue;
			}
			if (name === 'extension') {
				// eslint-disable-next-line n8n-nodes-base/node-param-default-missing -- the default is computed from the endpoint table
				fields.push({
					displayName: 'File Type',
					name: 'extension',
					type: 'options',
					default: (spec.extensionChoice ?? ['mp3'])[0],
					options: byName(
						(spec.extensionChoice ?? ['mp3']).map((value) => ({
							name: value.toUpperCase(),
							value,
						})),
					),
					displayOptions: show,
				});
				continue;
			}
			const picker = name === 'id' ? PICKERS[resource] : undefined;
			const field: INodeProperties = {
				displayName: picker ? `${picker.label} Name or ID` : pathLabel(spec, name),
				name: pathParameter(resource, name),
				type: picker ? 'options' : 'string',
				...(picker
					? {
							typeOptions: { loadOptionsMethod: picker.method },
							description: PICK_ONE,
						}
					: {}),
				required: true,
				default: '',
				displayOptions: { show: { resource: [resource], operation: [spec.value] } },
			};
			pathFields.set(name, field);
			fields.push(field);
		}
		const bulk = BULK[`${spec.method} ${spec.path}`];
		if (bulk) fields.push(...bulkFields(bulk, show, resource));
		for (const field of (spec.query ?? []).filter((entry) => entry.required)) {
			fields.push({
				...queryProperty(field, queryParameter(resource, spec.value, field.name)),
				required: true,
				displayOptions: show,
			});
		}
		if (spec.body) {
			// eslint-disable-next-line n8n-nodes-base/node-param-default-missing -- the default is computed from the endpoint table
			const json: INodeProperties = {
				displayName: spec.body === 'object' ? 'Body (JSON)' : 'Entries (JSON Array)',
				name: bodyParameter(resource, spec.value),
				type: 'json',
				default: spec.bodyExample ?? (spec.body === 'object' ? '{}' : '[]'),
				required: spec.bodyRequired ?? spec.body !== 'object',
				description:
					spec.body === 'object'
						? 'The fields to send, as in the CallFire API reference'
						: "A JSON array of entries, sent together with the other items' entries",
				displayOptions: bulk ? { show: { ...show.show, inputMode: ['json'] } } : show,
			};
			if (spec.form && !bulk) {
				fields.push(...formProperties(resource, spec.value, spec.form, show, json));
			} else {
				fields.push(json);
			}
		}
		if (spec.upload || spec.download || spec.extensionChoice) {
			fields.push({
				displayName: spec.upload ? 'Input Binary Field' : 'Put Output File in Field',
				name: 'binaryPropertyName',
				type: 'string',
				required: true,
				default: 'data',
				hint: spec.upload
					? 'The name of the input binary field with the file to upload'
					: 'The name of the output binary field',
				displayOptions: show,
			});
		}
		for (const extra of spec.upload?.extra ?? []) {
			fields.push({ ...queryProperty(extra, extra.name), displayOptions: show });
		}
		if (spec.list || spec.output === 'history') {
			fields.push(
				{
					displayName: 'Return All',
					name: 'returnAll',
					type: 'boolean',
					default: false,
					description: 'Whether to return all results or only up to a given limit',
					displayOptions: show,
				},
				{
					displayName: 'Limit',
					name: 'limit',
					type: 'number',
					typeOptions: { minValue: 1 },
					default: 50,
					description: 'Max number of results to return',
					...(spec.output === 'history'
						? { hint: 'A history is one item: this is the most calls and the most texts it holds' }
						: {}),
					displayOptions: { show: { ...show.show, returnAll: [false] } },
				},
			);
		}
		const options = [FIELDS_OPTION, ...(spec.query ?? []).filter((field) => !field.required)];
		fields.push({
			displayName: spec.list ? 'Filters and Options' : 'Options',
			name: optionsParameter(resource, spec.value),
			type: 'collection',
			placeholder: 'Add option',
			default: {},
			displayOptions: show,
			options: options
				.map((field) => queryProperty(field, field.name))
				.sort((a, b) => a.displayName.localeCompare(b.displayName)),
		});
	}
	return fields.length ? [operation, ...fields] : [operation];
}

type PreSend = (
	this: IExecuteSingleFunctions,
	options: IHttpRequestOptions,
) => Promise<IHttpRequestOptions>;
