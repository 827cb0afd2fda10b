import {
	NodeApiError,
	type DeclarativeRestApiSettings,
	type IExecutePaginationFunctions,
	type IExecuteSingleFunctions,
	type IHttpRequestMethods,
	type IHttpRequestOptions,
	type INodeExecutionData,
	type INodePropertyRouting,
	type JsonObject,
	type PostReceiveAction,
} from 'n8n-workflow';

import { asNodeError, batchGuard, sendInBatch, stopsTheRun, type ItemBatching } from './batching';
import { credentialsOfRun } from './credentials';
import { cancelSignalOf, pacerOf, pacingOfRun } from './pacer';
import { PageGuard } from './paging';
import { responseCheck } from './response';
import {
	httpStatusOf,
	pauseBeforeRetry,
	plannedWait,
	RETRY_LIMIT,
	retryWaitMs,
	shouldRetry,
	timedOut,
} from './retry';
import { redactItems, redactText, redactValue } from './secrets';
import type { ListPaging, VendorHttp } from './vendor';

/**
 * # The request executor of every declarative operation of this package
 *
 * ## What n8n does (n8n-core's `RoutingNode`, `execution-engine/routing-node.ts`)
 * For a node without `execute()`, n8n's RoutingNode runs the node. For each input item, in one
 * synchronous loop, it:
 * 1. builds the item's request: `requestDefaults`, then every property's `routing` (the chosen
 *    operation's `request`, its `send.preSend` hooks and `output.postReceive` hooks, the
 *    `operations` block), resolving each property's value once per item;
 * 2. calls `makeRequest()` for the item, which runs the preSend hooks in order (the first one
 *    is called right away, inside the loop; the loop goes on to the next item when that hook
 *    first awaits) and then sends the request;
 * and after the loop waits for all items at once (`Promise.allSettled`): items are requested
 * concurrently. An item whose promise fails becomes an error item under Continue On Fail, else
 * stops the node.
 *
 * `makeRequest()` sends in one of two ways:
 * - by itself: one HTTP request through the credential's authentication, then the postReceive
 *   hooks over the answer;
 * - or, when the request data says `paginate` and the routing gives an `operations.pagination`
 *   *function*, by calling that function with `makeRoutingRequest` (one request plus the
 *   postReceive hooks) and taking the items it returns.
 *
 * ## Why every operation says `send.paginate: true`
 * The pagination function is the only routing hook that wraps the sending itself, and n8n
 * passes it the request data and a way to send it. This package registers its executor there
 * for every operation, lists or not, Create and Delete as well. One place then does, for every
 * request of every vendor:
 * - the base URL from the run's credential (read once per run, see `credentials.ts`), instead
 *   of a `requestDefaults.baseURL` expression n8n would evaluate for every item;
 * - pacing: each attempt waits for its turn in the credential's pacer (`pacer.ts`: requests in
 *   flight, requests per second, a Retry-After held for the whole credential);
 * - retries: 429 always, 5xx and dropped connections only for reads, Retry-After honoured, at
 *   most `RETRY_LIMIT` more attempts, waits with jitter (`retry.ts`);
 * - the vendor's own steps, as hooks of `VendorHttp` (`authorize` is the first preSend;
 *   `onUnauthorized`, `cleanError` and `outputSecrets` run here, around each attempt);
 * - paging (`ListPaging`, ended by `PageGuard`) and batching of many items into few requests
 *   (`batching.ts`); an operation that sends one item as several requests (`FanOut`) gets each
 *   of them sent this way;
 * - secrets taken out of every output item and error, paired items, and Continue On Fail that
 *   loses no item (a failure becomes the item's error item, as n8n makes it).
 *
 * The response check (`response.ts`) is put first among the operation's postReceive hooks, so
 * it sees each raw answer (`ignoreHttpStatusErrors` in the request defaults lets error answers
 * through to it) before the operation's own hooks read it.
 */

type PreSend = (
	this: IExecuteSingleFunctions,
	options: IHttpRequestOptions,
) => Promise<IHttpRequestOptions>;

/** One operation's request executor: n8n calls it as the operation's `pagination` hook. */
export type Executor = (
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
) => Promise<INodeExecutionData[]>;

/** What an operation asks of the executor besides sending its request. */
export interface ExecutorPlan {
	/** The operation is a list read page by page. */
	paging?: ListPaging;
	/**
	 * With `paging`: read every page, whatever the node's `returnAll` says (e.g. all the events
	 * of one call). Otherwise Return All / Limit decide.
	 */
	everyPage?: boolean;
	/** Many items' entries sent in few requests (see `batching.ts`). */
	batching?: ItemBatching;
	/**
	 * The node's Request Pacing option (`options.requestPacing`), when the node has one; the
	 * vendor's default limits otherwise (see `pacer.ts`).
	 */
	pacingParameter?: string;
	/** The item's request sent as several requests (see `FanOut`). */
	fanOut?: FanOut;
}

