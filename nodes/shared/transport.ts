import {
	NodeApiError,
	sleep,
	type DeclarativeRestApiSettings,
	type IDataObject,
	type IAllExecuteFunctions,
	type IExecutePaginationFunctions,
	type IExecuteSingleFunctions,
	type IHttpRequestMethods,
	type IHttpRequestOptions,
	type IN8nHttpFullResponse,
	type INodeExecutionData,
	type INodePropertyRouting,
	type JsonObject,
	type PostReceiveAction,
} from 'n8n-workflow';

import { asNodeError, batchGuard, sendInBatch, stopsTheRun, type ItemBatching } from './batching';
import { PageGuard } from './paging';
import { redactItems, redactOutput, redactText, redactValue, secretValues } from './secrets';

/**
 * How a vendor pages its lists. `start` prepares the first request; `read` takes one page's
 * body, returns its items and, when another page should be fetched, changes the request
 * options for it and says so.
 */
/** The part of a request that paging changes. */
export interface PageRequest {
	qs?: IDataObject;
	url?: string;
}

export interface ListPaging {
	start(options: PageRequest, wanted: number | undefined): void;
	/** Optional last step over everything collected, e.g. to merge pages into one item. */
	finish?(items: IDataObject[]): IDataObject[];
	read(
		body: unknown,
		options: PageRequest,
		received: number,
		wanted: number | undefined,
	): { items: IDataObject[]; more: boolean };
}

/** What the shared request pipeline needs to know about a vendor. */
export interface VendorHttp {
	/** Shown in error messages, e.g. "PrimeVox". */
	name: string;
	/** Credential type name → the fields (dot paths) of it that are secret. */
	secretFields: Record<string, string[]>;
	/**
	 * The vendor's own error message for this response, or undefined when it is a success.
	 * Called for every response, so HTTP 200 answers whose body says error are caught too.
	 */
	errorMessage(statusCode: number, body: unknown): string | undefined;
	/** The credential type the node uses now, when it offers more than one. */
	credentialType?(context: IExecuteSingleFunctions): string;
	/** The base URL when the credential has none (credentials saved before the field existed). */
	defaultBaseUrl?: string;
}

export const RETRY_LIMIT = 3;
const MAX_RETRY_WAIT_MS = 60_000;
const BASE_BACKOFF_MS = 500;

const retryAfterMs = new WeakMap<object, number>();

function headerValue(headers: IDataObject | undefined, name: string): string | undefined {
	if (!headers) return undefined;
	const value = headers[name] ?? headers[name.toLowerCase()];
	if (Array.isArray(value)) return String(value[0]);
	return value === undefined || value === null ? undefined : String(value);
}

/** Milliseconds a Retry-After header asks for (seconds or an HTTP date), capped at one minute. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
	if (value === undefined || value.trim() === '') return undefined;
	const seconds = Number(value);
	const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(value) - now;
	if (!Number.isFinite(ms)) return undefined;
	return Math.min(Math.max(ms, 0), MAX_RETRY_WAIT_MS);
}

/** Turns a raw body (JSON, text or bytes) into something `errorMessage` can read. */
export function decodeBody(body: unknown): unknown {
	let text: string | undefined;
	if (Buffer.isBuffer(body)) text = body.toString('utf8');
	else if (body instanceof ArrayBuffer) text = Buffer.from(body).toString('utf8');
	else if (typeof body === 'string') text = body;
	if (text === undefined) return body;
	const trimmed = text.trim();
	if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
		try {
			return JSON.parse(trimmed) as unknown;
		} catch {
			return text;
		}
	}
	return text;
}

function looksLikeHtml(body: unknown): boolean {
	return typeof body === 'string' && /^\s*<(!doctype|html|head|body)/i.test(body);
}

/**
 * A postReceive hook that turns any vendor failure (HTTP error or an error body with HTTP 200)
 * into a NodeApiError carrying the vendor's message and HTTP status. It must run before any
 * other postReceive of the operation; `route()` puts it first.
 */
