import type { IDataObject } from 'n8n-workflow';

import { isObject } from '../../shared/json';

/**
 * PhoneBurner's answers: the resource inside the `{http_status, status, <resource>: …}`
 * envelope, read where each operation's doc example has it.
 */

const ENVELOPE_KEYS = new Set(['http_status', 'status', '_link', '_links']);
const PAGE_KEYS = new Set(['page', 'page_size', 'total_pages', 'total_results', 'member_user_id']);

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

/**
 * The rows of an answer whose shape is not the documented one: the array inside the resource
 * container, or the resource itself. Operations say where their resource is (`OutputShape`);
 * this is only the fallback when an answer does not have it there.
 */
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

/**
 * Where an operation's resource sits in PhoneBurner's answer, as the doc's example shows it.
 * The resource found there is output as one item, or one item per entry when it is a list (an
 * array, or an object keyed "0", "1", … as folders come).
 */
export interface OutputShape {
	/** The keys from the answer down to the resource, e.g. `['contacts', 'contacts']`. */
	path: string[];
	/** An object keyed by an ID (usage is keyed by user_id): one item per key, the key under this name. */
	keyedBy?: string;
	/** One item per entry of every list inside the resource (content: `{emails: [...]}`). */
	lists?: boolean;
	/** The resource is the container itself (a new dial session): without its paging fields. */
	container?: boolean;
}

/** The resource rows of an answer, read where `shape` says; undefined when it is not there. */
export function resourceRows(
	body: unknown,
	shape: OutputShape,
): { rows: IDataObject[]; container?: IDataObject } | undefined {
	let value: unknown = body;
	let parent: unknown;
	for (const key of shape.path) {
		if (!isObject(value) || !(key in value)) return undefined;
		parent = value;
		value = value[key];
	}
	// The same resource wrapped once more, as most lists come (`folders: {folders: [...]}`).
	const last = shape.path[shape.path.length - 1];
	if (
		!shape.container &&
		isObject(value) &&
		last !== undefined &&
		(Array.isArray(value[last]) || isObject(value[last]))
	) {
		parent = value;
		value = value[last];
	}
	const container = isObject(parent) ? parent : undefined;
	if (shape.keyedBy) {
		if (!isObject(value)) return undefined;
		const keyName = shape.keyedBy;
		return {
			rows: Object.entries(value)
				.filter(([, entry]) => isObject(entry))
				.map(([key, entry]) => ({ [keyName]: key, ...(entry as IDataObject) })),
			container,
		};
	}
	if (shape.lists) {
		if (!isObject(value)) return undefined;
		const rows = Object.values(value)
			.filter((entry): entry is unknown[] => Array.isArray(entry))
			.flat()
			.filter(isObject);
		return { rows, container };
	}
	if (shape.container) {
		if (!isObject(value)) return undefined;
		const resource: IDataObject = {};
		for (const [key, entry] of Object.entries(value)) {
			if (!PAGE_KEYS.has(key)) resource[key] = entry;
		}
		return { rows: [resource], container: value };
	}
	if (Array.isArray(value)) return { rows: value.filter(isObject), container };
	if (isObject(value)) {
		const keys = Object.keys(value);
		if (keys.length > 0 && keys.every((key) => /^\d+$/.test(key) && isObject(value[key]))) {
			return { rows: keys.map((key) => value[key] as IDataObject), container };
		}
		return { rows: [value], container };
	}
	if (value === null) return { rows: [], container };
	return undefined;
}

/**
 * An operation's output rows (`output: {rows: resourceOf(shape)}`): the resource itself, not
 * the envelope; a list becomes one row per entry. A 204 or an empty answer (the decoded body is
 * '' then) becomes `{success: true}`.
 */
export function resourceOf(shape: OutputShape): (body: unknown) => IDataObject[] {
	return function resourceRowsOfAnswer(body: unknown): IDataObject[] {
		if (body === undefined || body === '' || body === null) return [{ success: true }];
		const found = resourceRows(body, shape);
		if (found && found.rows.length) return found.rows;
		const { rows } = rowsOf(body);
		const inner = unwrapEnvelope(body);
		if (isObject(inner) && rows.length === 1) return [rows[0]];
		if (rows.length === 0 && !isObject(inner)) return [{ success: true, result: inner as string }];
		if (rows.length === 0) return [inner as IDataObject];
		return rows;
	};
}
