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
import { BULK, bulkBatching, bulkEntries, bulkFields } from './Bulk';
import { PICKERS } from './LoadOptions';

export const CALLFIRE_MAX_PAGE = 1000;

export const callFireHttp: VendorHttp = {
	name: 'CallFire',
	secretFields: { callFireApi: ['password'] },
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

const PHONE = /^\+?[0-9]{7,15}$/;

/** Throws when a phone number is not digits (optionally with a leading +). */
export function checkPhone(context: IExecuteSingleFunctions, value: unknown, label: string): void {
	const text = String(value ?? '').replace(/[\s().-]/g, '');
	if (!PHONE.test(text)) {
		throw new NodeOperationError(
			context.getNode(),
			`${label} "${String(value)}" is not a phone number`,
			{
				itemIndex: context.getItemIndex(),
				description: 'Use digits only, e.g. 12135551100 or +12135551100',
			},
		);
	}
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
	mp3: 'audio/mpeg',
	wav: 'audio/wav',
	png: 'image/png',
	jpg: 'image/jpeg',
	jpeg: 'image/jpeg',
	gif: 'image/gif',
	mp4: 'video/mp4',
	txt: 'text/plain',
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
		const url = String(
			(response as unknown as { request?: { path?: string } }).request?.path ?? '',
		);
		const extension =
			(this.getNodeParameter('extension', defaultExtension) as string) || defaultExtension;
		const id =
			nameParameters
				.map((name) => String(this.getNodeParameter(name, '') ?? '').trim())
				.find((value) => value !== '') ?? 'file';
		const fileName = `${id}.${extension}`;
		void url;
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

/** One query parameter or option of an operation. */
export interface FieldSpec {
	name: string;
	displayName: string;
	description?: string;
	type?: 'string' | 'number' | 'boolean' | 'options' | 'multiOptions';
	options?: Array<{ name: string; value: string }>;
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
	/** Optional query parameters (besides `fields`). */
	query?: FieldSpec[];
	/** Whether this is a list with Return All / Limit. */
	list?: boolean;
	/** JSON body: an object, or an array (bulk) whose phone numbers are checked. */
	body?: 'object' | 'array' | 'recipients';
	bodyExample?: string;
	bodyRequired?: boolean;
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
	if (field.type === 'options') return field.options?.[0]?.value ?? '';
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
			return name === 'extension' ? value : encodeURIComponent(value);
		});
		return requestOptions;
	};
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
				const bulk = BULK[`${spec.method} ${spec.path}`];
				const body = bodyParameter(resource, spec.value);
				if (bulk) {
					preSend.push(bulkEntries(bulk, resource, body));
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
				return {
					name: spec.name,
					value: spec.value,
					action: spec.action,
					description: spec.description,
					routing: callFireRoute(spec.method, url, {
						...(spec.list ? { paging: callFirePaging } : {}),
						...(preSend.length ? { preSend } : {}),
						...(bulk ? { batching: bulkBatching(bulk) } : {}),
						...(spec.download || spec.extensionChoice
							? {
									postReceive: [
										toBinary(spec.download ?? spec.extensionChoice?.[0] ?? 'bin', names),
									],
									request: { encoding: 'arraybuffer', json: false },
								}
							: {}),
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
							description:
								'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
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
		if (spec.body) {
			// eslint-disable-next-line n8n-nodes-base/node-param-default-missing -- the default is computed from the endpoint table
			fields.push({
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
			});
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
			fields.push({
				displayName: extra.displayName,
				name: extra.name,
				type: 'string',
				default: '',
				description: extra.description,
				displayOptions: show,
			});
		}
		if (spec.list) {
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
					displayOptions: { show: { ...show.show, returnAll: [false] } },
				},
			);
		}
		const options: FieldSpec[] = [
			{
				name: 'fields',
				displayName: 'Fields',
				description: 'Only return these fields, e.g. items(id,name) (CallFire partial response)',
			},
			...(spec.query ?? []),
		];
		fields.push({
			displayName: spec.list ? 'Filters and Options' : 'Options',
			name: optionsParameter(resource, spec.value),
			type: 'collection',
			placeholder: 'Add option',
			default: {},
			displayOptions: show,
			options: byName(
				options.map((field) => ({
					displayName: field.displayName,
					name: field.name,
					type: field.type ?? 'string',
					default: defaultOf(field),
					description: field.description,
					...(field.options ? { options: byName(field.options) } : {}),
					routing: {
						send: {
							type: 'query' as const,
							property: field.name,
							value: field.type === 'multiOptions' ? '={{$value.join(",")}}' : '={{$value}}',
						},
					},
				})),
			).map((option) => ({ ...option, displayName: option.displayName })) as INodeProperties[],
		});
	}
	return fields.length ? [operation, ...fields] : [operation];
}

type PreSend = (
	this: IExecuteSingleFunctions,
	options: IHttpRequestOptions,
) => Promise<IHttpRequestOptions>;
