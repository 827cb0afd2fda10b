import {
	NodeApiError,
	NodeOperationError,
	type DeclarativeRestApiSettings,
	type IDataObject,
	type IExecutePaginationFunctions,
	type IExecuteSingleFunctions,
	type IHttpRequestMethods,
	type IHttpRequestOptions,
	type INodeExecutionData,
	type INodeProperties,
	type INodePropertyRouting,
	type INode,
} from 'n8n-workflow';

import {
	redactItems,
	redactOutput,
	redactOutputText,
	redactText,
	redactValue,
} from '../shared/secrets';
import { vendorRequest, vendorRoute, type ListPaging, type VendorHttp } from '../shared/transport';
import { ZERO_TOKEN } from './OAuth1Signer';
import {
	baseUrlOf,
	CallEmAllLoginError,
	clearSessions,
	hasLogin,
	LOGIN_HINT,
	loginFailedSince,
	logsIn,
	markRefused,
	REFUSED_TOKEN_HEADER,
	RELOGIN_HINT,
	sessionToken,
	TOKEN_HINT,
	usableSavedToken,
	vendorMessage,
} from './Session';

export const CREDENTIAL_TYPE = 'callEmAllApi';

/**
 * A request header the credential's `authenticate` reads (and removes) to learn which token to
 * sign with: the one a login returned, or the all-zero token of the login call itself.
 */
export const TOKEN_HEADER = 'x-callemall-token';

/** The most records one feed page is asked for; Return All asks for this many per page. */
export const MAX_PAGE_SIZE = 1000;