export function responseCheck(vendor: VendorHttp): PostReceiveAction {
	return async function checkVendorResponse(
		this: IExecuteSingleFunctions,
		items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		const statusCode = response.statusCode;
		const contentType = headerValue(response.headers as IDataObject, 'content-type') ?? '';
		const isBinary = Buffer.isBuffer(response.body) || response.body instanceof ArrayBuffer;
		// Binary downloads are only inspected when the server says it sent JSON or text.
		const body =
			isBinary && statusCode < 400 && !/json|text/i.test(contentType)
				? undefined
				: decodeBody(response.body);
		let message = body === undefined ? undefined : vendor.errorMessage(statusCode, body);
		if (!message && statusCode >= 400) message = `${vendor.name} answered HTTP ${statusCode}`;
		if (!message && statusCode < 300 && looksLikeHtml(body)) {
			message = `${vendor.name} answered with an HTML page where data was expected`;
		}
		if (
			!message &&
			statusCode < 300 &&
			statusCode !== 204 &&
			!isBinary &&
			/json/i.test(contentType) &&
			(body === undefined || body === null || (typeof body === 'string' && body.trim() === ''))
		) {
			message = `${vendor.name} answered with an empty body where JSON was promised`;
		}
		if (
			!message &&
			statusCode < 300 &&
			!isBinary &&
			typeof body === 'string' &&
			/json/i.test(contentType)
		) {
			message = `${vendor.name} answered with malformed JSON`;
		}
		if (!message) {
			if (body !== undefined && body !== response.body && !isBinary && items.length === 1) {
				items[0].json = (
					typeof body === 'object' && body !== null ? body : { data: body }
				) as IDataObject;
			}
			return items;
		}
		const errorBody: JsonObject =
			typeof body === 'object' && body !== null
				? (body as JsonObject)
				: { body: String(body ?? '') };
		const error = new NodeApiError(this.getNode(), errorBody, {
			message,
			description: `HTTP ${statusCode} from ${vendor.name}`,
			httpCode: String(statusCode),
			itemIndex: this.getItemIndex(),
		});
		const wait = parseRetryAfter(headerValue(response.headers as IDataObject, 'retry-after'));
		if (wait !== undefined) retryAfterMs.set(error, wait);
		throw error;
	};
}

function httpStatusOf(error: unknown): number | undefined {
	const candidate = error as {
		httpCode?: unknown;
		statusCode?: unknown;
		response?: { status?: unknown };
	};
	const value = candidate?.httpCode ?? candidate?.statusCode ?? candidate?.response?.status;
	const status = Number(value);
	return Number.isInteger(status) && status > 0 ? status : undefined;
}

const NETWORK_ERROR_CODES =
	/ECONNRESET|ECONNREFUSED|ETIMEDOUT|ESOCKETTIMEDOUT|EPIPE|EAI_AGAIN|ECONNABORTED|socket hang up|timeout/i;

function isNetworkError(error: unknown): boolean {
	const candidate = error as {
		code?: unknown;
		message?: unknown;
		cause?: { code?: unknown };
	};
	const text = `${String(candidate?.code ?? '')} ${String(candidate?.cause?.code ?? '')} ${String(candidate?.message ?? '')}`;
	return NETWORK_ERROR_CODES.test(text);
}

/**
 * Whether a failed attempt may be sent again. 429 always may (the vendor did not act on it);
 * 5xx and dropped connections only for reads, so a create or send is never duplicated.
 */
export function shouldRetry(error: unknown, method: string): boolean {
	const status = httpStatusOf(error);
	if (status === 429) return true;
	const isRead = method === 'GET' || method === 'HEAD';
	if (!isRead) return false;
	if (status !== undefined && status >= 500) return true;
	return status === undefined && isNetworkError(error);
}

export function retryDelayMs(error: unknown, attempt: number): number {
	const asked = typeof error === 'object' && error !== null ? retryAfterMs.get(error) : undefined;
	if (asked !== undefined) return asked;
	return Math.min(BASE_BACKOFF_MS * 2 ** attempt, MAX_RETRY_WAIT_MS);
}

