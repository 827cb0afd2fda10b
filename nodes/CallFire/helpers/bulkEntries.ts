import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
} from 'n8n-workflow';

import { fieldAt, isObject, parseJsonParameter } from '../../shared/json';
import type { PreSendHook } from '../../shared/operation';
import { readField } from '../../shared/request';
import {
	CONTACT_PHONES,
	entryFieldNameParameter,
	entryParameter,
	INPUT_MODES,
	RECIPIENT_KINDS,
	recipientParameter,
	sourceParameter,
	sourcesOf,
	type BulkEntryField,
	type BulkSource,
	type BulkSpec,
	type RecipientKind,
} from './bulk';
import { phoneOrThrow, type PhoneRule } from './phoneNumbers';

/**
 * The preSend hook of a bulk operation (see bulk.ts): this item's entries in the request, in
 * item mode its one entry plus the shared body fields, in JSON mode the entries as written;
 * either way checked before any request, phone numbers sent as digits.
 */

function refuse(
	context: IExecuteSingleFunctions,
	message: string,
	description?: string,
): NodeOperationError {
	return new NodeOperationError(context.getNode(), message, {
		itemIndex: context.getItemIndex(),
		...(description ? { description } : {}),
	});
}

function emptyList(context: IExecuteSingleFunctions, description: string): NodeOperationError {
	return refuse(context, 'The list of entries is empty', description);
}

/** A contact ID: a positive whole number, sent as a number (as in the doc's examples). */
function contactIdOrThrow(context: IExecuteSingleFunctions, value: unknown, label: string) {
	const text = String(value ?? '').trim();
	if (!/^[0-9]+$/.test(text) || /^0+$/.test(text)) {
		throw refuse(
			context,
			`${label} "${String(value)}" is not an ID`,
			'Use the number CallFire gave the contact, e.g. 800634185003',
		);
	}
	const id = Number(text);
	return Number.isSafeInteger(id) ? id : text;
}

/**
 * A recipient written in JSON names a phone number or an existing contact (doc: "CallRecipient
 * represents a single recipient identified by phone number or contact id"); the contact ID is
 * checked and sent as a number.
 */
function checkRecipient(context: IExecuteSingleFunctions, entry: IDataObject, where: string) {
	const given = (value: unknown) => value !== undefined && value !== null && value !== '';
	if (given(entry.contactId)) {
		entry.contactId = contactIdOrThrow(context, entry.contactId, `${where}contactId`);
	} else if (!given(entry.phoneNumber)) {
		throw refuse(
			context,
			`${where}it names no recipient: give "phoneNumber" or "contactId"`,
			'E.g. {"phoneNumber": "12135551122"} or {"contactId": 122460000043}',
		);
	}
}

/** A JSON object parameter (attributes); undefined when empty. */
function jsonObjectOrThrow(
	context: IExecuteSingleFunctions,
	value: unknown,
	label: string,
): IDataObject | undefined {
	const parsed = parseJsonParameter(context, value, label);
	if (!isObject(parsed)) {
		throw refuse(context, `${label} must be a JSON object`, 'E.g. {"custom_name": "Alice"}');
	}
	return Object.keys(parsed).length ? parsed : undefined;
}

/** An entry object as written in JSON: its phone fields checked and sent as digits. */
function checkedObject(
	context: IExecuteSingleFunctions,
	entry: IDataObject,
	phones: Record<string, PhoneRule>,
	where: string,
): IDataObject {
	const checked = { ...entry };
	for (const [field, rule] of Object.entries(phones)) {
		const value = checked[field];
		if (value === undefined || value === null || value === '') continue;
		checked[field] = phoneOrThrow(context, value, `${where}${field}`, rule);
	}
	return checked;
}

