import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import type { ItemBatching } from './batching';
import type { FanOut } from './executor';
import type { ListPaging, VendorHttp } from './vendor';

/**
 * # The operation model: one typed spec per operation
 *
 * An operation file (`nodes/<Vendor>/resources/<resource>/<operation>.ts`) exports one
 * `OperationSpec`. It says, in one place, everything about the endpoint: its method and path,
 * its query and body (each a table of where every value comes from), its paging, batching,
 * output shape and binary data, and its own small hooks. `builder.ts` turns the specs of a node
 * into n8n's properties and routing, and `executor.ts` sends the requests. See
 * `nodes/shared/README.md` for the guide.
 */

export type PreSendHook = (
	this: IExecuteSingleFunctions,
	options: IHttpRequestOptions,
) => Promise<IHttpRequestOptions>;

export type PostReceiveHook = (
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
) => Promise<INodeExecutionData[]>;

/**
 * A field of the operation in the editor: an n8n property without `displayOptions` for the
 * resource and operation (the builder adds them) and without `routing` (the spec's tables say
 * where values go). `show` adds conditions of its own, e.g. `{recordingSource: ['url']}`.
 */
export type FieldSpec = Omit<INodeProperties, 'displayOptions' | 'routing'> & {
	show?: Record<string, Array<string | number | boolean>>;
};

/**
 * How a value is sent:
 * - `string`: as text, trimmed; `number`: as a number, refused when it is not one;
 * - `flag`: a switch as 1 / 0; `flagWhenOn`: 1 when on, left out when off;
 * - `boolean`: a switch as true / false;
 * - `list`: comma- or line-separated text (or an array) as an array, sent repeated in a query
 *   (`id=1&id=2`); `csv`: the same joined with commas (`states=A,B`);
 * - a function: the value as it should be sent (`undefined` leaves it out); it may throw a
 *   NodeOperationError for a value it refuses.
 */
export type ValueFormat =
	| 'asIs'
	| 'string'
	| 'number'
	| 'flag'
	| 'flagWhenOn'
	| 'boolean'
	| 'list'
	| 'csv'
	| ((value: unknown, context: IExecuteSingleFunctions, label: string) => unknown);

/** Where one query or body value comes from, and how it is sent. */
export interface ValueRule {
	/**
	 * The field it comes from: a field's name (`callUuid`), or a collection's name and one of
	 * its options (`filters.filterInboundDid`). It must be a field of the operation.
	 */
	from: string;
	/** How it is sent (default `asIs`: as n8n gives it, text trimmed). */
	as?: ValueFormat;
	/**
	 * A value that is empty (empty text after trimming, or an empty list):
	 * - `omit` (the default): left out;
	 * - `refuse`: the item stops with "<label> is empty" before any request. Use it for a filter
	 *   or an ID the user added, so that an expression that resolved to nothing never means "all";
	 * - `send`: sent empty, where the API reads empty as "clear it" and the user asked for that.
	 */
	whenEmpty?: 'omit' | 'refuse' | 'send';
	/** With `refuse`: the message instead of "<label> is empty". */
	emptyMessage?: string;
	/** With `refuse`: the error's description. */
	emptyHint?: string;
}

/** API name → where its value comes from. */
export type ValueTable = Record<string, ValueRule | string>;

/** A path parameter: `{name}` in the path. */
export interface PathParameter {
	/**
	 * `field` (the default): the operation's field of the same name (it must be declared in
	 * `fields`), read once per item, refused when empty, URL-encoded.
	 * `credential`: a setting of the credential in use (read once per run), e.g. a script name.
	 */
	from?: 'field' | 'credential';
	/** The credential setting, for `from: 'credential'` (default: the placeholder's name). */
	setting?: string;
	/** Named in the error when the value is empty (default: the field's display name). */
	label?: string;
	/** The message when the value is empty (default `<label> is empty`). */
	emptyMessage?: string;
	/** The description of that error. */
	emptyHint?: string;
	/** Sent as it is, not URL-encoded (a value that is a path itself, such as a script name). */
	raw?: boolean;
	/**
	 * Checks or tidies the value before it goes into the path (e.g. a phone number sent as
	 * digits); throw a NodeOperationError to refuse it.
	 */
	convert?: (value: string, context: IExecuteSingleFunctions, label: string) => string;
}