/**
 * An operation that sends one item's request as several (e.g. one delete per contact ID). The
 * executor calls it in place of its single request, once per item, after every preSend hook ran.
 * `sendOne` sends one request the executor's usual way: base URL, vendor hooks, retries, the
 * redacted error (or, under Continue On Fail, the error item), secrets out of the output, items
 * paired to the input item. The hook decides how many requests go, in what order, and how their
 * items are put together; it checks each request before it hands it to `sendOne`.
 */
export type FanOut = (
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
	sendOne: (requestData: DeclarativeRestApiSettings.ResultOptions) => Promise<INodeExecutionData[]>,
) => Promise<INodeExecutionData[]>;

/** Requests the vendor refused with 401 and that were sent again after `onUnauthorized`. */
const resentAfter401 = new WeakSet<object>();

/** One request as the pacer lets it go: its turn, the request, the turn given back. */
async function pacedRequest(
	context: IExecutePaginationFunctions,
	vendor: VendorHttp,
	requestData: DeclarativeRestApiSettings.ResultOptions,
	pacingParameter: string | undefined,
	tries: number,
): Promise<INodeExecutionData[]> {
	const pacing = pacingOfRun(context, vendor, pacingParameter);
	const slot = await pacerOf(pacing.key).acquire(pacing.limits, {
		retry: tries > 0,
		signal: cancelSignalOf(context),
	});
	let failure: unknown;
	try {
		const items = await context.makeRoutingRequest(requestData);
		slot.done();
		return items;
	} catch (error) {
		failure = error;
	}
	// A 429 holds the credential for as long as this request's retry will wait.
	slot.done(failure, httpStatusOf(failure) === 429 ? plannedWait(failure, tries) : undefined);
	// Thrown as it is, for `attempt` and the retry rules (see there).
	throw failure;
}

/** One attempt, with the vendor's 401 and error hooks around it. */
async function attempt(
	context: IExecutePaginationFunctions,
	vendor: VendorHttp,
	requestData: DeclarativeRestApiSettings.ResultOptions,
	pacingParameter: string | undefined,
	tries: number,
): Promise<INodeExecutionData[]> {
	const options = requestData.options as IHttpRequestOptions;
	for (;;) {
		let failure: unknown;
		try {
			return await pacedRequest(context, vendor, requestData, pacingParameter, tries);
		} catch (error) {
			failure = error;
		}
		if (vendor.onUnauthorized && httpStatusOf(failure) === 401) {
			const again = resentAfter401.has(options);
			const resend = await vendor.onUnauthorized(context, options, failure, again);
			if (resend && !again) {
				resentAfter401.add(options);
				continue;
			}
		}
		if (vendor.cleanError) await vendor.cleanError(context, failure, options);
		// Thrown as it is: the retry rules read its status and Retry-After, and the executor
		// turns it into the final, redacted NodeApiError.
		throw failure;
	}
}

/**
 * Sends one request, with the vendor's retries; the caller makes the final, redacted error.
 * A 429's wait holds every request of the credential (`pacer.ts`), other waits only this one.
 */
async function sendWithRetry(
	context: IExecutePaginationFunctions,
	vendor: VendorHttp,
	requestData: DeclarativeRestApiSettings.ResultOptions,
	pacingParameter?: string,
): Promise<INodeExecutionData[]> {
	const method = String(requestData.options.method ?? 'GET').toUpperCase();
	for (let tries = 0; ; tries++) {
		try {
			return await attempt(context, vendor, requestData, pacingParameter, tries);
		} catch (error) {
			if (tries >= RETRY_LIMIT || !shouldRetry(error, method)) {
				throw error instanceof NodeApiError
					? error
					: new NodeApiError(context.getNode(), error as JsonObject);
			}
			if (httpStatusOf(error) === 429) {
				// The hold the 429 set when its turn was given back (`pacedRequest`).
				await pacerOf(pacingOfRun(context, vendor, pacingParameter).key).whenOpen();
			} else {
				await pauseBeforeRetry(retryWaitMs(error, tries));
			}
		}
	}
}