function getPath(source: IDataObject, path: string): unknown {
	return path.split('.').reduce<unknown>((value, key) => {
		return value !== null && typeof value === 'object' ? (value as IDataObject)[key] : undefined;
	}, source);
}

/** What every item of one node run needs from its credentials, read once per run. */
interface RunCredentials {
	secrets: string[];
	baseUrl?: string;
}

const runCredentials = new WeakMap<object, Promise<RunCredentials>>();

async function readRunCredentials(
	context: IExecuteSingleFunctions,
	vendor: VendorHttp,
): Promise<RunCredentials> {
	const used = Object.keys(context.getNode().credentials ?? {});
	const inUse = vendor.credentialType?.(context) ?? used.find((type) => vendor.secretFields[type]);
	const secrets: string[] = [];
	let baseUrl: string | undefined;
	for (const type of used) {
		const fields = vendor.secretFields[type];
		if (!fields) continue;
		try {
			const credentials = await context.getCredentials(type);
			const values: IDataObject = {};
			for (const field of fields) values[field] = getPath(credentials, field) as string;
			secrets.push(...secretValues(values, fields));
			if (type === inUse && typeof credentials.baseUrl === 'string' && credentials.baseUrl) {
				baseUrl = credentials.baseUrl.replace(/\/+$/, '');
			}
		} catch (error) {
			// The credential could not be read, so there is nothing of it to hide.
			void error;
		}
	}
	return { secrets, baseUrl: baseUrl ?? vendor.defaultBaseUrl };
}

/**
 * The run's credential facts: secrets to redact and the base URL. The engine hands every item
 * of a node run the same execute-data object, so they are read (decrypted) once per run.
 */
async function credentialsOfRun(
	context: IExecuteSingleFunctions,
	vendor: VendorHttp,
): Promise<RunCredentials> {
	const key =
		typeof context.getExecuteData === 'function'
			? (context.getExecuteData() as unknown as object | undefined)
			: undefined;
	if (!key) return await readRunCredentials(context, vendor);
	let cached = runCredentials.get(key);
	if (!cached) {
		cached = readRunCredentials(context, vendor);
		runCredentials.set(key, cached);
	}
	return await cached;
}

/** Whether a failure was the request timing out (axios reports it as ECONNABORTED). */
function timedOut(error: unknown): boolean {
	if (httpStatusOf(error) !== undefined) return false;
	const candidate = error as {
		code?: unknown;
		message?: unknown;
		cause?: { code?: unknown; message?: unknown };
	};
	const text = [
		candidate?.code,
		candidate?.cause?.code,
		candidate?.cause?.message,
		candidate?.message,
	]
		.map((part) => String(part ?? ''))
		.join(' ');
	return /ETIMEDOUT|ESOCKETTIMEDOUT|ECONNABORTED|timeout of \d+ms exceeded/i.test(text);
}

/** A vendor error with every secret taken out of its message, description and body. */
function safeError(
	context: IExecuteSingleFunctions,
	vendor: VendorHttp,
	error: unknown,
	secrets: string[],
): NodeApiError {
	const source = error as {
		message?: unknown;
		description?: unknown;
		cause?: unknown;
		errorResponse?: unknown;
	};
	const status = httpStatusOf(error);
	const rawMessage = timedOut(error)
		? `${vendor.name} did not answer in time: the request timed out (see Request Options → Timeout)`
		: typeof source?.message === 'string'
			? source.message
			: `${vendor.name} request failed`;
	const message = redactText(rawMessage, secrets);
	const description =
		typeof source?.description === 'string' && source.description !== ''
			? redactText(source.description, secrets)
			: status === undefined
				? `The request to ${vendor.name} did not get an answer`
				: `HTTP ${status} from ${vendor.name}`;
	const body =
		error instanceof NodeApiError &&
		typeof error.cause === 'object' &&
		error.cause !== null &&
		!(error.cause instanceof Error)
			? (redactValue(error.cause, secrets) as JsonObject)
			: {};
	return new NodeApiError(context.getNode(), body, {
		message,
		description,
		httpCode: status === undefined ? undefined : String(status),
		itemIndex: context.getItemIndex(),
	});
}

