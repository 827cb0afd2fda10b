import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeProperties,
} from 'n8n-workflow';

import { vendorRequest, vendorRoute, type ListPaging, type VendorHttp } from '../shared/transport';
import { digest, ZERO_TOKEN } from './OAuth1Signer';

export const CREDENTIAL_TYPE = 'callEmAllApi';

/**
 * A request header the credential's `authenticate` reads (and removes) to learn which token to
 * sign with: the one a login returned, or the all-zero token of the login call itself.
 */
export const TOKEN_HEADER = 'x-callemall-token';

function isObject(value: unknown): value is IDataObject {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export const callEmAllHttp: VendorHttp = {
	name: 'Call-Em-All',
	secretFields: { callEmAllApi: ['secretKey', 'authToken', 'pinCode'] },
	errorMessage(statusCode, body) {
		let message: string | undefined;
		if (isObject(body)) {
			const text = body.Message ?? body.message;
			if (typeof text === 'string' && text.trim() !== '') message = text.trim();
			else if (statusCode >= 400 && typeof body.ErrorName === 'string') message = body.ErrorName;
		} else if (statusCode >= 400 && typeof body === 'string' && body.trim() !== '') {
			if (!body.trim().startsWith('<')) message = body.trim().slice(0, 300);
		}
		if (statusCode < 400) return undefined;
		if (statusCode === 401) {
			return `${message ?? 'Unauthorized'} (check the App Key and Secret Key, or the Auth Token may have expired)`;
		}
		return message;
	},
};

export const callEmAllRoute = vendorRoute(callEmAllHttp);

const runCredentials = new WeakMap<object, Promise<IDataObject>>();

/**
 * The credential, read (decrypted) once per node run: the engine hands every item of a run the
 * same execute-data object.
 */
async function checkedCredentials(context: IExecuteSingleFunctions): Promise<IDataObject> {
	const key =
		typeof context.getExecuteData === 'function'
			? (context.getExecuteData() as unknown as object | undefined)
			: undefined;
	if (!key) return await readCheckedCredentials(context);
	let cached = runCredentials.get(key);
	if (!cached) {
		cached = readCheckedCredentials(context);
		runCredentials.set(key, cached);
	}
	return await cached;
}

async function readCheckedCredentials(context: IExecuteSingleFunctions): Promise<IDataObject> {
	const credentials = await context.getCredentials(CREDENTIAL_TYPE);
	for (const [field, label] of [
		['appKey', 'App Key'],
		['secretKey', 'Secret Key'],
	]) {
		if (String(credentials[field] ?? '').trim() === '') {
			throw new NodeOperationError(
				context.getNode(),
				`The Call-Em-All credential has no ${label}`,
				{
					description: 'Open the credential and fill in the keys of your Call-Em-All integration.',
				},
			);
		}
	}
	return credentials;
}

const loginTokens = new Map<string, Promise<string>>();

/** Forgets every cached login token (tests use it). */
export function clearLoginCache(): void {
	loginTokens.clear();
}

async function logIn(context: IExecuteSingleFunctions, credentials: IDataObject): Promise<string> {
	const baseUrl = String(credentials.baseUrl ?? '').replace(/\/+$/, '');
	const answer = await vendorRequest(context, callEmAllHttp, CREDENTIAL_TYPE, {
		method: 'POST',
		url: `${baseUrl}/v1/user/login`,
		headers: { [TOKEN_HEADER]: ZERO_TOKEN },
		body: { UserName: String(credentials.username), PinCode: String(credentials.pinCode) },
		json: true,
	});
	const token = isObject(answer) ? String(answer.AuthToken ?? '') : '';
	if (token === '') {
		throw new NodeOperationError(context.getNode(), 'Call-Em-All login returned no AuthToken');
	}
	return token;
}

/**
 * preSend of every operation: the credential must hold the keys, and either an Auth Token or
 * a user name and PIN (then the node logs in once per credential and reuses the token).
 */
export async function authorize(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const credentials = await checkedCredentials(this);
	if (String(credentials.authToken ?? '').trim() !== '') return requestOptions;
	const username = String(credentials.username ?? '').trim();
	const pin = String(credentials.pinCode ?? '');
	if (username === '' || pin === '') {
		throw new NodeOperationError(
			this.getNode(),
			'The Call-Em-All credential needs an Auth Token, or a user name and PIN to log in with',
		);
	}
	const key = digest(
		JSON.stringify([credentials.baseUrl, credentials.appKey, credentials.secretKey, username, pin]),
	);
	let token = loginTokens.get(key);
	if (!token) {
		token = logIn(this, credentials);
		loginTokens.set(key, token);
		token.catch(() => loginTokens.delete(key));
	}
	requestOptions.headers = { ...(requestOptions.headers ?? {}), [TOKEN_HEADER]: await token };
	return requestOptions;
}

/** preSend of the Log In operation: app-level signing with the all-zero token. */
export async function loginRequest(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const credentials = await checkedCredentials(this);
	const userName =
		String(this.getNodeParameter('userName', '') ?? '').trim() ||
		String(credentials.username ?? '').trim();
	const pinCode =
		String(this.getNodeParameter('pinCode', '') ?? '') || String(credentials.pinCode ?? '');
	if (userName === '' || pinCode === '') {
		throw new NodeOperationError(this.getNode(), 'A user name and PIN are needed to log in', {
			description: 'Fill them in here or in the credential.',
		});
	}
	requestOptions.headers = { ...(requestOptions.headers ?? {}), [TOKEN_HEADER]: ZERO_TOKEN };
	requestOptions.body = { UserName: userName, PinCode: pinCode };
	return requestOptions;
}

/** Turns a feed's `Next` link into a request URL under /v1 (the doc's example drops the /v1). */
export function nextUrl(next: string): string {
	const link = next.replace(/\s+/g, '');
	if (/^https?:\/\//i.test(link)) return link;
	const path = link.startsWith('/') ? link : `/${link}`;
	return path.startsWith('/v1/') ? path : `/v1${path}`;
}

/**
 * Feeds `{Size, Items, Previous, Next}`: follows `Next` until it is empty. Its query is part of
 * the link, so the request's own query is dropped for the following pages.
 */
export const feedPaging: ListPaging = {
	start(options, wanted) {
		const qs = (options.qs ?? {}) as IDataObject;
		if (wanted !== undefined && qs.pagesize === undefined) qs.pagesize = Math.min(wanted, 1000);
		options.qs = qs;
	},
	read(body, options) {
		const feed = isObject(body) ? body : {};
		const items = (Array.isArray(feed.Items) ? feed.Items : []).filter(isObject);
		const next = typeof feed.Next === 'string' ? feed.Next.trim() : '';
		const more = next !== '' && items.length > 0;
		if (more) {
			options.url = nextUrl(next);
			options.qs = {};
		}
		return { items, more };
	},
};

/** A required id parameter, checked before any request. */
export function requireId(parameter: string, label: string) {
	return async function checkId(
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const value = String(
			this.getNodeParameter(parameter, '', { skipValidation: true }) ?? '',
		).trim();
		if (value === '') {
			throw new NodeOperationError(this.getNode(), `${label} is required`);
		}
		// Paths are plain templates: the ID goes in here, with no expression per item.
		if (requestOptions.url) {
			requestOptions.url = requestOptions.url.replace(`{${parameter}}`, encodeURIComponent(value));
		}
		return requestOptions;
	};
}

/** Numeric ids from "2, 14" or an array. */
export function parseIds(value: unknown): number[] {
	const parts = Array.isArray(value) ? value : String(value ?? '').split(/[\s,;]+/);
	return parts
		.map((part) => String(part).trim())
		.filter((part) => part !== '')
		.map((part) => Number(part))
		.filter((id) => Number.isInteger(id) && id > 0);
}

/** preSend for list operations: sort, raw filters (`Field~gte~value`) and extra query values. */
export async function listQuery(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const options = this.getNodeParameter('options', {}) as IDataObject;
	const qs: IDataObject = { ...((requestOptions.qs as IDataObject) ?? {}) };
	if (typeof options.sortBy === 'string' && options.sortBy.trim() !== '') {
		qs.sortby = options.sortBy.trim();
	}
	if (options.pageSize !== undefined && options.pageSize !== '') qs.pagesize = options.pageSize;
	const extra = ((options.query as IDataObject)?.parameter as IDataObject[]) ?? [];
	for (const pair of extra) {
		const name = String(pair.name ?? '').trim();
		if (name !== '') qs[name] = pair.value ?? '';
	}
	const ranges: string[] = [];
	for (const [key, field, op] of [
		['startDateFrom', 'StartDate', 'gte'],
		['startDateTo', 'StartDate', 'lte'],
	]) {
		if (typeof options[key] === 'string' && options[key] !== '') {
			ranges.push(`${field}~${op}~${String(options[key]).slice(0, 10)}`);
		}
	}
	if (typeof options.dateFrom === 'string' && options.dateFrom !== '') {
		qs['date-from'] = options.dateFrom.slice(0, 10);
	}
	if (typeof options.broadcastStatus === 'string' && options.broadcastStatus !== '') {
		qs.BroadcastStatus = options.broadcastStatus;
	}
	if (ranges.length) {
		// Range filters have no value part, so they go into the URL as written.
		const url = String(requestOptions.url ?? '');
		requestOptions.url = `${url}${url.includes('?') ? '&' : '?'}${ranges.join('&')}`;
	}
	requestOptions.qs = qs;
	return requestOptions;
}

const MONTHS_TIME = (date: {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
}): string => {
	const suffix = date.hour >= 12 ? 'PM' : 'AM';
	const hour12 = date.hour % 12 === 0 ? 12 : date.hour % 12;
	return `${date.month}/${date.day}/${date.year} ${hour12}:${String(date.minute).padStart(2, '0')}${suffix}`;
};

/**
 * A start date in the API's format, "2/1/2020 1:15PM". ISO wall-clock times are taken as
 * written; an instant with a zone is shown in `timezone`. Undefined when it does not parse.
 */
export function toCallEmAllDate(value: string, timezone = 'UTC'): string | undefined {
	const text = value.trim();
	if (/^\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d{2}\s?(AM|PM)$/i.test(text)) {
		return text.replace(/\s?(AM|PM)$/i, (m) => m.trim().toUpperCase());
	}
	const match =
		/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(
			text,
		);
	if (!match) return undefined;
	const [, y, mo, d, h = '0', mi = '0', zone] = match;
	if (!zone) {
		const parts = { year: +y, month: +mo, day: +d, hour: +h, minute: +mi };
		if (parts.month < 1 || parts.month > 12 || parts.day < 1 || parts.day > 31) return undefined;
		if (parts.hour > 23 || parts.minute > 59) return undefined;
		return MONTHS_TIME(parts);
	}
	const instant = new Date(text);
	if (Number.isNaN(instant.getTime())) return undefined;
	const shown = new Intl.DateTimeFormat('en-US', {
		timeZone: timezone,
		year: 'numeric',
		month: 'numeric',
		day: 'numeric',
		hour: 'numeric',
		minute: 'numeric',
		hourCycle: 'h23',
	}).formatToParts(instant);
	const part = (type: string) => Number(shown.find((p) => p.type === type)?.value ?? 0);
	return MONTHS_TIME({
		year: part('year'),
		month: part('month'),
		day: part('day'),
		hour: part('hour'),
		minute: part('minute'),
	});
}

export const BROADCAST_TYPES = [
	'Announcement',
	'SMS',
	'SMSAndAnnouncement',
	'SMSAndSurvey',
	'Survey',
	'TransferAndConnect',
];

const VOICE_TYPES = new Set([
	'Announcement',
	'SMSAndAnnouncement',
	'SMSAndSurvey',
	'Survey',
	'TransferAndConnect',
]);
const TEXT_TYPES = new Set(['SMS', 'SMSAndAnnouncement', 'SMSAndSurvey']);

const PHONE_KEYS = [
	'PrimaryPhone',
	'primaryPhone',
	'Phone',
	'phone',
	'PhoneNumber',
	'phoneNumber',
	'number',
];

/** One contact in the API's shape, from a loosely named object. */
export function toContact(source: IDataObject): IDataObject {
	const contact: IDataObject = {};
	const phone = PHONE_KEYS.map((key) => source[key]).find(
		(value) => value !== undefined && value !== null && String(value).trim() !== '',
	);
	if (phone !== undefined) contact.PrimaryPhone = String(phone).trim();
	const names: Array<[string, string[]]> = [
		['FirstName', ['FirstName', 'firstName', 'first_name']],
		['LastName', ['LastName', 'lastName', 'last_name']],
		['Notes', ['Notes', 'notes']],
		['IntegrationData', ['IntegrationData', 'integrationData']],
		['SecondaryPhone', ['SecondaryPhone', 'secondaryPhone']],
		['TertiaryPhone', ['TertiaryPhone', 'tertiaryPhone']],
	];
	for (const [target, keys] of names) {
		const value = keys.map((key) => source[key]).find((v) => v !== undefined && v !== null);
		if (value !== undefined) contact[target] = String(value);
	}
	return contact;
}

/** The contact of the current item: the mapped fields win over what the item itself has. */
function itemContact(context: IExecuteSingleFunctions): IDataObject {
	const contact = toContact(context.getInputData().json);
	const mapped: Array<[string, string]> = [
		['contactPhone', 'PrimaryPhone'],
		['contactFirstName', 'FirstName'],
		['contactLastName', 'LastName'],
		['contactNotes', 'Notes'],
	];
	for (const [parameter, field] of mapped) {
		const value = String(context.getNodeParameter(parameter, '') ?? '').trim();
		if (value !== '') contact[field] = value;
	}
	return contact;
}

function parseJsonParameter(
	context: IExecuteSingleFunctions,
	value: unknown,
	label: string,
): unknown {
	if (typeof value !== 'string') return value;
	if (value.trim() === '') return undefined;
	try {
		return JSON.parse(value);
	} catch {
		throw new NodeOperationError(context.getNode(), `${label} is not valid JSON`);
	}
}

/** preSend of Broadcast › Create: checks the input and builds the request body. */
export async function buildBroadcast(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const node = this.getNode();
	const type = String(this.getNodeParameter('broadcastType', ''));
	if (!BROADCAST_TYPES.includes(type)) {
		throw new NodeOperationError(node, `Unknown broadcast type "${type}"`, {
			description: `Use one of: ${BROADCAST_TYPES.join(', ')}`,
		});
	}
	const body: IDataObject = {
		BroadcastName: String(this.getNodeParameter('broadcastName', '')),
		BroadcastType: type,
	};

	const source = String(this.getNodeParameter('contactSource', 'allItems'));
	if (source === 'lists') {
		const ids = parseIds(this.getNodeParameter('listIds', ''));
		if (ids.length) body.Lists = ids.map((ListID) => ({ ListID }));
	} else if (source === 'json') {
		const parsed = parseJsonParameter(
			this,
			this.getNodeParameter('contactsJson', '[]'),
			'Contacts',
		);
		const rows = Array.isArray(parsed) ? parsed : isObject(parsed) ? [parsed] : [];
		const contacts = rows
			.filter(isObject)
			.map(toContact)
			.filter((c) => c.PrimaryPhone);
		if (contacts.length) body.Contacts = contacts;
	} else {
		// 'allItems' or 'item': this item's contact, from the mapped fields or its own fields.
		const contact = itemContact(this);
		if (!contact.PrimaryPhone) {
			throw new NodeOperationError(node, `Item ${this.getItemIndex() + 1} has no phone number`, {
				itemIndex: this.getItemIndex(),
				description:
					'Map the Phone field, or give the item a PrimaryPhone, Phone or PhoneNumber field.',
			});
		}
		body.Contacts = [contact];
	}
	if (!body.Lists && !body.Contacts) {
		throw new NodeOperationError(node, 'The broadcast has no contacts', {
			description:
				'Give at least one contact list ID, or contacts with a phone number (PrimaryPhone, Phone or PhoneNumber).',
		});
	}

	if (VOICE_TYPES.has(type)) {
		const audioId = String(this.getNodeParameter('audioId', '') ?? '').trim();
		if (audioId === '') throw new NodeOperationError(node, `A ${type} broadcast needs an audio ID`);
		body.Audio = { AudioID: audioId };
	}
	if (TEXT_TYPES.has(type)) {
		const text = String(this.getNodeParameter('textMessage', '') ?? '');
		if (text.trim() === '')
			throw new NodeOperationError(node, `A ${type} broadcast needs a text message`);
		body.TextMessage = text;
	}
	if (type === 'TransferAndConnect') {
		const settings = parseJsonParameter(
			this,
			this.getNodeParameter('transferSettings', '{}'),
			'Transfer Settings',
		);
		body.TransferAndConnect = isObject(settings) ? settings : {};
	}

	const extra = this.getNodeParameter('additionalFields', {}) as IDataObject;
	if (extra.startDate !== undefined && String(extra.startDate).trim() !== '') {
		const date = toCallEmAllDate(String(extra.startDate), this.getTimezone());
		if (!date) {
			throw new NodeOperationError(
				node,
				`The start date "${String(extra.startDate)}" is not a date`,
				{
					description: 'Use a date such as 2024-02-01T13:15:00, or the API form 2/1/2024 1:15PM.',
				},
			);
		}
		body.StartDate = date;
	}
	const copy: Array<[string, string]> = [
		['callerId', 'CallerID'],
		['checkCallingWindow', 'CheckCallingWindow'],
		['continueOnNextDay', 'ContinueOnNextDay'],
		['retryTimes', 'RetryTimes'],
		['callThrottle', 'CallThrottle'],
		['maxMessageLength', 'MaxMessageLength'],
		['textNumberId', 'TextNumberID'],
		['primaryPhoneNumbersOnly', 'PrimaryPhoneNumbersOnly'],
		['draftBroadcastId', 'DraftBroadcastID'],
	];
	for (const [from, to] of copy) {
		if (extra[from] !== undefined && extra[from] !== '') body[to] = extra[from];
	}
	if (typeof extra.voicemailAudioId === 'string' && extra.voicemailAudioId.trim() !== '') {
		body.AudioVM = { AudioID: extra.voicemailAudioId.trim() };
	}
	const excluded = parseIds(extra.excludedContactIds);
	if (excluded.length) body.ExcludedContacts = excluded.map((PersonID) => ({ PersonID }));
	requestOptions.body = body;
	return requestOptions;
}

/** preSend: a body of contact IDs (`[{PersonID}]`); empty means "all" as the doc says. */
export async function contactIdsBody(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const ids = parseIds(this.getNodeParameter('contactIds', ''));
	const all = this.getNodeParameter('all', false) as boolean;
	if (!all && ids.length === 0) {
		throw new NodeOperationError(this.getNode(), 'Give the contact IDs, or turn on "All Contacts"');
	}
	if (all) delete requestOptions.body;
	else requestOptions.body = ids.map((PersonID) => ({ PersonID }));
	return requestOptions;
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

/** postReceive for DELETE answers with no body: one item saying it worked. */
export async function deleted(
	this: IExecuteSingleFunctions,
	items: Array<{ json: IDataObject }>,
): Promise<Array<{ json: IDataObject }>> {
	return items.map((item) =>
		Object.keys(item.json ?? {}).length ? item : { ...item, json: { success: true } },
	);
}

/** Return All, Limit and the list options shared by every feed operation. */
export function listFields(
	resource: string,
	operation: string,
	extraOptions: INodeProperties[] = [],
): INodeProperties[] {
	const show = { resource: [resource], operation: [operation] };
	const options: INodeProperties[] = [
		{
			displayName: 'Extra Query Parameters',
			name: 'query',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			default: {},
			description:
				'Filters the API accepts as query parameters, e.g. a field name and the value it must equal',
			options: [
				{
					displayName: 'Parameter',
					name: 'parameter',
					values: [
						{ displayName: 'Name', name: 'name', type: 'string', default: '' },
						{ displayName: 'Value', name: 'value', type: 'string', default: '' },
					],
				},
			],
		},
		{
			displayName: 'Page Size',
			name: 'pageSize',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 100,
			description: 'How many records each request asks for',
		},
		{
			displayName: 'Sort By',
			name: 'sortBy',
			type: 'string',
			default: '',
			placeholder: 'e.g. -StartDate,CreatedDate',
			description:
				'Fields to sort by, separated by commas; a minus sign sorts that field newest or largest first',
		},
		...extraOptions,
	];
	options.sort((a, b) => a.displayName.localeCompare(b.displayName));
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
			displayOptions: { show },
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			default: 50,
			typeOptions: { minValue: 1 },
			description: 'Max number of results to return',
			displayOptions: { show: { ...show, returnAll: [false] } },
		},
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			displayOptions: { show },
			options,
		},
	];
}

