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
import { vendorRequest, vendorRoute, type ListPaging, type VendorHttp } from '../shared/transport';

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

function isObject(value: unknown): value is IDataObject {
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

/** The rows of a list answer: the array inside the resource container, or the resource itself. */
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

export const phoneBurnerPaging: ListPaging = {
	start(options, wanted) {
		const size = wanted === undefined ? 100 : Math.min(100, Math.max(1, wanted));
		options.qs = { ...(options.qs ?? {}), page: 1, page_size: size };
	},
	read(body, options) {
		const { rows, container } = rowsOf(body);
		const qs = options.qs as IDataObject;
		const page = Number(qs.page ?? 1);
		const size = Number(qs.page_size ?? 100);
		const totalPages = Number(container?.total_pages);
		let more = rows.length >= size && rows.length > 0;
		if (Number.isFinite(totalPages) && container?.total_pages !== undefined)
			more = page < totalPages && rows.length > 0;
		if (more) qs.page = page + 1;
		return { items: rows, more };
	},
};

/** postReceive: output the resource itself, not the envelope; list answers become one item per row. */
export async function unwrapResponse(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	void items;
	if (response.statusCode === 204 || response.body === undefined || response.body === '') {
		return [{ json: { success: true } }];
	}
	const { rows } = rowsOf(response.body);
	const inner = unwrapEnvelope(response.body);
	if (isObject(inner) && rows.length === 1) return [{ json: rows[0] }];
	if (rows.length === 0 && !isObject(inner))
		return [{ json: { success: true, result: inner as string } }];
	if (rows.length === 0) return [{ json: inner as IDataObject }];
	return rows.map((json) => ({ json }));
}

/** preSend: every named path id must be filled in. */
/**
 * preSend: the path with its IDs filled in (each checked: not empty, a phone number where one
 * is wanted), without an expression per item.
 */
export function fillPath(resource: string, path: string) {
	return async function sendToPath(
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const values = new Map<string, string>();
		for (const [, name] of path.matchAll(/\{(\w+)\}/g)) {
			const label = ID_LABELS[name] ?? name;
			const value = String(
				this.getNodeParameter(parameterName(resource, name), '', { skipValidation: true }) ?? '',
			).trim();
			checkIdValue(this, name, label, value);
			values.set(name, value);
		}
		requestOptions.url = path.replace(/\{(\w+)\}/g, (_match, name: string) =>
			encodeURIComponent(values.get(name) ?? ''),
		);
		return requestOptions;
	};
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
	if (name === 'phoneNumber' && !/^\+?[\d\s().-]{7,20}$/.test(value)) {
		throw new NodeOperationError(
			context.getNode(),
			`The "${label}" field is not a phone number: ${value}`,
			{
				itemIndex: context.getItemIndex(),
			},
		);
	}
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

/** preSend: merges the JSON "Fields" parameter and named fields into the body, checking emails and phones. */
export async function buildBody(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const body: IDataObject = { ...((requestOptions.body as IDataObject) ?? {}) };
	const resource = this.getNodeParameter('resource', '') as string;
	const extra = this.getNodeParameter(
		parameterName(resource, 'additionalFields'),
		{},
	) as IDataObject;
	for (const [key, value] of Object.entries(extra ?? {})) {
		if (key === 'jsonFields') continue;
		if (typeof value === 'boolean') body[key] = value ? 1 : 0;
		else if (value !== '' && value !== undefined && value !== null) body[key] = value;
	}
	const raw = extra?.jsonFields;
	if (raw !== undefined && raw !== '') {
		let parsed: unknown = raw;
		if (typeof raw === 'string') {
			try {
				parsed = JSON.parse(raw);
			} catch {
				throw new NodeOperationError(
					this.getNode(),
					'The "Other Fields (JSON)" field is not valid JSON',
					{
						itemIndex: this.getItemIndex(),
					},
				);
			}
		}
		if (!isObject(parsed)) {
			throw new NodeOperationError(
				this.getNode(),
				'The "Other Fields (JSON)" field must be a JSON object',
				{
					itemIndex: this.getItemIndex(),
				},
			);
		}
		Object.assign(body, parsed);
	}
	checkValues(this, body);
	requestOptions.body = body;
	return requestOptions;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s().-]{7,20}$/;

function checkValues(context: IExecuteSingleFunctions, body: IDataObject) {
	for (const key of ['email', 'email_address']) {
		if (body[key] !== undefined && !EMAIL.test(String(body[key]))) {
			throw new NodeOperationError(
				context.getNode(),
				`The "${key}" field is not a valid email address: ${String(body[key])}`,
				{
					itemIndex: context.getItemIndex(),
				},
			);
		}
	}
	for (const key of ['phone', 'raw_phone', 'phone_number']) {
		if (body[key] !== undefined && !PHONE.test(String(body[key]))) {
			throw new NodeOperationError(
				context.getNode(),
				`The "${key}" field is not a phone number: ${String(body[key])}`,
				{
					itemIndex: context.getItemIndex(),
				},
			);
		}
	}
}

/** preSend for list filters: copies `filters` into the query string (booleans as 1/0). */
export async function buildFilters(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const filters = this.getNodeParameter('filters', {}) as IDataObject;
	const qs: IDataObject = { ...(requestOptions.qs ?? {}) };
	for (const [key, value] of Object.entries(filters ?? {})) {
		if (value === '' || value === undefined || value === null) continue;
		if (typeof value === 'boolean') qs[key] = value ? 1 : 0;
		else if (key === 'email_address' && !EMAIL.test(String(value))) {
			throw new NodeOperationError(
				this.getNode(),
				`The "Email Address" filter is not a valid email address: ${String(value)}`,
				{
					itemIndex: this.getItemIndex(),
				},
			);
		} else qs[key] = value;
	}
	requestOptions.qs = qs;
	return requestOptions;
}

export interface OperationSpec {
	name: string;
	value: string;
	action: string;
	description: string;
	method: IHttpRequestMethods;
	/** Path with `{param}` placeholders named after node parameters. */
	path: string;
	list?: boolean;
	body?: boolean;
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
			// Paths with IDs are filled in by `fillPath`.
			const url = spec.path;
			const preSend = [
				...(params.length ? [fillPath(resource, spec.path)] : []),
				...(spec.preSend ?? []),
				...(spec.body ? [buildBody] : []),
			];
			const extra = spec.batching ? { batching: spec.batching } : {};
			return {
				name: spec.name,
				value: spec.value,
				action: spec.action,
				description: spec.description,
				routing: phoneBurnerRoute(spec.method, url, {
					...(spec.list ? { paging: phoneBurnerPaging } : { postReceive: [unwrapResponse] }),
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
			displayName: method ? `${ID_LABELS[name]} Name or ID` : (ID_LABELS[name] ?? name),
			name: parameterName(resource, name),
			type: method ? 'options' : 'string',
			...(method ? { typeOptions: { loadOptionsMethod: method } } : {}),
			default: '',
			required: true,
			description: method
				? 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>'
				: `The ${ID_LABELS[name] ?? name} to use`,
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

async function listNames(
	context: ILoadOptionsFunctions,
	url: string,
	nameKeys: string[],
	idKeys: string[],
): Promise<INodePropertyOptions[]> {
	const authentication = context.getNodeParameter('authentication', 'accessToken') as string;
	const credentialType = authentication === 'oAuth2' ? 'phoneBurnerOAuth2Api' : 'phoneBurnerApi';
	const credentials = await context.getCredentials(credentialType);
	const base = String(credentials.baseUrl ?? 'https://www.phoneburner.com/rest/1').replace(
		/\/+$/,
		'',
	);
	const body = await vendorRequest(context, phoneBurnerHttp, credentialType, {
		method: 'GET',
		url: `${base}${url}`,
		qs: { page: 1, page_size: 100 },
		json: true,
	});
	const { rows } = rowsOf(body);
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

export const loadOptions = {
	async getFolders(this: ILoadOptionsFunctions) {
		return await listNames(this, '/folders', ['folder_name', 'name'], ['folder_id', 'id']);
	},
	async getTags(this: ILoadOptionsFunctions) {
		return await listNames(this, '/tags', ['title', 'name'], ['id', 'tag_id']);
	},
	async getMembers(this: ILoadOptionsFunctions) {
		return await listNames(
			this,
			'/members',
			['username', 'email_address', 'first_name'],
			['user_id', 'id'],
		);
	},
	async getCustomFields(this: ILoadOptionsFunctions) {
		return await listNames(
			this,
			'/customfields',
			['display_name', 'name'],
			['custom_field_id', 'id'],
		);
	},
};