/** The request body. */
export type BodySpec =
	| {
			/** `application/x-www-form-urlencoded`, from a table of fields. */
			type: 'form';
			fields: ValueTable;
	  }
	| {
			/** JSON from a table of fields. */
			type: 'json';
			fields: ValueTable;
	  }
	| {
			/** JSON written by the user in one `json` field (its name). */
			type: 'jsonParameter';
			parameter: string;
			/** The body must be an array (of entries) or an object. */
			shape?: 'array' | 'object';
	  }
	| {
			/** `multipart/form-data`: an input binary file plus text fields. */
			type: 'multipart';
			/** The form field that carries the file. */
			fileField: string;
			/** Other form fields. */
			fields?: ValueTable;
	  };

/** The answer is a file: it becomes binary data of the output item. */
export interface BinaryOutput {
	/** The file's name (called after the answer came). */
	fileName(this: IExecuteSingleFunctions, response: IN8nHttpFullResponse): string;
	/** MIME types by file extension, used when the server's own type is not kept. */
	mimeTypes?: Record<string, string>;
	/** Which MIME types the server gives are kept as they are (default: none but audio/video/image). */
	keepServedType?: RegExp;
	/** The hint of the "Put Output File in Field" field. */
	hint?: string;
}

/** How the answer becomes output items (besides a list's pages, which its paging reads). */
export type OutputSpec =
	| {
			/** One item per row the function reads from the answer's body. */
			rows: (body: unknown, context: IExecuteSingleFunctions) => IDataObject[];
	  }
	| { binary: BinaryOutput };

/** Paging of a list operation. */
export interface PagingSpec {
	/** How the vendor pages (`ListPaging`, see `vendor.ts`). */
	pages: ListPaging;
	/**
	 * `choice` (the default): Return All and Limit fields decide. `every`: always every page
	 * (e.g. all the events of one call), with no fields for it.
	 */
	read?: 'choice' | 'every';
	/** Limit's default (50). */
	limitDefault?: number;
}

/** One operation of a resource. */
export interface OperationSpec {
	/** The operation's value (stored in saved workflows): `getAll`, `create`, … */
	value: string;
	/** As the editor lists it: `Get Many`. */
	name: string;
	/** As n8n's action list (and AI agents) show it: `Get many calls`. */
	action: string;
	/** The operation's line under its name in the editor (left out where there was none). */
	description?: string;

	method: IHttpRequestMethods;
	/** Path below the base URL, with `{name}` placeholders (see `pathParameters`). */
	path: string;
	/** How each placeholder of `path` is filled (default: the field of the same name). */
	pathParameters?: Record<string, PathParameter>;
	/** Query parameters: API name → where the value comes from. */
	query?: ValueTable;
	body?: BodySpec;

	paging?: PagingSpec;
	/** Many items' entries sent in few requests (see `batching.ts`). */
	batching?: ItemBatching;
	output?: OutputSpec;
	/** The operation takes a file from the input item (see `body.type: 'multipart'`). */
	binaryInput?: { hint?: string };

	/** The operation's fields in the editor, in the order they are shown. */
	fields?: FieldSpec[];

	/** The operation's own hooks, run after the request is built from the tables. */
	hooks?: {
		/** Change or check the request (e.g. dates needing two fields), in order. */
		preSend?: PreSendHook[];
		/** Change the output items, in order, after the output shape made them. */
		postReceive?: PostReceiveHook[];
		/**
		 * Send the item's request as several requests (e.g. one delete per contact ID), each
		 * through the executor (see `FanOut` in `executor.ts`). Not with `paging` or `batching`.
		 */
		fanOut?: FanOut;
	};
	/** Other request options, e.g. `arrayFormat: 'repeat'`. */
	request?: Partial<IHttpRequestOptions>;
	/** This operation's own vendor settings (e.g. a login call whose 401 means another thing). */
	vendor?: VendorHttp;
}

/** One resource of a node and its operations. */
export interface ResourceSpec {
	value: string;
	name: string;
	/** The operation chosen when the resource is picked. */
	defaultOperation: string;
	/**
	 * The operations, in the order their fields are laid out (the editor lists them by name,
	 * as n8n's lint wants).
	 */
	operations: OperationSpec[];
}

/** Checks an operation spec's type where it is written (a typed identity). */
export function defineOperation(spec: OperationSpec): OperationSpec {
	return spec;
}

export function defineResource(spec: ResourceSpec): ResourceSpec {
	return spec;
}