/** A required string parameter holding a record ID. */
export function idField(
	resource: string,
	operations: string[],
	name: string,
	displayName: string,
	description: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		required: true,
		default: '',
		description,
		displayOptions: { show: { resource: [resource], operation: operations } },
	};
}

/**
 * One request from a trigger (not a declarative operation): the same login, OAuth 1.0a signing,
 * retries, error check and secret redaction as the node. A URL starting with "/" goes to the
 * credential's base URL.
 */
export async function callEmAllRequest(
	context: Parameters<typeof vendorRequest>[0],
	options: IHttpRequestOptions,
): Promise<unknown> {
	const credentials = await context.getCredentials(CREDENTIAL_TYPE);
	const baseUrl = String(credentials.baseUrl || 'https://rest.text-em-all.com').replace(/\/+$/, '');
	const url = String(options.url ?? '');
	const request: IHttpRequestOptions = {
		json: true,
		...options,
		headers: { Accept: 'application/json', ...(options.headers ?? {}) },
		url: /^https?:\/\//i.test(url) ? url : `${baseUrl}${url.startsWith('/') ? '' : '/'}${url}`,
	};
	// `authorize` reads only the credential and the node, which every context has.
	const signed = await authorize.call(context as unknown as IExecuteSingleFunctions, request);
	return await vendorRequest(context, callEmAllHttp, CREDENTIAL_TYPE, signed);
}