async function sendWithRetry(
	context: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	const method = String(requestData.options.method ?? 'GET').toUpperCase();
	for (let attempt = 0; ; attempt++) {
		try {
			return await context.makeRoutingRequest(requestData);
		} catch (error) {
			if (attempt >= RETRY_LIMIT || !shouldRetry(error, method)) {
				// The caller turns this into the final, redacted NodeApiError.
				throw error instanceof NodeApiError
					? error
					: new NodeApiError(context.getNode(), error as JsonObject);
			}
			await sleep(retryDelayMs(error, attempt));
		}
	}
}

/**
 * The request executor of a vendor's declarative node. n8n runs it in place of a plain
 * request (it is registered as the operation's `pagination` hook, the one routing hook that
 * wraps the request itself), which lets every operation share retries, paging, secret
 * redaction, paired items and Continue On Fail.
 */
export function createTransport(vendor: VendorHttp, paging?: ListPaging, batching?: ItemBatching) {
	return async function sendVendorRequest(
		this: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
	): Promise<INodeExecutionData[]> {
		const itemIndex = this.getItemIndex();
		const { secrets, baseUrl } = await credentialsOfRun(this, vendor);
		// The base URL comes from the credential here rather than from an expression in
		// requestDefaults, which n8n would evaluate (twice, in n8n 2.40) for every item.
		if (!requestData.options.baseURL && baseUrl) requestData.options.baseURL = baseUrl;
		try {
			let items: INodeExecutionData[];
			if (batching) {
				const share = await sendInBatch(this, batching, requestData, sendWithRetry);
				if (!share.ok) throw share.error;
				// Batched items come back already paired (a shared answer pairs with every item).
				items = share.items;
			} else {
				items = paging
					? await collectPages(this, vendor, paging, requestData)
					: await sendWithRetry(this, requestData);
				for (const item of items) item.pairedItem = { item: itemIndex };
			}
			return secrets.length ? redactItems(items, secrets) : items;
		} catch (error) {
			// Another item's bad input stopped a batched run: report that item's own error.
			if (stopsTheRun(error)) throw asNodeError(this, error);
			const apiError = safeError(this, vendor, error, secrets);
			if (this.continueOnFail()) {
				return [
					{
						json: {
							error: apiError.message,
							description: apiError.description ?? null,
							httpCode: apiError.httpCode,
						},
						// `error` lets n8n route the item to the error output when the user asks for one.
						error: apiError,
						pairedItem: { item: itemIndex },
					},
				];
			}
			throw apiError;
		}
	};
}

async function collectPages(
	context: IExecutePaginationFunctions,
	vendor: VendorHttp,
	paging: ListPaging,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	const returnAll = context.getNodeParameter('returnAll', true) as boolean;
	const wanted = returnAll ? undefined : Math.max(1, Number(context.getNodeParameter('limit', 50)));
	requestData.options.qs = requestData.options.qs ?? {};
	paging.start(requestData.options, wanted);
	const collected: INodeExecutionData[] = [];
	const guard = new PageGuard(`${vendor.name} ${returnAll ? 'Return All' : 'list'}`);
	for (;;) {
		const response = await sendWithRetry(context, requestData);
		const { items, more } = paging.read(
			response[0]?.json,
			requestData.options,
			collected.length,
			wanted,
		);
		// A page with nothing new ends the list even when the vendor says there is more.
		if (!guard.isNew(items)) break;
		for (const json of items) collected.push({ json });
		if (!more || (wanted !== undefined && collected.length >= wanted)) break;
		guard.beforeNextPage();
	}
	const kept = wanted === undefined ? collected : collected.slice(0, wanted);
	return paging.finish
		? paging.finish(kept.map((item) => item.json)).map((json) => ({ json }))
		: kept;
}

/**
 * Routing for one operation: method and URL, the shared executor, and the response check
 * ahead of the operation's own postReceive hooks.
 */
