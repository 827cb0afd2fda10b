import {
	NodeApiError,
	type DeclarativeRestApiSettings,
	type IAllExecuteFunctions,
	type IDataObject,
	type IHttpRequestMethods,
	type IHttpRequestOptions,
	type IN8nHttpFullResponse,
	type INodePropertyRouting,
	type JsonObject,
	type PostReceiveAction,
} from 'n8n-workflow';

import type { ItemBatching } from './batching';
import { credentialSecrets } from './credentials';
import { createExecutor, executorRouting, type Executor } from './executor';
import { cancelSignalOf, pacerOf, pacingOfRequest } from './pacer';
import { decodeBody } from './response';
import {
	httpStatusOf,
	pauseBeforeRetry,
	plannedWait,
	rememberRetryAfter,
	RETRY_LIMIT,
	retryWaitMs,
	shouldRetry,
} from './retry';
import { redactOutput, redactText } from './secrets';
import type { ListPaging, VendorHttp, VendorHookContext } from './vendor';

/**
 * Requests outside a declarative operation (triggers, pickers, an operation hook that must read
 * before it writes), and the request defaults of every vendor node. The executor of the
 * declarative operations is `executor.ts`.
 */

// The names this module exported before the pipeline was split by role; new code imports them
// from their own modules.
export type { ListPaging, PageRequest, VendorHttp, VendorHookContext } from './vendor';
export { decodeBody, responseCheck } from './response';
export { parseRetryAfter, retryDelayMs, RETRY_LIMIT, shouldRetry } from './retry';

/**
 * The executor of one operation. Kept for the vendors not on the operation model yet; the
 * model's builder calls `createExecutor` in `executor.ts`.
 */
export function createTransport(
	vendor: VendorHttp,
	paging?: ListPaging,
	batching?: ItemBatching,
): Executor {
	return createExecutor(vendor, { paging, batching });
}

type PreSend = NonNullable<NonNullable<INodePropertyRouting['send']>['preSend']>[number];

/**
 * Routing for one operation: method and URL, the shared executor, and the response check
 * ahead of the operation's own postReceive hooks. Kept for the vendors not on the operation
 * model yet (the model's builder calls `executorRouting` in `executor.ts`).
 */
export function vendorRoute(vendor: VendorHttp) {
	return (
		method: IHttpRequestMethods,
		url: string,
		extra: {
			paging?: ListPaging;
			preSend?: PreSend[];
			postReceive?: PostReceiveAction[];
			request?: Partial<IHttpRequestOptions>;
			/** Send many items' entries in few requests (see batching.ts). */
			batching?: ItemBatching;
		} = {},
	): INodePropertyRouting =>
		executorRouting(vendor, {
			method,
			url,
			plan: extra.batching ? { batching: extra.batching } : { paging: extra.paging },
			preSend: extra.preSend,
			postReceive: extra.postReceive,
			request: extra.request,
		});
}

/** One attempt of `vendorRequest`: the vendor's answer, or the failure as an error. */
async function requestOnce(
	context: IAllExecuteFunctions,
	vendor: VendorHttp,
	credentialType: string,
	options: IHttpRequestOptions,
	secrets: string[],
): Promise<{ body: unknown } | { failure: unknown }> {
	try {
		const response = (await context.helpers.httpRequestWithAuthentication.call(
			context,
			credentialType,
			{ ...options, returnFullResponse: true, ignoreHttpStatusErrors: true },
		)) as IN8nHttpFullResponse;
		const body = decodeBody(response.body);
		let message = vendor.errorMessage(response.statusCode, body);
		if (!message && response.statusCode >= 400)
			message = `${vendor.name} answered HTTP ${response.statusCode}`;
		if (!message) return { body: redactOutput(body, secrets) };
		const failure = new NodeApiError(
			context.getNode(),
			(typeof body === 'object' && body !== null ? body : {}) as JsonObject,
			{
				message,
				httpCode: String(response.statusCode),
				description: `HTTP ${response.statusCode} from ${vendor.name}`,
			},
		);
		rememberRetryAfter(failure, response.headers as IDataObject);
		return { failure };
	} catch (error) {
		return { failure: error };
	}
}

/**
 * One request from code that is not a declarative operation (triggers, pickers, operation
 * hooks): the same vendor hooks, pacing, retries, vendor-error check and secret redaction as
 * the node's operations. `options.url` is a full URL.
 */
export async function vendorRequest(
	context: IAllExecuteFunctions,
	vendor: VendorHttp,
	credentialType: string,
	options: IHttpRequestOptions,
): Promise<unknown> {
	const credentials = await context.getCredentials(credentialType);
	const secrets = credentialSecrets(credentials, vendor.secretFields[credentialType] ?? []);
	const hookContext = context as unknown as VendorHookContext;
	const request = vendor.authorize ? await vendor.authorize(hookContext, { ...options }) : options;
	const method = String(request.method ?? 'GET').toUpperCase();
	// The credential's pacer, with the run's limits inside an operation's hook, else the vendor's.
	const pacing = pacingOfRequest(context, vendor, credentialType);
	const pacer = pacerOf(pacing.key);
	let resent = false;
	for (let tries = 0; ; tries++) {
		const slot = await pacer.acquire(pacing.limits, {
			retry: tries > 0 || resent,
			signal: cancelSignalOf(context),
		});
		const outcome = await requestOnce(context, vendor, credentialType, request, secrets);
		if ('body' in outcome) {
			slot.done();
			return outcome.body;
		}
		const failure = outcome.failure;
		// A 429 holds the credential for as long as this request's retry will wait.
		slot.done(failure, httpStatusOf(failure) === 429 ? plannedWait(failure, tries) : undefined);
		if (vendor.onUnauthorized && httpStatusOf(failure) === 401) {
			const resend = await vendor.onUnauthorized(hookContext, request, failure, resent);
			if (resend && !resent) {
				resent = true;
				tries -= 1;
				continue;
			}
		}
		await vendor.cleanError?.(hookContext, failure, request);
		if (tries >= RETRY_LIMIT || !shouldRetry(failure, method)) {
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
		// A 429 set a hold of the whole credential when its turn was given back.
		if (httpStatusOf(failure) === 429) await pacer.whenOpen();
		else await pauseBeforeRetry(retryWaitMs(failure, tries));
	}
}

/**
 * The `requestDefaults` of every vendor node. `ignoreHttpStatusErrors` is what lets the
 * response check (`response.ts`) see error answers (and their Retry-After) itself. There is
 * no `baseURL`: the executor takes it from the run's credential (see `credentials.ts`).
 */
export function vendorRequestDefaults(): DeclarativeRestApiSettings.HttpRequestOptions {
	return {
		headers: { Accept: 'application/json' },
		json: true,
		ignoreHttpStatusErrors: true,
	};
}