function isObject(value: unknown): value is IDataObject {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Call-Em-All for the shared request pipeline. The PIN is not among the secret fields: it only
 * travels in the login call, whose errors this file clears of it (see `hidePin`), and a short
 * PIN replaced everywhere would cut phone numbers in every output.
 */
export const callEmAllHttp: VendorHttp = {
	name: 'Call-Em-All',
	secretFields: { callEmAllApi: ['secretKey', 'authToken', 'sessionToken'] },
	defaultBaseUrl: 'https://rest.text-em-all.com',
	errorMessage(statusCode, body) {
		if (statusCode < 400) return undefined;
		const message = vendorMessage(statusCode, body);
		if (statusCode === 401) return `${message ?? 'Unauthorized'} (${TOKEN_HINT})`;
		return message;
	},
};

/** The Log In operation: a 401 there means the user name or PIN (or the keys) are wrong. */
const callEmAllLoginHttp: VendorHttp = {
	...callEmAllHttp,
	errorMessage(statusCode, body) {
		if (statusCode < 400) return undefined;
		const message = vendorMessage(statusCode, body);
		if (statusCode === 401) return `${message ?? 'Unauthorized'} (${LOGIN_HINT})`;
		return message;
	},
};

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

/** Forgets every cached login token (tests use it). */
export function clearLoginCache(): void {
	clearSessions();
}

interface RequestContext {
	getNode(): INode;
	helpers: { httpRequest(options: IHttpRequestOptions): Promise<unknown> };
}

/** The login token of a user-name-and-PIN credential, as a NodeApiError when the login fails. */
async function loginToken(
	context: RequestContext,
	credentials: IDataObject,
	refused?: string,
): Promise<string> {
	const outcome = await sessionToken(
		async (options) => await context.helpers.httpRequest(options),
		credentials,
		refused,
	).then(
		(token) => ({ token, failure: undefined }),
		(failure: unknown) => ({ token: undefined, failure }),
	);
	if (outcome.token !== undefined) return outcome.token;
	throw loginError(
		context,
		outcome.failure instanceof CallEmAllLoginError ? outcome.failure : undefined,
	);
}

function loginError(context: RequestContext, login: CallEmAllLoginError | undefined): NodeApiError {
	return new NodeApiError(
		context.getNode(),
		{},
		{
			message: login?.message ?? 'The Call-Em-All login failed',
			description: 'The Call-Em-All login (POST /v1/user/login) failed',
			httpCode: login?.httpCode,
		},
	);
}

/**
 * The headers of a request sent again after Call-Em-All refused `refused`: the credential signs
 * it with the saved token, or has n8n renew that first (see the credential's `authenticate`).
 */
function afterRefusal(headers: IDataObject, refused: string): IDataObject {
	markRefused(refused);
	const { [TOKEN_HEADER]: dropped, ...rest } = headers;
	void dropped;
	return { ...rest, [REFUSED_TOKEN_HEADER]: refused };
}

/**
 * preSend of every operation: the credential must hold the keys, and either an Auth Token or
 * a user name and PIN. Then the token saved in the credential (n8n's database) is used; the
 * node logs in only when there is none yet, and n8n saves that login's token for every process.
 */
export async function authorize(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const credentials = await checkedCredentials(this);
	if (!logsIn(credentials)) return requestOptions;
	if (!hasLogin(credentials)) {
		throw new NodeOperationError(
			this.getNode(),
			'The Call-Em-All credential needs an Auth Token, or a user name and PIN to log in with',
		);
	}
	const token =
		usableSavedToken(credentials) ??
		(await loginToken(this, credentials, String(credentials.sessionToken ?? '')));
	requestOptions.headers = { ...(requestOptions.headers ?? {}), [TOKEN_HEADER]: token };
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

function httpStatusOf(error: unknown): number | undefined {
	const status = Number((error as { httpCode?: unknown } | undefined)?.httpCode);
	return Number.isInteger(status) && status > 0 ? status : undefined;
}

/** The message of a second refusal: the vendor's words and the likely cause. */
function refusedAgain(error: unknown): string {
	const source = error as { cause?: unknown; message?: unknown };
	const fromBody = isObject(source?.cause) ? vendorMessage(401, source.cause) : undefined;
	const fromMessage =
		typeof source?.message === 'string'
			? source.message.replace(` (${TOKEN_HINT})`, '').trim()
			: '';
	return `${fromBody ?? (fromMessage || 'Unauthorized')} (${RELOGIN_HINT})`;
}

/** The PINs a request carries in its body (a login, or an account user's PinCode). */
function pinsInBody(body: unknown): string[] {
	if (!isObject(body)) return [];
	return typeof body.PinCode === 'string' && body.PinCode !== '' ? [body.PinCode] : [];
}

/**
 * Takes the PIN out of an error, in place (the pipeline keeps the error's Retry-After by its
 * identity). Where the request carried a PIN it is removed wherever it appears; elsewhere it
 * cannot have come from this request, so only a PIN long enough to be unambiguous is.
 */
function hidePin(error: unknown, credentials: IDataObject, body: unknown): void {
	if (error === null || typeof error !== 'object') return;
	const target = error as { message?: unknown; description?: unknown; cause?: unknown };
	const sent = pinsInBody(body);
	const pin = typeof credentials.pinCode === 'string' ? [credentials.pinCode] : [];
	const strict = sent.length > 0;
	const pins = [...sent, ...pin].filter((value) => value.length >= 3);
	if (pins.length === 0) return;
	const text = (value: string) =>
		strict ? redactText(value, pins) : redactOutputText(value, pins);
	if (typeof target.message === 'string') target.message = text(target.message);
	if (typeof target.description === 'string') target.description = text(target.description);
	if (target.cause !== undefined && !(target.cause instanceof Error)) {
		target.cause = strict ? redactValue(target.cause, pins) : redactOutput(target.cause, pins);
	}
}

type Transport = (
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
) => Promise<INodeExecutionData[]>;

type Outcome = { items: INodeExecutionData[]; failure?: undefined } | { failure: unknown };

async function attempt(
	context: IExecutePaginationFunctions,
	send: IExecutePaginationFunctions['makeRoutingRequest'],
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<Outcome> {
	return await send.call(context, requestData).then(
		(items) => ({ items }),
		(failure: unknown) => ({ failure }),
	);
}

/**
 * One attempt of an operation's request. A login token Call-Em-All refuses (401) is replaced
 * by one new login (through n8n's pre-authentication, which saves it to the credential) and the
 * request sent once more; a second refusal is reported with its likely cause. Errors leave here
 * without the PIN, otherwise as the pipeline made them (it reads their status and Retry-After to
 * decide on retries).
 */
async function sendRenewing(
	context: IExecutePaginationFunctions,
	send: IExecutePaginationFunctions['makeRoutingRequest'],
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	const credentials = await checkedCredentials(context);
	const options = requestData.options;
	let outcome = await attempt(context, send, requestData);
	if ('items' in outcome) return outcome.items;
	const headers = (options.headers ?? {}) as IDataObject;
	const used = typeof headers[TOKEN_HEADER] === 'string' ? headers[TOKEN_HEADER] : '';
	if (httpStatusOf(outcome.failure) === 401 && used !== '' && used !== ZERO_TOKEN) {
		const renewing = Date.now();
		options.headers = afterRefusal(headers, used);
		outcome = await attempt(context, send, requestData);
		if ('items' in outcome) return outcome.items;
		const login = loginFailedSince(credentials, renewing);
		if (login) throw loginError(context, login);
		if (httpStatusOf(outcome.failure) === 401) {
			(outcome.failure as Error).message = refusedAgain(outcome.failure);
		}
	}
	hidePin(outcome.failure, credentials, options.body);
	throw outcome.failure;
}

/** Wraps an operation's executor so each of its requests goes through `sendRenewing`. */
function withSession(transport: Transport): Transport {
	return async function sendWithSession(this: IExecutePaginationFunctions, requestData) {
		const send = this.makeRoutingRequest;
		const session = Object.create(this, {
			makeRoutingRequest: {
				value: async (data: DeclarativeRestApiSettings.ResultOptions) =>
					await sendRenewing(this, send, data),
			},
		}) as IExecutePaginationFunctions;
		const items = await transport.call(session, requestData);
		// A PIN sent as a field (Account User) and echoed back is not shown either.
		const pins = [...pinsInBody(requestData.options.body)];
		const credentials = await checkedCredentials(this);
		if (typeof credentials.pinCode === 'string' && credentials.pinCode.length >= 3) {
			pins.push(credentials.pinCode);
		}
		return pins.length ? redactItems(items, pins) : items;
	};
}

type RouteExtra = NonNullable<Parameters<ReturnType<typeof vendorRoute>>[2]> & {
	/** The login call itself: its 401 names the user name and PIN. */
	login?: boolean;
	/**
	 * A delete of many contacts (see `contactIdsRequest`): one request per contact ID by
	 * default, and every request checked by `unsafeDelete` before it leaves.
	 */
	contactIds?: boolean;
};

const routes = { plain: vendorRoute(callEmAllHttp), login: vendorRoute(callEmAllLoginHttp) };
const sessionTransports = new WeakMap<Transport, Transport>();
const perIdTransports = new WeakMap<Transport, Transport>();

/** Routing of one Call-Em-All operation: the shared pipeline, with the login session on top. */
export function callEmAllRoute(
	method: IHttpRequestMethods,
	url: string,
	extra: RouteExtra = {},
): INodePropertyRouting {
	const { login, contactIds, ...rest } = extra;
	const routing = (login ? routes.login : routes.plain)(method, url, rest);
	let transport = routing.operations?.pagination as Transport;
	if (contactIds) {
		let perId = perIdTransports.get(transport);
		if (!perId) {
			perId = deleteByContactIds(transport);
			perIdTransports.set(transport, perId);
		}
		transport = perId;
	}
	let wrapped = sessionTransports.get(transport);
	if (!wrapped) {
		wrapped = withSession(transport);
		sessionTransports.set(transport, wrapped);
	}
	routing.operations = { ...routing.operations, pagination: wrapped };
	return routing;
}

/**
 * Turns a feed's `Next` link into a request URL under /v1 (the doc's example drops the /v1).
 * Only the ends are trimmed, and spaces around the "?" and "&" between parameters (the doc's
 * example has "& BroadcastStatus=…"); spaces inside values are kept.
 */
export function nextUrl(next: string): string {
	const link = next.trim().replace(/\s*([?&])\s*/g, '$1');
	if (/^https?:\/\//i.test(link)) return link;
	const path = link.startsWith('/') ? link : `/${link}`;
	return path.startsWith('/v1/') ? path : `/v1${path}`;
}

/**
 * Feeds `{Size, Items, Previous, Next}`: follows `Next` until it is empty. Its query is part of
 * the link, so the request's own query is dropped for the following pages. Without a Page Size
 * the first request asks for the Limit, or for `MAX_PAGE_SIZE` with Return All.
 */
export const feedPaging: ListPaging = {
	start(options, wanted) {
		const qs = (options.qs ?? {}) as IDataObject;
		if (qs.pagesize === undefined) {
			qs.pagesize = wanted === undefined ? MAX_PAGE_SIZE : Math.min(wanted, MAX_PAGE_SIZE);
		}
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

/**
 * A required ID parameter for the path, checked before any request. Every ID the doc names is
 * an Integer (UserID, BroadcastID, PersonID, ListID), so only a whole number of at least `min`
 * is accepted: anything else could change the path, e.g. "." turns `/v1/contacts/.` into
 * `/v1/contacts/`, the endpoint that deletes every contact. The system lists have IDs of 0 and
 * below (Everyone 0, Unfiled -1, Deleted -2), so list IDs take `min` -2.
 */
export function requireId(parameter: string, label: string, min = 1) {
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
		const id = Number(value);
		if (!/^-?\d+$/.test(value) || !Number.isSafeInteger(id) || id < min) {
			throw new NodeOperationError(this.getNode(), `${label} "${value}" is not an ID`, {
				description: `${label} is a whole number${min === 1 ? ' above 0' : ''}. Nothing was sent.`,
				itemIndex: this.getItemIndex(),
			});
		}
		// Paths are plain templates: the ID goes in here, with no expression per item.
		if (requestOptions.url) {
			requestOptions.url = requestOptions.url.replace(`{${parameter}}`, encodeURIComponent(value));
		}
		return requestOptions;
	};
}

/**
 * preSend of Contact List › Delete: a system list (Everyone 0, Unfiled -1, Deleted -2) is not
 * deleted. The doc's Delete Contact List speaks of "a single contact list"; what deleting the
 * Everyone list would do (every contact?) it does not say, so the node does not try.
 */
export async function userListOnly(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const value = String(this.getNodeParameter('listId', '', { skipValidation: true }) ?? '').trim();
	if (/^-?\d+$/.test(value) && Number(value) <= 0) {
		const name = { '0': 'Everyone', '-1': 'Unfiled', '-2': 'Deleted' }[value] ?? 'system';
		throw new NodeOperationError(
			this.getNode(),
			`Contact List ID ${value} is the ${name} list, which is not deleted`,
			{
				description:
					'Only your own contact lists (IDs above 0) are deleted. To delete contacts, use Contact › Delete Many; to empty the Deleted folder, use Empty Deleted Folder.',
				itemIndex: this.getItemIndex(),
			},
		);
	}
	return requestOptions;
}

/**
 * Whole-number IDs from "2, 14", "[2, 14]", a number or an array, in order and without
 * repeats. Nothing is dropped quietly: the first entry that is not a whole number of at least
 * `min` comes back as `wrong`.
 */
export function readIds(value: unknown, min = 1): { ids: number[]; wrong?: string } {
	let parts: unknown[];
	if (Array.isArray(value)) parts = value;
	else if (typeof value !== 'string') parts = [value];
	else {
		const text = String(value ?? '').trim();
		parts = text.replace(/^\[(.*)\]$/s, '$1').split(/[\s,;]+/);
	}
	const ids: number[] = [];
	for (const part of parts) {
		const text =
			typeof part === 'object' && part !== null ? JSON.stringify(part) : String(part ?? '');
		const entry = text.trim();
		if (entry === '') continue;
		const id = Number(entry);
		if (!/^-?\d+$/.test(entry) || !Number.isSafeInteger(id) || id < min) {
			return { ids, wrong: entry };
		}
		if (!ids.includes(id)) ids.push(id);
	}
	return { ids };
}

/** List options sent as plain `Field=value` filters (the doc's `BroadcastStatus=Completed`). */
export const EQUALITY_FILTERS: Record<string, string> = {
	broadcastStatus: 'BroadcastStatus',
	broadcastType: 'BroadcastType',
	filterFirstName: 'FirstName',
	filterIntegrationData: 'IntegrationData',
	filterLastName: 'LastName',
	filterNotes: 'Notes',
	filterPrimaryPhone: 'PrimaryPhone',
	filterSecondaryPhone: 'SecondaryPhone',
	filterTertiaryPhone: 'TertiaryPhone',
};

/** A day (YYYY-MM-DD) from a date option, or a NodeOperationError naming the option. */
function dayOption(context: IExecuteSingleFunctions, value: unknown, label: string): string {
	const day = toCallEmAllDay(value, context.getTimezone());
	if (!day) {
		throw new NodeOperationError(context.getNode(), `${label} "${String(value)}" is not a date`, {
			description: DATE_FORMS,
		});
	}
	return day;
}

/** preSend for list operations: sort, filters, date ranges and extra query values. */
export async function listQuery(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const options = this.getNodeParameter('options', {}) as IDataObject;
	const qs: IDataObject = { ...((requestOptions.qs as IDataObject) ?? {}) };
	if (typeof options.sortBy === 'string' && options.sortBy.trim() !== '') {
		qs.sortby = options.sortBy.trim();
	}
	if (options.pageSize !== undefined && options.pageSize !== '') {
		qs.pagesize = Math.min(Math.max(1, Number(options.pageSize) || 1), MAX_PAGE_SIZE);
	}
	for (const [option, field] of Object.entries(EQUALITY_FILTERS)) {
		const value = options[option];
		if (value !== undefined && value !== null && String(value).trim() !== '') {
			qs[field] = String(value).trim();
		}
	}
	const extra = ((options.query as IDataObject)?.parameter as IDataObject[]) ?? [];
	for (const pair of extra) {
		const name = String(pair.name ?? '').trim();
		if (name !== '') qs[name] = pair.value ?? '';
	}
	const ranges: string[] = [];
	for (const [key, field, op, label] of [
		['startDateFrom', 'StartDate', 'gte', 'Starts From'],
		['startDateTo', 'StartDate', 'lte', 'Starts Until'],
	]) {
		if (options[key] !== undefined && options[key] !== null && String(options[key]) !== '') {
			ranges.push(`${field}~${op}~${dayOption(this, options[key], label)}`);
		}
	}
	if (options.dateFrom !== undefined && options.dateFrom !== null && options.dateFrom !== '') {
		qs['date-from'] = dayOption(this, options.dateFrom, 'Opted Out Since');
	}
	if (ranges.length) {
		// Range filters have no value part, so they go into the URL as written.
		const url = String(requestOptions.url ?? '');
		requestOptions.url = `${url}${url.includes('?') ? '&' : '?'}${ranges.join('&')}`;
	}
	requestOptions.qs = qs;
	return requestOptions;
}

interface WallClock {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
}

/** How a date may be written, for error descriptions. */
export const DATE_FORMS =
	'Use a date such as 2024-02-01T13:15:00 (workflow time zone), 2024-02-01T13:15:00-05:00 or …Z, {{ $now }}, milliseconds since 1970, or the API form 2/1/2024 1:15PM.';

function realDay(year: number, month: number, day: number): boolean {
	const date = new Date(Date.UTC(year, month - 1, day));
	return (
		date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
	);
}

function wallClockIn(instant: number, timezone: string): WallClock | undefined {
	if (!Number.isFinite(instant)) return undefined;
	let parts: Intl.DateTimeFormatPart[];
	try {
		parts = new Intl.DateTimeFormat('en-US', {
			timeZone: timezone,
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			hourCycle: 'h23',
		}).formatToParts(new Date(instant));
	} catch {
		return undefined;
	}
	const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? NaN);
	const clock = {
		year: part('year'),
		month: part('month'),
		day: part('day'),
		hour: part('hour'),
		minute: part('minute'),
	};
	return Object.values(clock).every(Number.isFinite) ? clock : undefined;
}

/** A Luxon DateTime (what `{{ $now }}` gives) or a Date, as epoch milliseconds. */
function instantOf(value: unknown): number | undefined {
	if (value instanceof Date) return value.getTime();
	if (value !== null && typeof value === 'object') {
		const toMillis = (value as { toMillis?: unknown }).toMillis;
		if (typeof toMillis === 'function') return Number(toMillis.call(value));
	}
	if (typeof value === 'number') return value;
	return undefined;
}

/**
 * The wall-clock time a date input stands for. Accepted: the API's own `M/D/YYYY h:mmAM`
 * (as written), ISO dates and times without a zone (as written, i.e. in the workflow's time
 * zone), ISO with `Z` or an offset and Luxon DateTimes (`{{ $now }}`, shown in `timezone`), and
 * epoch milliseconds (or seconds). Impossible dates such as 2024-02-31 are refused (undefined).
 */
export function parseDateInput(value: unknown, timezone = 'UTC'): WallClock | undefined {
	const instant = instantOf(value);
	if (instant !== undefined) return wallClockIn(instant, timezone);
	const text = String(value ?? '').trim();

	const api = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2}):(\d{2})\s*(AM|PM)$/i.exec(text);
	if (api) {
		const [, mo, d, y, h, mi, half] = api;
		const hour12 = Number(h);
		if (hour12 < 1 || hour12 > 12 || Number(mi) > 59) return undefined;
		if (!realDay(Number(y), Number(mo), Number(d))) return undefined;
		const pm = half.toUpperCase() === 'PM';
		return {
			year: Number(y),
			month: Number(mo),
			day: Number(d),
			hour: (hour12 % 12) + (pm ? 12 : 0),
			minute: Number(mi),
		};
	}

	if (/^\d{11,13}$/.test(text)) return wallClockIn(Number(text), timezone);
	if (/^\d{9,10}$/.test(text)) return wallClockIn(Number(text) * 1000, timezone);

	const iso =
		/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(
			text,
		);
	if (!iso) return undefined;
	const [, y, mo, d, h = '0', mi = '0', s = '0', zone] = iso;
	const clock = { year: +y, month: +mo, day: +d, hour: +h, minute: +mi };
	if (!realDay(clock.year, clock.month, clock.day)) return undefined;
	if (clock.hour > 23 || clock.minute > 59 || +s > 59) return undefined;
	if (!zone) return clock;
	let offsetMinutes = 0;
	if (zone.toUpperCase() !== 'Z') {
		const [, sign, oh, om = '0'] = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone) ?? [];
		if (Number(oh) > 14 || Number(om) > 59) return undefined;
		offsetMinutes = (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om));
	}
	const utc =
		Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, +s) -
		offsetMinutes * 60_000;
	return wallClockIn(utc, timezone);
}