export function vendorRoute(vendor: VendorHttp) {
	const single = createTransport(vendor);
	const paged = new Map<ListPaging, ReturnType<typeof createTransport>>();
	const check = responseCheck(vendor);
	return (
		method: IHttpRequestMethods,
		url: string,
		extra: {
			paging?: ListPaging;
			preSend?: Array<
				(
					this: IExecuteSingleFunctions,
					options: IHttpRequestOptions,
				) => Promise<IHttpRequestOptions>
			>;
			postReceive?: PostReceiveAction[];
			request?: Partial<IHttpRequestOptions>;
			/** Send many items' entries in few requests (see batching.ts). */
			batching?: ItemBatching;
		} = {},
	): INodePropertyRouting => {
		let transport = single;
		let preSend = extra.preSend;
		if (extra.batching) {
			transport = createTransport(vendor, undefined, extra.batching);
			preSend = [batchGuard(extra.batching, sendWithRetry, extra.preSend)];
		} else if (extra.paging) {
			transport = paged.get(extra.paging) ?? createTransport(vendor, extra.paging);
			paged.set(extra.paging, transport);
		}
		return {
			request: { method, url, ...(extra.request ?? {}) },
			send: {
				paginate: true,
				...(preSend ? { preSend } : {}),
			},
			operations: { pagination: transport },
			output: { postReceive: [check, ...(extra.postReceive ?? [])] },
		};
	};
}

/**
 * One request from code that is not a declarative operation (triggers, pickers): the same
 * retries, vendor-error check and secret redaction as the node's operations.
 */
export async function vendorRequest(
	context: IAllExecuteFunctions,
	vendor: VendorHttp,
	credentialType: string,
	options: IHttpRequestOptions,
): Promise<unknown> {
	const credentials = await context.getCredentials(credentialType);
	const secrets = secretValues(
		Object.fromEntries(
			(vendor.secretFields[credentialType] ?? []).map((field) => [
				field,
				getPath(credentials, field),
			]),
		) as IDataObject,
		vendor.secretFields[credentialType] ?? [],
	);
	const method = String(options.method ?? 'GET').toUpperCase();
	for (let attempt = 0; ; attempt++) {
		let failure: unknown;
		try {
			const response = (await context.helpers.httpRequestWithAuthentication.call(
				context,
				credentialType,
				{
					...options,
					returnFullResponse: true,
					ignoreHttpStatusErrors: true,
				},
			)) as IN8nHttpFullResponse;
			const body = decodeBody(response.body);
			let message = vendor.errorMessage(response.statusCode, body);
			if (!message && response.statusCode >= 400)
				message = `${vendor.name} answered HTTP ${response.statusCode}`;
			if (!message) return redactOutput(body, secrets);
			failure = new NodeApiError(
				context.getNode(),
				(typeof body === 'object' && body !== null ? body : {}) as JsonObject,
				{
					message,
					httpCode: String(response.statusCode),
					description: `HTTP ${response.statusCode} from ${vendor.name}`,
				},
			);
			const wait = parseRetryAfter(headerValue(response.headers as IDataObject, 'retry-after'));
			if (wait !== undefined) retryAfterMs.set(failure as object, wait);
		} catch (error) {
			failure = error;
		}
		if (attempt >= RETRY_LIMIT || !shouldRetry(failure, method)) {
			const source = failure as { message?: unknown; description?: unknown };
			const status = httpStatusOf(failure);
			throw new NodeApiError(
				context.getNode(),
				{},
				{
					message: redactText(String(source?.message ?? `${vendor.name} request failed`), secrets),
					description:
						typeof source?.description === 'string'
							? redactText(source.description, secrets)
							: undefined,
					httpCode: status === undefined ? undefined : String(status),
				},
			);
		}
		await sleep(retryDelayMs(failure, attempt));
	}
}

/**
 * The `requestDefaults` of every vendor node. `ignoreHttpStatusErrors` is what lets the
 * response check of `vendorRoute()` see error answers (and their Retry-After) itself. There is
 * no `baseURL`: the shared executor takes it from the run's credential (see `credentialsOfRun`).
 */
export function vendorRequestDefaults(): DeclarativeRestApiSettings.HttpRequestOptions {
	return {
		headers: { Accept: 'application/json' },
		json: true,
		ignoreHttpStatusErrors: true,
	};
}