/** JSON mode, a body that is the array of entries (Call → Send, Text → Send, …). */
function checkJsonArray(
	context: IExecuteSingleFunctions,
	spec: BulkSpec,
	body: unknown,
): IDataObject[] {
	const entries = Array.isArray(body) ? (body as unknown[]) : [];
	if (entries.length === 0) throw emptyList(context, 'Give a JSON array with at least one entry');
	const phones = {
		...(spec.jsonPhones ?? {}),
		...Object.fromEntries(
			['phoneNumber', 'toNumber', 'number']
				.filter((field) => !spec.jsonPhones?.[field])
				.map((field) => [field, {}]),
		),
	};
	return entries.map((entry, index) => {
		if (isObject(entry)) {
			const where = `Entry ${index + 1}: `;
			const checked = checkedObject(context, entry, phones, where);
			if (spec.recipient) checkRecipient(context, checked, where);
			return checked;
		}
		return phoneOrThrow(context, entry, `Entry ${index + 1}`) as unknown as IDataObject;
	});
}

/**
 * JSON mode, a body object that holds the arrays (DNC's `numbers`; Contact List → Add Contacts
 * takes any of `contactNumbers`, `contactIds`, `contacts`).
 */
function checkJsonObject(
	context: IExecuteSingleFunctions,
	spec: BulkSpec,
	body: unknown,
): IDataObject {
	const lists = sourcesOf(spec).map((source) => `"${source.into}"`);
	if (!isObject(body)) {
		throw refuse(
			context,
			'The body must be a JSON object',
			`Write an object with ${lists.join(', ')}`,
		);
	}
	const checked = { ...body };
	let count = 0;
	for (const source of sourcesOf(spec)) {
		const values = checked[source.into];
		if (values === undefined || values === null) continue;
		if (!Array.isArray(values)) throw refuse(context, `"${source.into}" must be a JSON array`);
		count += values.length;
		checked[source.into] = values.map((value: unknown, index) => {
			const where = `${source.into}[${index}]`;
			if (source.into === 'contactIds') return contactIdOrThrow(context, value, where);
			if (source.plain) return phoneOrThrow(context, value, where);
			if (!isObject(value)) {
				throw refuse(
					context,
					`${where} is not an object`,
					'Each contact is an object such as {"firstName": "Alice", "homePhone": "12135551126"}',
				);
			}
			return checkedObject(context, value, CONTACT_PHONES, `${where}.`);
		});
	}
	if (count === 0) throw emptyList(context, `Give at least one entry in ${lists.join(', or ')}`);
	return checked;
}

/**
 * JSON mode: the entries as written, checked before any request. An empty JSON field leaves the
 * request's body as it was (n8n starts it as `{}`), which then has no entries.
 */
function jsonEntries(
	context: IExecuteSingleFunctions,
	spec: BulkSpec,
	current: unknown,
): IDataObject | IDataObject[] {
	let body = parseJsonParameter(context, readField(context, spec.json.name), 'Body');
	if (spec.into !== 'array') return checkJsonObject(context, spec, body ?? current);
	if (body === undefined) body = [];
	if (!Array.isArray(body)) body = [body];
	return checkJsonArray(context, spec, body);
}

/**
 * Field-name mode: the value of an entry field from the item's field it names, by a lookup in the
 * item's JSON (no expression per item). A field the item lacks counts as empty; an object or a
 * list is refused, except for a JSON field (a recipient's attributes).
 */
function namedFieldValue(
	context: IExecuteSingleFunctions,
	spec: BulkSpec,
	field: BulkEntryField,
): unknown {
	const name = String(readField(context, entryFieldNameParameter(spec, field), '') ?? '').trim();
	if (name === '') {
		if (!field.required) return undefined;
		throw refuse(
			context,
			`${field.displayName} Field is empty`,
			`Give the name of the input field that holds the ${field.displayName.toLowerCase()}, e.g. phone or contact.phone`,
		);
	}
	const value = fieldAt(context.getInputData().json, name);
	if (value === undefined || value === null) {
		if (!field.required) return undefined;
		throw refuse(
			context,
			`${field.displayName}: the item has no field "${name}"`,
			`Give the name of the input field that holds the ${field.displayName.toLowerCase()}, e.g. phone or contact.phone`,
		);
	}
	if (typeof value === 'object' && !field.json) {
		throw refuse(
			context,
			`${field.displayName}: the item's field "${name}" holds ${Array.isArray(value) ? 'a list' : 'an object'}, not a value`,
			'Name a field that holds text or a number',
		);
	}
	return value;
}

