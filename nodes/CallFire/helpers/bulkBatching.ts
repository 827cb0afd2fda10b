import type { IDataObject } from 'n8n-workflow';

import type { EntryMatching, ItemBatching } from '../../shared/batching';
import { sourcesOf, type BulkSpec } from './bulk';
import { phoneKey } from './phoneNumbers';

/**
 * How the items of a bulk operation (see bulk.ts) share requests: the spec's `batching`. Entries
 * travel up to Batch Size per request, items with another shared part (another list, other
 * options) in other requests, and each answer goes back to the items its entries came from.
 */

/** An entry of an endpoint with several sources, tagged with the body array it goes in. */
interface SourcedEntry {
	into: string;
	value: unknown;
}

function sourced(entry: unknown): SourcedEntry {
	return entry as SourcedEntry;
}

/** What a result of CallFire's answer or an entry is about: its number (`n:`) or contact (`c:`). */
function keysOf(row: unknown, numberFields: string[]): string[] {
	if (row === null || typeof row !== 'object') {
		const key = phoneKey(row);
		return key ? [`n:${key}`] : [];
	}
	const object = row as IDataObject;
	const keys: string[] = [];
	for (const field of numberFields) {
		const key = phoneKey(object[field]);
		if (key) keys.push(`n:${key}`);
	}
	const contact = object.contact as IDataObject | undefined;
	const contactId = object.contactId ?? contact?.id;
	if (typeof contactId === 'string' || typeof contactId === 'number') keys.push(`c:${contactId}`);
	return keys;
}

/** How one entry is named in an error: its number, or its contact. */
function describeEntry(entry: unknown): { what: string; label: string } | undefined {
	if (entry === null || typeof entry !== 'object') {
		return entry === undefined ? undefined : { what: 'number', label: String(entry) };
	}
	const object = entry as IDataObject;
	const number = object.phoneNumber ?? object.toNumber ?? object.number;
	if (typeof number === 'string' || typeof number === 'number')
		return { what: 'number', label: String(number) };
	if (typeof object.contactId === 'string' || typeof object.contactId === 'number')
		return { what: 'contact', label: `ID ${String(object.contactId)}` };
	const phone = object.homePhone ?? object.mobilePhone ?? object.workPhone;
	if (typeof phone === 'string') return { what: 'entry', label: phone };
	return undefined;
}

/**
 * Pairs CallFire's results with the entries sent when it answers with fewer of them: without
 * Strict Validation it leaves out the numbers it finds invalid and says nothing about them.
 */
function entryMatching(spec: BulkSpec): EntryMatching {
	const noun = spec.creates ?? 'result';
	return {
		entryKeys: (entry) => keysOf(entry, ['phoneNumber', 'toNumber', 'number']),
		resultKeys: (result) => keysOf(result, ['toNumber', 'phoneNumber', 'number']),
		missing(entry, counts) {
			const named = describeEntry(entry);
			const subject = named ? `this ${named.what} (${named.label})` : 'this entry';
			const tally = `CallFire answered with ${counts.answered} ${noun}${counts.answered === 1 ? '' : 's'} for the ${counts.sent} entries of this request`;
			if (counts.unpaired === 0) {
				// Every result went to another entry: none is left that could be this one's.
				return {
					message: `CallFire did not create a ${noun} for ${subject}: it skipped it as invalid`,
					description: `${tally}: it leaves out what it finds invalid.${spec.strict ? ' Turn on Options → Strict Validation to have CallFire refuse the whole request instead.' : ''}`,
				};
			}
			return {
				message: `CallFire's answer has no ${noun} for ${subject}`,
				description: `${tally}, and ${counts.unpaired} of them name nothing that was sent (the Fields option may leave out toNumber), so this entry may or may not have been created: check it in CallFire before sending it again.`,
			};
		},
	};
}

/** How the shared batching sends this endpoint's items. */
export function bulkBatching(spec: BulkSpec): ItemBatching {
	const sources = sourcesOf(spec);
	const several = sources.length > 1;
	const batching: ItemBatching = {
		grouping: 'shared',
		output: spec.output,
		echoKey: spec.plain,
		maxEntries(context) {
			const size = Number(
				context.getNodeParameter('batchSize', spec.max, { skipValidation: true }),
			);
			return Number.isFinite(size) && size >= 1 ? Math.min(Math.floor(size), spec.max) : spec.max;
		},
		take(options) {
			const body = options.body as unknown;
			if (spec.into === 'array') {
				options.body = undefined;
				return Array.isArray(body) ? body : [];
			}
			const object = (body ?? {}) as IDataObject;
			const rest = { ...object };
			const entries: unknown[] = [];
			for (const source of sources) {
				const values = object[source.into];
				delete rest[source.into];
				if (!Array.isArray(values)) continue;
				// One push per entry: spreading a very long list (past about 125,000 entries) into
				// push() throws a RangeError.
				for (const value of values) entries.push(several ? { into: source.into, value } : value);
			}
			options.body = rest;
			return entries;
		},
		put(options, entries) {
			const body = { ...((options.body ?? {}) as IDataObject) };
			if (spec.into === 'array') {
				options.body = entries as IDataObject[];
				return;
			}
			if (!several) {
				options.body = { ...body, [spec.into]: entries };
				return;
			}
			// One source per request (the doc: "choose one of source of contacts"); a source's own
			// shared fields (Number Type) go only with it.
			const into = sourced(entries[0]).into;
			for (const source of sources) {
				if (source.into === into) continue;
				for (const shared of source.shared ?? []) delete body[shared.name];
			}
			options.body = { ...body, [into]: entries.map((entry) => sourced(entry).value) };
		},
	};
	if (several) {
		batching.entryGroup = (entry) => sourced(entry).into;
		batching.echo = (entry) => {
			const { into, value } = sourced(entry);
			const source = sources.find((candidate) => candidate.into === into);
			if (value !== null && typeof value === 'object') return value as IDataObject;
			return { [source?.plain ?? 'value']: value as string };
		};
	}
	if (spec.output === 'perEntry') batching.match = entryMatching(spec);
	return batching;
}
