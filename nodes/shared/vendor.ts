import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteData,
	IExecuteSingleFunctions,
	IGetNodeParameterOptions,
	IHttpRequestOptions,
	INode,
} from 'n8n-workflow';

import type { PacingLimits } from './pacer';

/**
 * What the shared request pipeline knows about one vendor: its name, its secrets, how it says
 * "error", and the few steps of its own that run around every request (its hooks).
 *
 * A vendor's own steps are hooks here, never another wrapper around the executor: the executor
 * (`executor.ts`) and the plain request of triggers and pickers (`transport.ts`) call them at
 * fixed points, so every request of the vendor, paged, batched or retried, goes through them.
 */
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
	/**
	 * The vendor's request limits, from its docs or public pages: the defaults of Options →
	 * Request Pacing and of triggers and dropdowns (`pacer.ts`; `DEFAULT_PACING` when unset).
	 */
	pacing?: PacingLimits;
	/**
	 * Completes a request before it is sent, e.g. adds the token of a login session. It runs as
	 * the first preSend hook of every operation the builder makes (n8n runs preSend hooks once
	 * per item, before any request of the item), and before every request of `vendorRequest`.
	 * A credential it refuses therefore stops the item before anything is sent.
	 */
	authorize?(
		context: VendorHookContext,
		options: IHttpRequestOptions,
	): Promise<IHttpRequestOptions>;
	/**
	 * A request was answered HTTP 401. Change `options` (e.g. put in a fresh token) and return
	 * true to have it sent once more; return false to let the failure stand. When the request
	 * sent again is refused as well, the hook is called once more with `again` true: it may
	 * reword the error (in place) and must return false; nothing is sent a third time.
	 */
	onUnauthorized?(
		context: VendorHookContext,
		options: IHttpRequestOptions,
		error: unknown,
		again: boolean,
	): Promise<boolean>;
	/**
	 * The last look at a failed attempt before it is retried or reported, e.g. to take out a PIN
	 * the request carried. Change the error in place: the executor keeps its Retry-After by the
	 * error's identity.
	 */
	cleanError?(
		context: VendorHookContext,
		error: unknown,
		options: IHttpRequestOptions,
	): Promise<void>;
	/**
	 * Values to hide from this request's output items besides the credential's secret fields
	 * (e.g. a PIN the request sent, echoed back), hidden with the output rule of `secrets.ts`.
	 */
	outputSecrets?(context: VendorHookContext, options: IHttpRequestOptions): Promise<string[]>;
}

/**
 * What a vendor hook may use of the context it is called with: the executor passes n8n's
 * per-item context of a declarative operation, `vendorRequest` the context of the trigger or
 * picker that calls it. Only the parts every one of them has are offered.
 */
export interface VendorHookContext {
	getNode(): INode;
	getCredentials<T extends object = ICredentialDataDecryptedObject>(
		type: string,
		itemIndex?: number,
	): Promise<T>;
	helpers: { httpRequest(options: IHttpRequestOptions): Promise<unknown> };
	/** Only in a declarative operation: the object every item of one node run shares. */
	getExecuteData?(): IExecuteData;
	/** Only in a declarative operation or a picker. */
	getNodeParameter?(name: string, fallback?: unknown, options?: IGetNodeParameterOptions): unknown;
}

/** The part of a request that paging changes. */
export interface PageRequest {
	qs?: IDataObject;
	url?: string;
}

/**
 * How a vendor pages its lists. `start` prepares the first request; `read` takes one page's
 * body, returns its items and, when another page should be fetched, changes the request
 * options for it and says so.
 */
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