function apiDate(date: WallClock): string {
	const suffix = date.hour >= 12 ? 'PM' : 'AM';
	const hour12 = date.hour % 12 === 0 ? 12 : date.hour % 12;
	return `${date.month}/${date.day}/${date.year} ${hour12}:${String(date.minute).padStart(2, '0')}${suffix}`;
}

/**
 * A start date in the API's format, "2/1/2020 1:15PM" (see `parseDateInput` for what is
 * accepted). Undefined when it is not a real date.
 */
export function toCallEmAllDate(value: unknown, timezone = 'UTC'): string | undefined {
	const clock = parseDateInput(value, timezone);
	return clock ? apiDate(clock) : undefined;
}

/** A day for the feeds' date filters, "2024-02-01"; undefined when it is not a real date. */
export function toCallEmAllDay(value: unknown, timezone = 'UTC'): string | undefined {
	const clock = parseDateInput(value, timezone);
	if (!clock) return undefined;
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${clock.year}-${pad(clock.month)}-${pad(clock.day)}`;
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
		['contactIntegrationData', 'IntegrationData'],
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

	const itemIndex = this.getItemIndex();
	const source = String(this.getNodeParameter('contactSource', 'allItems'));
	// Lists go with any source: the doc's own example sends Lists and Contacts together (line
	// 471). The Everyone list (ListID 0) and Unfiled (-1) are lists like any other there; the
	// Deleted folder (-2) holds contacts that were deleted, so it is not called or texted.
	const lists = readIds(this.getNodeParameter('listIds', [], { skipValidation: true }), -2);
	if (lists.wrong !== undefined || lists.ids.includes(-2)) {
		const wrong = lists.wrong ?? '-2';
		throw new NodeOperationError(
			node,
			wrong === '-2'
				? 'Contact Lists: "-2" is the Deleted folder, which a broadcast does not go to'
				: `Contact Lists: "${wrong}" is not a list ID`,
			{
				description:
					'Give contact list IDs (whole numbers: your own lists are above 0, Everyone is 0, Unfiled is -1), e.g. 2, 14',
				itemIndex,
			},
		);
	}
	if (lists.ids.length) body.Lists = lists.ids.map((ListID) => ({ ListID }));
	if (source === 'json') {
		const parsed = parseJsonParameter(
			this,
			this.getNodeParameter('contactsJson', '[]'),
			'Contacts',
		);
		const rows = Array.isArray(parsed) ? parsed : isObject(parsed) ? [parsed] : [];
		const contacts = rows.map((row, index) => {
			const contact = isObject(row) ? toContact(row) : {};
			if (!contact.PrimaryPhone) {
				throw new NodeOperationError(
					node,
					`Contacts (JSON): entry ${index + 1} has no phone number`,
					{ description: 'Each contact needs a PrimaryPhone (or Phone, PhoneNumber).', itemIndex },
				);
			}
			return contact;
		});
		if (contacts.length) body.Contacts = contacts;
	} else if (source === 'allItems' || source === 'item') {
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
	const extra = this.getNodeParameter('additionalFields', {}) as IDataObject;
	// Line 437-439: "ArrayList FileUploads … Include all contacts from the File Uploads listed
	// to the broadcast." The doc shows no entry; like Lists' [{ListID}] they go as [{FileUploadID}].
	const uploads = readIds(extra.fileUploadIds);
	if (uploads.wrong !== undefined) {
		throw new NodeOperationError(
			node,
			`File Upload IDs: "${uploads.wrong}" is not a file upload ID`,
			{ description: 'Give whole numbers above 0, separated by commas.', itemIndex },
		);
	}
	if (uploads.ids.length) body.FileUploads = uploads.ids.map((FileUploadID) => ({ FileUploadID }));
	// Line 425-427: "Integer DraftBroadcastID … Create the broadcast using this draft broadcast
	// previously assembled": the draft brings its own contacts.
	// 0 is the field's default: no draft.
	const draft = readIds(
		String(extra.draftBroadcastId ?? '').trim() === '0' ? '' : extra.draftBroadcastId,
	);
	if (draft.wrong !== undefined || draft.ids.length > 1) {
		throw new NodeOperationError(
			node,
			`Draft Broadcast ID "${String(extra.draftBroadcastId)}" is not a broadcast ID`,
			{ description: 'Give the ID of one draft broadcast (a whole number above 0).', itemIndex },
		);
	}
	if (draft.ids.length) body.DraftBroadcastID = draft.ids[0];
	if (!body.Lists && !body.Contacts && !body.FileUploads && !body.DraftBroadcastID) {
		throw new NodeOperationError(node, 'The broadcast has no contacts', {
			description:
				'Give contacts with a phone number (PrimaryPhone, Phone or PhoneNumber), contact lists, file uploads or a draft broadcast.',
			itemIndex,
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

	const start = extra.startDate;
	if (start !== undefined && start !== null && String(start).trim() !== '') {
		const date = toCallEmAllDate(start, this.getTimezone());
		if (!date) {
			throw new NodeOperationError(node, `The start date "${String(start)}" is not a date`, {
				description: DATE_FORMS,
			});
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
		['primaryPhoneNumbersOnly', 'PrimaryPhoneNumbersOnly'],
	];
	for (const [from, to] of copy) {
		if (extra[from] !== undefined && extra[from] !== '') body[to] = extra[from];
	}
	// An ID of 0 (the field's default) names nothing, so it is not sent.
	const textNumber = Number(extra.textNumberId);
	if (Number.isSafeInteger(textNumber) && textNumber > 0) body.TextNumberID = textNumber;
	if (typeof extra.voicemailAudioId === 'string' && extra.voicemailAudioId.trim() !== '') {
		body.AudioVM = { AudioID: extra.voicemailAudioId.trim() };
	}
	const excluded = readIds(extra.excludedContactIds);
	if (excluded.wrong !== undefined) {
		throw new NodeOperationError(
			node,
			`Excluded Contact IDs: "${excluded.wrong}" is not a contact ID`,
			{
				description:
					'Give whole numbers above 0 (the PersonID), separated by commas. Nothing was sent: a contact meant to be left out would have been called.',
				itemIndex: this.getItemIndex(),
			},
		);
	}
	if (excluded.ids.length) {
		body.ExcludedContacts = excluded.ids.map((PersonID) => ({ PersonID }));
	}
	if (extra.json !== undefined) {
		const more = parseJsonParameter(this, extra.json, 'Extra Fields (JSON)');
		if (more !== undefined && !isObject(more)) {
			throw new NodeOperationError(node, 'Extra Fields (JSON) must be an object', { itemIndex });
		}
		if (more) Object.assign(body, more);
	}
	requestOptions.body = body;
	return requestOptions;
}

/** The placeholder of the contact ID in the path of a one-contact delete. */
export const EACH_CONTACT = '{eachContactId}';

/** How many one-contact deletes of one node run are in flight at once. */
export const DELETES_IN_FLIGHT = 4;

/**
 * How a delete of many contacts goes out, decided by its preSend (`contactIdsRequest`):
 * - `each`: one `DELETE …/contacts/{id}` per contact, the documented one-at-a-time endpoint;
 * - `bulk`: one `DELETE …/contacts` whose body lists the IDs (the body's shape is a guess);
 * - `all`: one `DELETE …/contacts` with no body, which the doc says acts on every contact.
 */
export type DeletePlan =
	| { kind: 'all'; output: IDataObject }
	| { kind: 'bulk' | 'each'; ids: number[]; output: IDataObject };

const deletePlans = new WeakMap<object, DeletePlan>();

/** Whole numbers of at least 1, as the doc's `Integer PersonID`. */
function isContactId(value: unknown): boolean {
	return typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;
}

/**
 * Why a request of a many-contacts delete must not leave, or undefined when it may. The doc
 * says of `DELETE /v1/contacts`, `/v1/lists/{id}/contacts` and `/v1/lists/deleted/contacts`:
 * "If left empty all contacts are deleted" (call-em-all-rest-v1.txt lines 1485, 1889, 1905).
 * So the collection endpoint is only ever called with a non-empty list of contact IDs, or
 * without a body when the user turned on the "every contact" choice (`allChosen`).
 */
export function unsafeDelete(
	options: { method?: string; url?: string; body?: unknown },
	plan: DeletePlan | undefined,
	allChosen: boolean,
): string | undefined {
	if (!plan) return 'the request was not prepared by the node';
	if (String(options.method ?? '').toUpperCase() !== 'DELETE') return 'it is not a DELETE';
	const path = String(options.url ?? '').split('?')[0];
	const toCollection = /\/contacts\/?$/.test(path);
	if (plan.kind === 'all') {
		if (!allChosen) return 'it would act on every contact, which was not chosen';
		return toCollection ? undefined : 'it does not go to the contacts of the account or list';
	}
	if (plan.ids.length === 0 || !plan.ids.every(isContactId)) return 'it has no contact IDs';
	if (plan.kind === 'bulk') {
		const body = options.body;
		if (!toCollection) return 'it does not go to the contacts of the account or list';
		if (!Array.isArray(body) || body.length === 0) return 'its body lists no contacts';
		const listed = body.map((entry) => (isObject(entry) ? entry.PersonID : undefined));
		if (!listed.every(isContactId)) return 'its body lists something that is not a contact ID';
		return undefined;
	}
	// One contact: the path must end in that contact's ID, never at the collection.
	if (!/\/contacts\/[1-9][0-9]*$/.test(path)) return 'its path does not end in a contact ID';
	return undefined;
}

/** The "every contact" switch, read strictly: only a real `true` means all. */
function allChosen(context: IExecuteSingleFunctions): boolean {
	return context.getNodeParameter('all', false) === true;
}

/**
 * preSend of Delete Many, Remove Contacts and Empty Deleted Folder. Their route's path ends in
 * `/{eachContactId}`; the collection path is that without the ending. Contact IDs are checked
 * here, before any request: one that is not a whole number above 0, or none at all (an
 * expression that resolved to nothing), stops the item with nothing sent.
 */
export function contactIdsRequest(listParameter?: string) {
	return async function prepareContactIds(
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const node = this.getNode();
		const itemIndex = this.getItemIndex();
		const output: IDataObject = {};
		if (listParameter) output.listId = Number(this.getNodeParameter(listParameter, ''));
		const collection = String(requestOptions.url ?? '').replace(`/${EACH_CONTACT}`, '');
		if (allChosen(this)) {
			delete requestOptions.body;
			requestOptions.url = collection;
			deletePlans.set(requestOptions, { kind: 'all', output: { ...output, allContacts: true } });
			return requestOptions;
		}
		const { ids, wrong } = readIds(
			this.getNodeParameter('contactIds', '', { skipValidation: true }),
		);
		if (wrong !== undefined) {
			throw new NodeOperationError(node, `Contact IDs: "${wrong}" is not a contact ID`, {
				description:
					'Contact IDs are whole numbers above 0 (the PersonID), separated by commas. Nothing was sent for this item.',
				itemIndex,
			});
		}
		if (ids.length === 0) {
			throw new NodeOperationError(node, 'No contact IDs were given', {
				description:
					'Contact IDs is empty for this item (an expression may have resolved to nothing). Nothing was sent: Call-Em-All reads a request without contact IDs as "every contact". To act on every contact, turn that choice on instead.',
				itemIndex,
			});
		}
		const requests = this.getNodeParameter('deleteRequests', 'each');
		if (requests === 'bulk') {
			requestOptions.url = collection;
			requestOptions.body = ids.map((PersonID) => ({ PersonID }));
			deletePlans.set(requestOptions, {
				kind: 'bulk',
				ids,
				output: { ...output, contactIds: ids },
			});
		} else if (requests === 'each') {
			delete requestOptions.body;
			deletePlans.set(requestOptions, { kind: 'each', ids, output });
		} else {
			throw new NodeOperationError(node, `Unknown choice of requests "${String(requests)}"`, {
				itemIndex,
			});
		}
		return requestOptions;
	};
}

/** The choice between one request per contact (default) and one request with a body. */
export function contactIdRequestsField(
	resource: string,
	operation: string,
	collection: string,
): INodeProperties {
	return {
		displayName: 'Requests',
		name: 'deleteRequests',
		type: 'options',
		noDataExpression: true,
		default: 'each',
		options: [
			{
				name: 'One Request for All IDs (Body Not Documented)',
				value: 'bulk',
				description: `One DELETE ${collection} whose body lists the IDs as [{"PersonID": ID}]. The API doc does not document that body, and it says that without one every contact is affected.`,
			},
			{
				name: 'One Request per Contact (Documented)',
				value: 'each',
				description: `DELETE ${collection}/{contact ID} for each contact, ${DELETES_IN_FLIGHT} at a time at most; one output item per contact`,
			},
		],
		displayOptions: { show: { resource: [resource], operation: [operation], all: [false] } },
	};
}

/**
 * At most `limit` tasks at a time, the rest waiting their turn. After `stop`, waiting tasks
 * fail with the stopping error instead of starting.
 */
class Pacer {
	private active = 0;
	private readonly waiting: Array<() => void> = [];
	private stoppedBy: NodeApiError | NodeOperationError | undefined;

	constructor(private readonly limit: number) {}

	/** Call before the failing task ends, so the task its slot goes to sees the stop. */
	stop(error: NodeApiError | NodeOperationError): void {
		this.stoppedBy ??= error;
	}

	async run<T>(task: () => Promise<T>): Promise<T> {
		if (this.active < this.limit) this.active++;
		else await new Promise<void>((resolve) => this.waiting.push(resolve));
		try {
			if (this.stoppedBy) throw this.stoppedBy;
			return await task();
		} finally {
			// The slot goes straight to the next waiting task, or is given back.
			const next = this.waiting.shift();
			if (next) next();
			else this.active--;
		}
	}
}

const pacers = new WeakMap<object, Pacer>();

/** The run's pacer: n8n hands every item of one node run the same execute-data object. */
function pacerOfRun(context: IExecuteSingleFunctions): Pacer {
	const key =
		typeof context.getExecuteData === 'function'
			? (context.getExecuteData() as unknown as object | undefined)
			: undefined;
	if (!key) return new Pacer(DELETES_IN_FLIGHT);
	let pacer = pacers.get(key);
	if (!pacer) {
		pacer = new Pacer(DELETES_IN_FLIGHT);
		pacers.set(key, pacer);
	}
	return pacer;
}

/** An error message that says which contact it is about. */
function naming(message: string, id: number): string {
	const suffix = ` (contact ID ${id})`;
	return message.endsWith(suffix) ? message : `${message}${suffix}`;
}

function refuse(context: IExecuteSingleFunctions, reason: string): NodeOperationError {
	return new NodeOperationError(context.getNode(), `Not sent: ${reason}`, {
		description:
			'A delete of many contacts only goes out with contact IDs, or without them when acting on every contact was chosen.',
		itemIndex: context.getItemIndex(),
	});
}

/**
 * The executor of the many-contacts deletes, around the shared one. It checks every request
 * with `unsafeDelete` before it leaves. In `each` mode it sends one delete per contact ID
 * through the shared executor (retries, errors, redaction, pairing), at most
 * `DELETES_IN_FLIGHT` of the run at a time, and outputs one item per ID, paired to the input
 * item. With Continue On Fail a failed ID gives an error item naming it; without, the first
 * failure stops the run's deletes that have not started.
 */
function deleteByContactIds(transport: Transport): Transport {
	return async function sendDeletes(this: IExecutePaginationFunctions, requestData) {
		const options = requestData.options;
		const plan = deletePlans.get(options);
		const chosen = allChosen(this);
		// One-contact requests are each checked below, once their path holds the contact's ID.
		const reason = plan?.kind === 'each' ? undefined : unsafeDelete(options, plan, chosen);
		if (reason || !plan) throw refuse(this, reason ?? 'the request was not prepared');
		const label = (json: IDataObject): IDataObject => ({ ...plan.output, ...json });
		if (plan.kind !== 'each') {
			const items = await transport.call(this, requestData);
			return items.map((item) => ({ ...item, json: label(item.json) }));
		}
		const pacer = pacerOfRun(this);
		const itemIndex = this.getItemIndex();
		let firstFailure: { error: unknown } | undefined;
		const deleteOne = async (id: number): Promise<INodeExecutionData[]> => {
			const single: typeof options = {
				...options,
				url: String(options.url).replace(EACH_CONTACT, String(id)),
				headers: { ...(options.headers ?? {}) },
				qs: { ...((options.qs as IDataObject) ?? {}) },
			};
			delete single.body;
			const unsafe = unsafeDelete(single, plan, chosen);
			if (unsafe) {
				const refusal = refuse(this, unsafe);
				pacer.stop(refusal);
				throw refusal;
			}
			try {
				// The login token now (a run's earlier delete may have renewed it).
				await authorize.call(this, single as IHttpRequestOptions);
				const items = await transport.call(this, { ...requestData, options: single });
				return items.map((item) => {
					// n8n shows an error item as its error's message alone: that names the ID.
					if (item.error) item.error.message = naming(item.error.message, id);
					const json = label({ contactId: id, ...item.json });
					if (item.error) json.error = item.error.message;
					return { ...item, json };
				});
			} catch (error) {
				const failure =
					error instanceof NodeApiError || error instanceof NodeOperationError
						? error
						: new NodeOperationError(this.getNode(), error as Error, { itemIndex });
				failure.message = naming(failure.message, id);
				if (this.continueOnFail()) {
					return [
						{
							json: label({ contactId: id, error: failure.message }),
							error: failure,
							pairedItem: { item: itemIndex },
						},
					];
				}
				const about = failure.description ? ` (${failure.description})` : '';
				failure.description = `Contact ID ${id} failed${about}. The node stopped there: contact IDs it had not sent yet were left alone.`;
				pacer.stop(failure);
				throw failure;
			}
		};
		const outcomes = await Promise.allSettled(
			plan.ids.map(
				async (id) =>
					await pacer
						.run(async () => await deleteOne(id))
						.catch((error: unknown) => {
							firstFailure ??= { error };
							throw error;
						}),
			),
		);
		if (firstFailure) throw firstFailure.error;
		return outcomes.flatMap((outcome) => (outcome.status === 'fulfilled' ? outcome.value : []));
	};
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

/** The days of the week as the doc writes them ("Monday", "Tuesday"), in its order. */
export const WEEK_DAYS = [
	'Sunday',
	'Monday',
	'Tuesday',
	'Wednesday',
	'Thursday',
	'Friday',
	'Saturday',
];

/** The doc's time-of-day model `{Hour, Minute}` from "07:00", "19:30", "7:00 PM" or "7pm". */
export function timeOfDay(value: unknown): IDataObject | undefined {
	const text = String(value ?? '').trim();
	const match = /^(\d{1,2})(?::(\d{2}))?\s*(am|pm)?$/i.exec(text);
	if (!match) return undefined;
	let hour = Number(match[1]);
	const minute = Number(match[2] ?? '0');
	const half = match[3]?.toLowerCase();
	if (half) {
		if (hour < 1 || hour > 12) return undefined;
		hour = (hour % 12) + (half === 'pm' ? 12 : 0);
	} else if (match[2] === undefined) {
		return undefined;
	}
	if (hour > 23 || minute > 59) return undefined;
	return { Hour: hour, Minute: minute };
}

/** Fields of the Account User collection that are not sent under their own name. */
const USER_FIELDS_BUILT = new Set([
	'json',
	'callingWindowStart',
	'callingWindowEnd',
	'CallingWindowDays',
]);

/**
 * preSend of Account User › Create and Update: the collection's fields, the calling window as
 * the doc's models (`StartTimeOfDay` / `StopTimeOfDay` `{Hour, Minute}`, `CallingWindowDays`),
 * the permissions as `Permissions`, then Extra Fields (JSON). Only what the user set is sent:
 * the doc's own update example sends one permission alone (line 264,
 * `{ "Permissions": { "CanSeeAllBroadcasts": true, } }`), and it has no call to read a user
 * first. An update with nothing to change is refused, and so are no calling days at all, which
 * the doc reads as every day (line 252: "All days of the week if empty").
 */
export function userBody(fixed: Record<string, string> = {}) {
	return async function buildUserBody(
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const node = this.getNode();
		const itemIndex = this.getItemIndex();
		const body: IDataObject = {};
		for (const [parameter, field] of Object.entries(fixed)) {
			const value = this.getNodeParameter(parameter, '') as unknown;
			if (value !== '' && value !== undefined) body[field] = value as string;
		}
		const fields = this.getNodeParameter('userFields', {}) as IDataObject;
		for (const [key, value] of Object.entries(fields)) {
			if (USER_FIELDS_BUILT.has(key) || value === '' || value === undefined) continue;
			body[key] = value;
		}
		for (const [parameter, field, label] of [
			['callingWindowStart', 'StartTimeOfDay', 'Calling Window Start'],
			['callingWindowEnd', 'StopTimeOfDay', 'Calling Window End'],
		]) {
			const value = fields[parameter];
			if (value === undefined || String(value).trim() === '') continue;
			const time = timeOfDay(value);
			if (!time) {
				throw new NodeOperationError(node, `${label} "${String(value)}" is not a time of day`, {
					description: 'Write it as 07:00 or 19:30 (24-hour), or as 7:00 PM.',
					itemIndex,
				});
			}
			body[field] = time;
		}
		if (fields.CallingWindowDays !== undefined) {
			const raw = fields.CallingWindowDays;
			const given = (Array.isArray(raw) ? raw : String(raw ?? '').split(/[\s,;]+/))
				.map((day) => String(day ?? '').trim())
				.filter((day) => day !== '');
			const named = given.map(
				(day) => WEEK_DAYS.find((known) => known.toLowerCase() === day.toLowerCase()) ?? day,
			);
			const wrong = named.find((day) => !WEEK_DAYS.includes(day));
			if (wrong !== undefined) {
				throw new NodeOperationError(node, `Calling Days: "${wrong}" is not a day of the week`, {
					description: `Use ${WEEK_DAYS.join(', ')}.`,
					itemIndex,
				});
			}
			if (named.length === 0) {
				throw new NodeOperationError(node, 'Calling Days has no days', {
					description:
						'Call-Em-All reads no days as every day of the week, so an empty choice is not sent. Choose the days, all seven for no limit, or remove the field.',
					itemIndex,
				});
			}
			body.CallingWindowDays = WEEK_DAYS.filter((day) => named.includes(day));
		}
		const permissions = this.getNodeParameter('userPermissions', {}) as IDataObject;
		if (Object.keys(permissions).length) body.Permissions = { ...permissions };
		if (fields.json !== undefined) {
			const more = parseJsonParameter(this, fields.json, 'Extra fields');
			if (more !== undefined && !isObject(more)) {
				throw new NodeOperationError(node, 'Extra Fields (JSON) must be an object', { itemIndex });
			}
			if (more) {
				const { Permissions: morePermissions, ...rest } = more;
				Object.assign(body, rest);
				if (isObject(morePermissions)) {
					body.Permissions = { ...((body.Permissions as IDataObject) ?? {}), ...morePermissions };
				} else if (morePermissions !== undefined) {
					body.Permissions = morePermissions;
				}
			}
		}
		if (this.getNodeParameter('operation', '') === 'update' && Object.keys(body).length === 0) {
			throw new NodeOperationError(node, 'Nothing to change: add a field or a permission', {
				description: 'An update with no fields is not sent.',
				itemIndex,
			});
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

/**
 * Search fields of the contact feeds, sent as plain `Field=value` filters on the contact's own
 * fields (the doc's filter convention; it names no search parameter).
 */
export const contactFilterOptions: INodeProperties[] = (
	[
		['First Name', 'filterFirstName', 'FirstName', ''],
		['Integration Data', 'filterIntegrationData', 'IntegrationData', ''],
		['Last Name', 'filterLastName', 'LastName', ''],
		['Notes', 'filterNotes', 'Notes', ''],
		['Primary Phone', 'filterPrimaryPhone', 'PrimaryPhone', 'e.g. 2145555055'],
		['Secondary Phone', 'filterSecondaryPhone', 'SecondaryPhone', 'e.g. 2145555055'],
		['Tertiary Phone', 'filterTertiaryPhone', 'TertiaryPhone', 'e.g. 2145555055'],
	] as Array<[string, string, string, string]>
).map(([displayName, name, field, placeholder]) => ({
	displayName,
	name,
	type: 'string',
	default: '',
	placeholder,
	description: `Only contacts whose ${displayName} is this value (sent as ${field}=…)`,
}));

/** A required string parameter holding a record ID. */
/** The description of a field whose value is picked from the account's own (or typed). */
export const CHOOSE_OR_ID =
	'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>';

export function idField(
	resource: string,
	operations: string[],
	name: string,
	displayName: string,
	description: string,
	loadOptionsMethod?: string,
): INodeProperties {
	return {
		displayName: loadOptionsMethod ? `${displayName.replace(/ ID$/, '')} Name or ID` : displayName,
		name,
		type: loadOptionsMethod ? 'options' : 'string',
		...(loadOptionsMethod ? { typeOptions: { loadOptionsMethod } } : {}),
		required: true,
		default: '',
		description: loadOptionsMethod ? `${description}. ${CHOOSE_OR_ID}.` : description,
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
	const baseUrl = baseUrlOf(credentials);
	const url = String(options.url ?? '');
	const request: IHttpRequestOptions = {
		json: true,
		...options,
		headers: { Accept: 'application/json', ...(options.headers ?? {}) },
		url: /^https?:\/\//i.test(url) ? url : `${baseUrl}${url.startsWith('/') ? '' : '/'}${url}`,
	};
	// `authorize` reads only the credential and the node, which every context has.
	const signed = await authorize.call(context as unknown as IExecuteSingleFunctions, request);
	const used = String((signed.headers as IDataObject | undefined)?.[TOKEN_HEADER] ?? '');
	const send = async () =>
		await vendorRequest(context, callEmAllHttp, CREDENTIAL_TYPE, signed).then(
			(body) => ({ body, failure: undefined }),
			(failure: unknown) => ({ body: undefined, failure }),
		);
	let outcome = await send();
	// A refused login token: one new login (n8n saves it), and the request once more.
	if (outcome.failure && httpStatusOf(outcome.failure) === 401 && used && used !== ZERO_TOKEN) {
		const renewing = Date.now();
		signed.headers = afterRefusal((signed.headers ?? {}) as IDataObject, used);
		outcome = await send();
		const login = outcome.failure ? loginFailedSince(credentials, renewing) : undefined;
		if (login) throw loginError(context, login);
		if (outcome.failure && httpStatusOf(outcome.failure) === 401) {
			(outcome.failure as Error).message = refusedAgain(outcome.failure);
		}
	}
	if (outcome.failure) throw outcome.failure;
	return outcome.body;
}