/** Item mode: this item's one entry, from the fields of the chosen source. */
function itemEntry(
	context: IExecuteSingleFunctions,
	spec: BulkSpec,
	source: BulkSource,
	byFieldName: boolean,
	recipient?: RecipientKind,
): IDataObject {
	const entry: IDataObject = {};
	const fields = source.entry.filter((field) => !field.recipient || field.recipient === recipient);
	for (const field of fields) {
		const raw = byFieldName
			? namedFieldValue(context, spec, field)
			: readField(context, entryParameter(spec, field));
		const value = typeof raw === 'string' ? raw.trim() : raw;
		if (value === '' || value === undefined || value === null) {
			if (field.required) {
				throw refuse(
					context,
					`${field.displayName} is empty`,
					`Give each item a ${field.displayName.toLowerCase()}`,
				);
			}
			continue;
		}
		if (field.phone) {
			entry[field.name] = phoneOrThrow(context, value, field.displayName, {
				shortCode: field.shortCode,
			});
		} else if (field.json) {
			const object = jsonObjectOrThrow(context, value, field.displayName);
			if (object) entry[field.name] = object;
		} else if (field.contactId) {
			entry[field.name] = contactIdOrThrow(context, value, field.displayName);
		} else {
			entry[field.name] = value as string;
		}
	}
	if (Object.keys(entry).length === 0) {
		throw refuse(
			context,
			'This item gives no entry to send',
			`Fill in at least one of: ${fields.map((f) => f.displayName).join(', ')}`,
		);
	}
	return entry;
}

/** Item mode: how this item names its recipient (an expression may choose per item). */
function recipientOf(context: IExecuteSingleFunctions, spec: BulkSpec): RecipientKind | undefined {
	if (!spec.recipient) return undefined;
	const raw = readField(context, recipientParameter(spec), 'phoneNumber');
	const chosen = String(raw ?? '').trim() as RecipientKind;
	if (!RECIPIENT_KINDS.includes(chosen)) {
		throw refuse(
			context,
			`Recipient "${String(raw)}" is not one of phoneNumber, contactId`,
			'Choose Phone Number or Contact ID, or an expression giving one of these',
		);
	}
	return chosen;
}

/** The preSend hook of a bulk operation: this item's entries (see the top of this file). */
export function bulkEntries(spec: BulkSpec): PreSendHook {
	const sources = sourcesOf(spec);
	return async function buildEntries(
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const mode = readField(this, 'inputMode', INPUT_MODES.item);
		if (mode === INPUT_MODES.json) {
			requestOptions.body = jsonEntries(this, spec, requestOptions.body);
			return requestOptions;
		}
		const chosen =
			sources.length > 1
				? String(readField(this, sourceParameter(spec), sources[0].value))
				: sources[0].value;
		const source = sources.find((candidate) => candidate.value === chosen) ?? sources[0];
		const byFieldName = mode === INPUT_MODES.fieldNames;
		const entry = itemEntry(this, spec, source, byFieldName, recipientOf(this, spec));
		const value = source.plain ? entry[source.plain] : entry;
		if (spec.into === 'array') {
			requestOptions.body = [value] as unknown as IDataObject;
		} else {
			const body: IDataObject = { [source.into]: [value] as string[] };
			for (const shared of source.shared ?? []) {
				const sharedValue = readField(this, shared.name, shared.default);
				if (sharedValue === '' || sharedValue === undefined) continue;
				body[shared.name] = sharedValue as string;
			}
			requestOptions.body = body;
		}
		return requestOptions;
	};
}
