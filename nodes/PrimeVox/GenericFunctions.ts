import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type IN8nHttpFullResponse,
	type INode,
	type INodeExecutionData,
} from 'n8n-workflow';

import { vendorRoute, type ListPaging, type VendorHttp } from '../shared/transport';
import { describeEvent } from './eventTypes';

/** Rows a Call Summary page holds. */
export const PRIMEVOX_PAGE_SIZE = 500;

const PAGE_KEYS = new Set([
	'currentResultSize',
	'currentPage',
	'maxResultSize',
	'maxPages',
	'utcOffset',
]);

export const primeVoxHttp: VendorHttp = {
	name: 'PrimeVox',
	secretFields: { primeVoxApi: ['authKey'] },
	errorMessage(statusCode, body) {
		if (body && typeof body === 'object' && !Array.isArray(body)) {
			const answer = body as IDataObject;
			if (typeof answer.error === 'string' && answer.error.trim() !== '') return answer.error;
			if (answer.status === 'error' || answer.result === 'error') {
				return String(answer.message ?? answer.error ?? 'PrimeVox reported an error');
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

export const primeVoxRoute = vendorRoute(primeVoxHttp);

export type ScriptSetting =
	| 'callListScript'
	| 'callDetailsScript'
	| 'recordingScript'
	| 'callNotesScript';

/**
 * A preSend hook that points the request at one of the PBX scripts named in the credential.
 * (Done here rather than in the routing URL, because older n8n versions do not offer
 * `$credentials` to an operation's routing.)
 */
export function toScript(setting: ScriptSetting) {
	return async function pointAtScript(
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const credentials = await this.getCredentials('primeVoxApi');
		const script = String(credentials[setting] ?? '').replace(/^\/+/, '');
		if (script === '') {
			throw new NodeOperationError(this.getNode(), `The credential's ${setting} setting is empty`, {
				description:
					'Open the PrimeVox credential and fill in the script name, or restore its default.',
			});
		}
		requestOptions.url = `/${script}`;
		return requestOptions;
	};
}

const DIRECTION_NAMES: Record<string, string> = {
	'1': 'inbound',
	'2': 'outbound',
	'3': 'internal',
};

function isRow(value: unknown): value is IDataObject {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The object that holds the rows and paging numbers: the body itself, or its `data`. */
function rowContainers(body: unknown): IDataObject[] {
	if (!isRow(body)) return [];
	const containers: IDataObject[] = [body];
	if (isRow(body.data)) containers.push(body.data);
	return containers;
}

function pageNumber(containers: IDataObject[], key: string): number | undefined {
	for (const container of containers) {
		const value = Number(container[key]);
		if (container[key] !== undefined && Number.isFinite(value)) return value;
	}
	return undefined;
}

/** Adds readable names beside the coded call fields, keeping the vendor's fields as they are. */
export function decorateCall(row: IDataObject, key?: string): IDataObject {
	const call: IDataObject = { ...row };
	if (call.callUuid === undefined && key !== undefined) call.callUuid = key;
	const direction = DIRECTION_NAMES[String(call.callDirection)];
	if (direction) call.callDirectionName = direction;
	return call;
}

/**
 * The calls of one Call Summary page. The API answers with an object keyed by call id; some
 * versions wrap it in `data`, and the paging numbers may stand beside the calls.
 */
export function callsOfPage(body: unknown): IDataObject[] {
	const calls: IDataObject[] = [];
	for (const container of rowContainers(body)) {
		const rows = Array.isArray(container.calls) ? (container.calls as unknown[]) : undefined;
		if (rows) {
			for (const row of rows) if (isRow(row)) calls.push(decorateCall(row));
			continue;
		}
		for (const [key, value] of Object.entries(container)) {
			if (PAGE_KEYS.has(key) || key === 'data' || !isRow(value)) continue;
			calls.push(decorateCall(value, key));
		}
	}
	return calls;
}

export const callListPaging: ListPaging = {
	start(options, wanted) {
		options.qs = { ...(options.qs ?? {}), page: 1 };
		void wanted;
	},
	read(body, options, received, wanted) {
		void received;
		void wanted;
		const containers = rowContainers(body);
		const items = callsOfPage(body);
		const current =
			pageNumber(containers, 'currentPage') ?? Number((options.qs as IDataObject).page ?? 1);
		const maxPages = pageNumber(containers, 'maxPages');
		const more =
			items.length > 0 &&
			(maxPages !== undefined ? current < maxPages : items.length >= PRIMEVOX_PAGE_SIZE);
		if (more) (options.qs as IDataObject).page = current + 1;
		return { items, more };
	},
};

function eventsOfPage(body: unknown): IDataObject[] {
	const events: IDataObject[] = [];
	for (const container of rowContainers(body)) {
		const listed = container.events;
		const rows: unknown[] = Array.isArray(listed)
			? listed
			: isRow(listed)
				? Object.values(listed)
				: Object.values(container).filter((value) => isRow(value) && value.eventType !== undefined);
		for (const row of rows) if (isRow(row)) events.push(describeEvent(row));
	}
	return events;
}

function callFieldsOf(body: unknown): IDataObject {
	const call: IDataObject = {};
	for (const container of rowContainers(body)) {
		for (const [key, value] of Object.entries(container)) {
			if (
				PAGE_KEYS.has(key) ||
				key === 'data' ||
				key === 'events' ||
				isRow(value) ||
				Array.isArray(value)
			)
				continue;
			call[key] = value;
		}
	}
	return decorateCall(call);
}

/** Call Details pages: the call's own fields once, and its events from every page. */
export const callDetailsPaging: ListPaging = {
	start(options) {
		options.qs = { ...(options.qs ?? {}), page: 1 };
	},
	read(body, options) {
		const containers = rowContainers(body);
		const current =
			pageNumber(containers, 'currentPage') ?? Number((options.qs as IDataObject).page ?? 1);
		const maxPages = pageNumber(containers, 'maxPages') ?? 1;
		const events = eventsOfPage(body);
		const more = events.length > 0 && current < maxPages;
		if (more) (options.qs as IDataObject).page = current + 1;
		return { items: [{ ...callFieldsOf(body), events }], more };
	},
	finish(pages) {
		if (pages.length === 0) return [];
		const events = pages.flatMap((page) => (page.events as IDataObject[]) ?? []);
		return [{ ...pages[0], events }];
	},
};

const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?$/;

function pad(value: number): string {
	return String(value).padStart(2, '0');
}

/**
 * A date from n8n (a date picker's wall-clock string or an ISO timestamp with a zone) as
 * PrimeVox wants it: `YYYY-MM-DD HH:MM:SS` in the given UTC offset (minutes).
 */
export function toPrimeVoxDate(value: unknown, utcOffsetMinutes: number): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const text = String(value).trim();
	const plain = PLAIN_DATE.exec(text);
	if (plain) {
		const [, year, month, day, hour = '00', minute = '00', second = '00'] = plain;
		return `${year}-${month}-${day} ${hour}:${minute}:${second}`;
	}
	const instant = Date.parse(text);
	if (!Number.isFinite(instant)) return undefined;
	const shifted = new Date(instant + utcOffsetMinutes * 60_000);
	return (
		`${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())} ` +
		`${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}:${pad(shifted.getUTCSeconds())}`
	);
}

export function parseUtcOffset(node: INode, value: unknown, itemIndex?: number): number {
	const offset = Number(value ?? 0);
	if (!Number.isInteger(offset) || offset < -720 || offset > 840) {
		throw new NodeOperationError(
			node,
			`UTC Offset must be a whole number of minutes between -720 and 840, not "${String(value)}"`,
			{
				itemIndex,
				description: 'For example America/Chicago is -300 (or -360 in winter), UTC is 0.',
			},
		);
	}
	return offset;
}

/** Builds the Call Summary query from the date pickers, toggles and yes/no filters. */
export async function buildCallListQuery(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const node = this.getNode();
	const itemIndex = this.getItemIndex();
	const options = this.getNodeParameter('options', {}) as IDataObject;
	const filters = this.getNodeParameter('filters', {}) as IDataObject;
	const qs = (requestOptions.qs ?? {}) as IDataObject;

	const utcOffset = parseUtcOffset(node, options.utcOffset ?? 0, itemIndex);
	if (options.utcOffset !== undefined) qs.utcOffset = utcOffset;

	for (const field of ['fromDate', 'toDate'] as const) {
		const raw = options[field];
		if (raw === undefined || raw === '') continue;
		const formatted = toPrimeVoxDate(raw, utcOffset);
		if (!formatted) {
			throw new NodeOperationError(
				node,
				`${field === 'fromDate' ? 'From Date' : 'To Date'} is not a date: "${String(raw)}"`,
				{
					itemIndex,
					description: 'Pick a date, or give one as YYYY-MM-DD HH:MM:SS or an ISO 8601 timestamp.',
				},
			);
		}
		qs[field] = formatted;
	}
	if (qs.fromDate && qs.toDate && String(qs.fromDate) > String(qs.toDate)) {
		throw new NodeOperationError(node, 'From Date must not be after To Date', {
			itemIndex,
		});
	}

	const directions = this.getNodeParameter('directions', {}) as IDataObject;
	for (const [option, parameter] of [
		['inbound', 'showInbound'],
		['outbound', 'showOutbound'],
		['internal', 'showInternal'],
	] as const) {
		if (directions[option] !== undefined) qs[parameter] = directions[option] ? 1 : 0;
	}

	for (const flag of [
		'filterWentToVoicemail',
		'filterSpokeToPerson',
		'filterFlaggedFollowup',
		'filterCallHasNotes',
	]) {
		if (filters[flag] === true) qs[flag] = 1;
	}
	requestOptions.qs = qs;
	return requestOptions;
}

/** Validates the Update fields and turns them into the urlencoded body the notes API reads. */
export async function buildCallNotesBody(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const node = this.getNode();
	const itemIndex = this.getItemIndex();
	const callUuid = String(
		this.getNodeParameter('callUuid', '', { extractValue: true, skipValidation: true }) ?? '',
	).trim();
	if (callUuid === '') {
		throw new NodeOperationError(node, 'Call ID is required', {
			itemIndex,
			description: 'Give the callUuid of a call, e.g. from Get Many.',
		});
	}
	const fields = this.getNodeParameter('updateFields', {}) as IDataObject;
	const body: IDataObject = { callUuid };
	if (fields.callNotes !== undefined) {
		const notes = String(fields.callNotes);
		if (notes.length > 255) {
			throw new NodeOperationError(
				node,
				`Notes must be at most 255 characters, not ${notes.length}`,
				{ itemIndex },
			);
		}
		body.callNotes = notes;
	}
	if (fields.callFlagged !== undefined) body.callFlagged = fields.callFlagged ? 1 : 0;
	if (fields.callSeverity !== undefined) {
		const severity = Number(fields.callSeverity);
		if (!Number.isInteger(severity) || severity < 0 || severity > 5) {
			throw new NodeOperationError(
				node,
				`Severity must be a whole number from 0 to 5, not "${String(fields.callSeverity)}"`,
				{ itemIndex },
			);
		}
		body.callSeverity = severity;
	}
	if (Object.keys(body).length === 1) {
		throw new NodeOperationError(node, 'Nothing to update', {
			itemIndex,
			description:
				'Add at least one of Notes, Flagged for Follow-Up or Severity under Update Fields.',
		});
	}
	requestOptions.body = body;
	requestOptions.headers = {
		...(requestOptions.headers ?? {}),
		'Content-Type': 'application/x-www-form-urlencoded',
	};
	return requestOptions;
}

/** The Update answer, with the call it was for and what was sent. */
export async function callNotesResult(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const callUuid = String(
		this.getNodeParameter('callUuid', '', { extractValue: true, skipValidation: true }) ?? '',
	).trim();
	return items.map((item) => {
		const answer = item.json;
		const message =
			typeof answer.success === 'string'
				? answer.success
				: (answer.message ?? answer.success ?? null);
		return { json: { callUuid, success: true, message } };
	});
}

/** The call's Details events as their own items, if the user asked for that. */
export function callCheckUuid(node: INode, value: unknown, itemIndex: number): string {
	const callUuid = String(value ?? '').trim();
	if (callUuid === '') {
		throw new NodeOperationError(node, 'Call ID is required', {
			itemIndex,
			description: 'Give the callUuid of a call, e.g. from Get Many.',
		});
	}
	return callUuid;
}

export async function requireCallUuid(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const callUuid = callCheckUuid(
		this.getNode(),
		this.getNodeParameter('callUuid', '', { extractValue: true, skipValidation: true }),
		this.getItemIndex(),
	);
	requestOptions.qs = { ...(requestOptions.qs ?? {}), callUUID: callUuid };
	const options = this.getNodeParameter('options', {}, { skipValidation: true }) as IDataObject;
	if (options.utcOffset !== undefined) {
		(requestOptions.qs as IDataObject).utcOffset = parseUtcOffset(
			this.getNode(),
			options.utcOffset,
			this.getItemIndex(),
		);
	}
	return requestOptions;
}

const AUDIO_TYPES: Record<string, string> = {
	wav: 'audio/wav',
	mp3: 'audio/mpeg',
	ogg: 'audio/ogg',
	gsm: 'audio/gsm',
	m4a: 'audio/mp4',
};

/** The recording file name given directly, or read from a call's recordingUrl. */
export function recordingFileName(
	node: INode,
	source: string,
	value: unknown,
	itemIndex: number,
): string {
	const text = String(value ?? '').trim();
	if (text === '') {
		const field = source === 'url' ? 'Recording URL' : 'File Name';
		throw new NodeOperationError(node, `${field} is required`, {
			itemIndex,
			description: "Use a call's recordingUrl, or the file name from the call data.",
		});
	}
	if (source !== 'url') return text;
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		throw new NodeOperationError(node, `Recording URL is not a URL: "${text.slice(0, 80)}"`, {
			itemIndex,
			description: 'Use the recordingUrl field of a call from Get Many or Get.',
		});
	}
	const named =
		url.searchParams.get('fileName') ??
		url.searchParams.get('filename') ??
		url.searchParams.get('file');
	const fromPath = decodeURIComponent(url.pathname.split('/').filter(Boolean).pop() ?? '');
	const fileName = named ?? (/\.(wav|mp3|ogg|gsm|m4a)$/i.test(fromPath) ? fromPath : '');
	if (fileName === '') {
		throw new NodeOperationError(node, 'Recording URL does not name a recording file', {
			itemIndex,
			description: 'Expected a fileName parameter or a path ending in an audio file name.',
		});
	}
	return fileName;
}

export async function setRecordingFileName(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const source = this.getNodeParameter('recordingSource', 'url') as string;
	const value = this.getNodeParameter(source === 'url' ? 'recordingUrl' : 'fileName', '');
	const fileName = recordingFileName(this.getNode(), source, value, this.getItemIndex());
	requestOptions.qs = { ...(requestOptions.qs ?? {}), fileName };
	return requestOptions;
}

/** The downloaded recording as binary data with its file name and MIME type. */
export async function recordingToBinary(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const fileName = String(
		((this.getNodeParameter('recordingSource', 'url') === 'url'
			? recordingFileName(
					this.getNode(),
					'url',
					this.getNodeParameter('recordingUrl', ''),
					this.getItemIndex(),
				)
			: this.getNodeParameter('fileName', '')) as string) || 'recording.wav',
	);
	const property = (this.getNodeParameter('binaryPropertyName', 'data') as string) || 'data';
	const extension = fileName.split('.').pop()?.toLowerCase() ?? '';
	const headers = response.headers as IDataObject;
	const served = String(headers?.['content-type'] ?? '')
		.split(';')[0]
		.trim();
	const mimeType = served.startsWith('audio/')
		? served
		: (AUDIO_TYPES[extension] ?? 'application/octet-stream');
	const body = response.body as unknown;
	const data = Buffer.isBuffer(body) ? body : Buffer.from(body as ArrayBuffer);
	const binary = await this.helpers.prepareBinaryData(data, fileName, mimeType);
	return items.map(() => ({
		json: { fileName, mimeType, fileSize: data.length },
		binary: { [property]: binary },
	}));
}