/** A vendor error with every secret taken out of its message, description and body. */
function safeError(
	context: IExecuteSingleFunctions,
	vendor: VendorHttp,
	error: unknown,
	secrets: string[],
): NodeApiError {
	const source = error as { message?: unknown; description?: unknown };
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

async function collectPages(
	context: IExecutePaginationFunctions,
	vendor: VendorHttp,
	plan: ExecutorPlan & { paging: ListPaging },
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	const { paging } = plan;
	const returnAll =
		plan.everyPage === true || (context.getNodeParameter('returnAll', true) as boolean);
	const wanted = returnAll ? undefined : Math.max(1, Number(context.getNodeParameter('limit', 50)));
	requestData.options.qs = requestData.options.qs ?? {};
	paging.start(requestData.options, wanted);
	const collected: INodeExecutionData[] = [];
	const guard = new PageGuard(`${vendor.name} ${returnAll ? 'Return All' : 'list'}`);
	for (;;) {
		const response = await sendWithRetry(context, vendor, requestData, plan.pacingParameter);
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
 * The executor of one operation (see the top of this file). Executors are made once per
 * operation when the node is described, not per item.
 */
export function createExecutor(vendor: VendorHttp, plan: ExecutorPlan = {}): Executor {
	const send = async (
		context: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
	) => await sendWithRetry(context, vendor, requestData, plan.pacingParameter);
	const noSecrets: string[] = [];
	const sendVendorRequest: Executor = async function sendVendorRequest(
		this: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
	): Promise<INodeExecutionData[]> {
		const itemIndex = this.getItemIndex();
		const { secrets, baseUrl } = await credentialsOfRun(this, vendor);
		// The base URL comes from the credential here rather than from an expression in
		// requestDefaults, which n8n would evaluate (twice, in n8n 2.40) for every item.
		if (!requestData.options.baseURL && baseUrl) requestData.options.baseURL = baseUrl;
		// The run's pacing, read once: a limit that is not a number stops here, before any request.
		pacingOfRun(this, vendor, plan.pacingParameter);
		try {
			let items: INodeExecutionData[];
			if (plan.batching) {
				const share = await sendInBatch(this, plan.batching, requestData, send);
				if (!share.ok) throw share.error;
				// Batched items come back already paired (a shared answer pairs with every item).
				items = share.items;
			} else {
				items = plan.paging
					? await collectPages(this, vendor, { ...plan, paging: plan.paging }, requestData)
					: await sendWithRetry(this, vendor, requestData, plan.pacingParameter);
				for (const item of items) item.pairedItem = { item: itemIndex };
			}
			const extra = vendor.outputSecrets
				? await vendor.outputSecrets(this, requestData.options as IHttpRequestOptions)
				: noSecrets;
			const hidden = extra.length ? [...secrets, ...extra] : secrets;
			return hidden.length ? redactItems(items, hidden) : items;
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
	const fanOut = plan.fanOut;
	if (!fanOut) return sendVendorRequest;
	return async function sendFannedOut(
		this: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
	): Promise<INodeExecutionData[]> {
		return await fanOut.call(
			this,
			requestData,
			async (one) => await sendVendorRequest.call(this, one),
		);
	};
}

/** The vendor's `authorize` hook as a preSend hook. */
function authorizeHook(vendor: VendorHttp): PreSend {
	return async function authorizeRequest(this: IExecuteSingleFunctions, options) {
		return await vendor.authorize!(this, options);
	};
}

/** What an operation's routing is made of (see `executorRouting`). */
export interface RoutingParts {
	method: IHttpRequestMethods;
	/** A plain path template (no expression); preSend hooks fill it in. */
	url: string;
	plan?: ExecutorPlan;
	preSend?: PreSend[];
	postReceive?: PostReceiveAction[];
	/** Other request options, e.g. `encoding: 'arraybuffer'` for a download. */
	request?: Partial<IHttpRequestOptions>;
}

/**
 * The routing of one operation: method and URL, the executor as its pagination hook, the
 * vendor's `authorize` first among its preSend hooks (inside the batch guard, which must come
 * first of all), and the response check ahead of its own postReceive hooks.
 */
export function executorRouting(vendor: VendorHttp, parts: RoutingParts): INodePropertyRouting {
	const plan = parts.plan ?? {};
	const own = [...(vendor.authorize ? [authorizeHook(vendor)] : []), ...(parts.preSend ?? [])];
	const preSend = plan.batching
		? [
				batchGuard(
					plan.batching,
					async (context, requestData) =>
						await sendWithRetry(context, vendor, requestData, plan.pacingParameter),
					own,
				),
			]
		: own;
	return {
		request: { method: parts.method, url: parts.url, ...(parts.request ?? {}) },
		send: {
			paginate: true,
			...(preSend.length ? { preSend } : {}),
		},
		operations: { pagination: createExecutor(vendor, plan) },
		output: { postReceive: [responseCheck(vendor), ...(parts.postReceive ?? [])] },
	};
}
