import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeProperties,
} from 'n8n-workflow';

import type { BatchRequestOptions, EntryMatching, ItemBatching } from '../shared/batching';
import { jsonBody } from './GenericFunctions';
import { phoneKey, phoneOrThrow, type PhoneRule } from './PhoneNumbers';

/**
 * CallFire's endpoints that take arrays. Their items are sent together: each input item gives
 * one entry (or, in JSON mode, its own list of entries), and entries travel up to Batch Size
 * per request.
 */
export interface BulkEntryField {
	name: string;
	displayName: string;
	description?: string;
	placeholder?: string;
	required?: boolean;
	/** Checked as a phone number before any request, and sent as digits. */
	phone?: boolean;
	/** With `phone`: a 5- or 6-digit short code is accepted too (the doc says "or short code"). */
	shortCode?: boolean;
	/** An ID of an existing CallFire contact: a whole number, sent as a number. */
	contactId?: boolean;
	/** A JSON object (e.g. a recipient's attributes), sent parsed. */
	json?: boolean;
	/** Only for this Recipient choice (see `BulkSpec.recipient`): shown, read and sent only then. */
	recipient?: RecipientKind;
}

/** How an item names its recipient (doc: "identified by phone number or contact id"). */
export type RecipientKind = 'phoneNumber' | 'contactId';

/**
 * One way of giving the entries of an endpoint. Most endpoints have one; Contact List → Add
 * Contacts has three (phone numbers, contact IDs, contact objects), each in its own body array.
 */
export interface BulkSource {
	/** The choice in item mode. */
	value: string;
	/** How the choice reads in item mode. */
	name: string;
	description?: string;
	/** The body field that holds these entries. */
	into: string;
	/** The fields of one entry when each item is one entry. */
	entry: BulkEntryField[];
	/** The entry is the bare value of its single field (e.g. a phone number), not an object. */
	plain?: string;
	/** Body fields every entry of a request shares (asked once, in item mode). */
	shared?: INodeProperties[];
}

export interface BulkSpec {
	/** `array`: the body is the list of entries; otherwise the body field that holds them. */
	into: 'array' | string;
	/** The most entries CallFire takes per request, also the Batch Size default. */
	max: number;
	/** What CallFire answers: one result per entry (`items`), or nothing per entry. */
	output: 'perEntry' | 'echo';
	/** The fields of one entry when each item is one entry. */
	entry: BulkEntryField[];
	/** The entry is the bare value of its single field (e.g. a phone number), not an object. */
	plain?: string;
	/** Body fields every entry of a request shares (asked once, in item mode). */
	shared?: INodeProperties[];
	/** Other ways of giving the entries, besides `into` (see `BulkSource`). */
	sources?: BulkSource[];
	/** What CallFire creates for each entry, as error messages name it ("call", "text"). */
	creates?: string;
	/** JSON mode: the fields of an entry that hold phone numbers, and what each accepts. */
	jsonPhones?: Record<string, PhoneRule>;
	/** Whether Options → Strict Validation exists for this endpoint. */
	strict?: boolean;
	/**
	 * The entries are recipients, each named by a phone number or by the ID of an existing
	 * contact: item mode offers the choice (Recipient), JSON mode refuses an entry with neither.
	 */
	recipient?: boolean;
}

const PHONE_HINT = 'Digits with country code, e.g. 12135551100';
const PHONE_OR_SHORT_CODE_HINT = 'Digits with country code, e.g. 12135551100, or a short code';

const toNumber: BulkEntryField = {
	name: 'phoneNumber',
	displayName: 'Phone Number',
	description: PHONE_OR_SHORT_CODE_HINT,
	placeholder: '12135551100',
	required: true,
	phone: true,
	shortCode: true,
};

/** A recipient named by its number, when Recipient is Phone Number. */
const recipientNumber: BulkEntryField = { ...toNumber, recipient: 'phoneNumber' };

/** A recipient named by an existing contact (doc: "contactId integer An id of existing contact"). */
const recipientContact: BulkEntryField = {
	name: 'contactId',
	displayName: 'Contact ID',
	description: 'The ID of a contact already in CallFire, e.g. 122460000043',
	placeholder: '122460000043',
	required: true,
	contactId: true,
	recipient: 'contactId',
};

/** Doc: "attributes object Map of user-defined string attributes associated with recipient". */
const recipientAttributes = (use: string): BulkEntryField => ({
	name: 'attributes',
	displayName: 'Attributes',
	json: true,
	placeholder: '{"custom_external_id": "30005044"}',
	description: `Your own values for this recipient, as a JSON object; ${use}`,
});

/** The two ways to name a recipient, then the entry's own fields. */
const recipientFields = (...rest: BulkEntryField[]): BulkEntryField[] => [
	recipientNumber,
	recipientContact,
	...rest,
];

/** Contact lists and DNC take phone numbers in E.164 only (no short codes). */
const listNumber: BulkEntryField = {
	...toNumber,
	name: 'number',
	description: PHONE_HINT,
	shortCode: false,
};

const CONTACT_FIELDS: BulkEntryField[] = [
	{ name: 'firstName', displayName: 'First Name' },
	{ name: 'lastName', displayName: 'Last Name' },
	{ name: 'homePhone', displayName: 'Home Phone', description: PHONE_HINT, phone: true },
	{ name: 'mobilePhone', displayName: 'Mobile Phone', description: PHONE_HINT, phone: true },
	{ name: 'workPhone', displayName: 'Work Phone', description: PHONE_HINT, phone: true },
	{ name: 'zipcode', displayName: 'Zip Code' },
	{
		name: 'externalId',
		displayName: 'External ID',
		description: 'Your own ID for the contact',
	},
];

/** A contact's phone fields (doc: "Phone number in E.164 format (11-digit)"). */
const CONTACT_PHONES: Record<string, PhoneRule> = {
	homePhone: {},
	mobilePhone: {},
	workPhone: {},
	extraPhone1: {},
	extraPhone2: {},
	extraPhone3: {},
};

/** Recipients: "E.164 format (11-digit) or short code". */
const RECIPIENT_PHONES: Record<string, PhoneRule> = { phoneNumber: { shortCode: true } };

/** Keyed by "METHOD path" as in the endpoint table. */
export const BULK: Record<string, BulkSpec> = {
	'POST /calls': {
		into: 'array',
		max: 10,
		output: 'perEntry',
		creates: 'call',
		strict: true,
		recipient: true,
		jsonPhones: { ...RECIPIENT_PHONES, fromNumber: {}, transferNumber: {} },
		entry: recipientFields(
			{
				name: 'liveMessage',
				displayName: 'Live Message',
				description: 'Text read out when a person answers',
			},
			{
				name: 'machineMessage',
				displayName: 'Machine Message',
				description: 'Text read out when an answering machine picks up',
			},
			{
				name: 'fromNumber',
				displayName: 'From Number',
				description: 'A verified caller ID',
				phone: true,
			},
			recipientAttributes('CallFire returns them with the call'),
		),
	},
	'POST /texts': {
		into: 'array',
		max: 1000,
		output: 'perEntry',
		creates: 'text',
		strict: true,
		recipient: true,
		jsonPhones: { ...RECIPIENT_PHONES, fromNumber: { shortCode: true } },
		entry: recipientFields(
			{
				name: 'message',
				displayName: 'Message',
				description: 'The text to send; it can use the attributes, e.g. Hello, ${custom_name}!',
			},
			{
				name: 'fromNumber',
				displayName: 'From Number',
				description: 'A number or short code you own (CallFire uses its short code 67076 if empty)',
				phone: true,
				shortCode: true,
			},
			recipientAttributes(
				'the message can use them, e.g. {"custom_name": "Alice"} as ${custom_name}',
			),
		),
	},
	'POST /contacts': {
		into: 'array',
		max: 1000,
		output: 'perEntry',
		creates: 'contact',
		jsonPhones: CONTACT_PHONES,
		entry: CONTACT_FIELDS,
	},
	'POST /contacts/dncs': {
		into: 'numbers',
		max: 1000,
		output: 'echo',
		plain: 'number',
		entry: [listNumber],
		shared: [
			{
				displayName: 'Do Not Call',
				name: 'call',
				type: 'boolean',
				default: true,
				description: 'Whether to add the numbers to the do-not-call list',
			},
			{
				displayName: 'Do Not Text',
				name: 'text',
				type: 'boolean',
				default: true,
				description: 'Whether to add the numbers to the do-not-text list',
			},
			{
				displayName: 'Source',
				name: 'source',
				type: 'string',
				default: '',
				placeholder: 'e.g. CRM sync',
				description: 'A name for where the numbers came from (CallFire shows "Api V2" if empty)',
			},
		],
	},
	'POST /contacts/lists/{id}/items': {
		into: 'contactNumbers',
		max: 1000,
		output: 'echo',
		plain: 'number',
		entry: [listNumber],
		sources: [
			{
				value: 'number',
				name: 'Phone Number',
				description: 'Each item gives a phone number; CallFire makes it a contact',
				into: 'contactNumbers',
				plain: 'number',
				entry: [listNumber],
				shared: [
					{
						displayName: 'Number Type',
						name: 'contactNumbersField',
						type: 'options',
						default: 'homePhone',
						description: 'Which phone field of the new contacts the numbers go in',
						options: [
							{ name: 'Home Phone', value: 'homePhone' },
							{ name: 'Mobile Phone', value: 'mobilePhone' },
							{ name: 'Work Phone', value: 'workPhone' },
						],
					},
				],
			},
			{
				value: 'contactId',
				name: 'Contact ID',
				description: 'Each item gives the ID of a contact that is already in CallFire',
				into: 'contactIds',
				plain: 'contactId',
				entry: [
					{
						name: 'contactId',
						displayName: 'Contact ID',
						description: 'The ID of a contact already in CallFire, e.g. 800634185003',
						placeholder: '800634185003',
						required: true,
						contactId: true,
					},
				],
			},
			{
				value: 'contact',
				name: 'Contact Fields',
				description: 'Each item gives the fields of a new contact',
				into: 'contacts',
				entry: CONTACT_FIELDS,
			},
		],
	},
	'POST /calls/broadcasts/{id}/recipients': {
		into: 'array',
		max: 1000,
		output: 'perEntry',
		creates: 'call',
		strict: true,
		recipient: true,
		jsonPhones: { ...RECIPIENT_PHONES, fromNumber: {} },
		entry: recipientFields(recipientAttributes('CallFire returns them with the call')),
	},
	'POST /texts/broadcasts/{id}/recipients': {
		into: 'array',
		max: 1000,
		output: 'perEntry',
		creates: 'text',
		strict: true,
		recipient: true,
		jsonPhones: { ...RECIPIENT_PHONES, fromNumber: { shortCode: true } },
		entry: recipientFields(
			{
				name: 'message',
				displayName: 'Message',
				description: "Text for this recipient instead of the broadcast's own",
			},
			recipientAttributes(
				'the message can use them, e.g. {"custom_name": "Alice"} as ${custom_name}',
			),
		),
	},
};

/** The ways of giving entries: the spec's own, or its `sources`. */
function sourcesOf(spec: BulkSpec): BulkSource[] {
	if (spec.sources?.length) return spec.sources;
	return [
		{
			value: '',
			name: '',
			into: spec.into,
			entry: spec.entry,
			plain: spec.plain,
			shared: spec.shared,
		},
	];
}

/** An entry of an endpoint with several sources, tagged with the body array it goes in. */
interface SourcedEntry {
	into: string;
	value: unknown;
}

function sourced(entry: unknown): SourcedEntry {
	return entry as SourcedEntry;
}
/** Parameter name of an entry field: unique in the node (see `pathParameter`). */
export function entryParameter(resource: string, field: Pick<BulkEntryField, 'name'>): string {
	return `${resource}Entry${field.name.charAt(0).toUpperCase()}${field.name.slice(1)}`;
}

/** Parameter name of the item-mode choice between an endpoint's sources. */
export function sourceParameter(resource: string): string {
	return entryParameter(resource, { name: 'source' });
}

/** Parameter name of the item-mode Recipient choice (phone number or contact ID). */
export function recipientParameter(resource: string): string {
	return entryParameter(resource, { name: 'recipient' });
}

const RECIPIENT_KINDS: RecipientKind[] = ['phoneNumber', 'contactId'];

function bodyOf(options: BatchRequestOptions): unknown {
	return options.body;
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
			const body = bodyOf(options);
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
				if (several) entries.push(...values.map((value) => ({ into: source.into, value })));
				else entries.push(...values);
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

function emptyList(context: IExecuteSingleFunctions, description: string): NodeOperationError {
	return new NodeOperationError(context.getNode(), 'The list of entries is empty', {
		itemIndex: context.getItemIndex(),
		description,
	});
}

/** A contact ID: a positive whole number, sent as a number (as in the doc's examples). */
function contactIdOrThrow(context: IExecuteSingleFunctions, value: unknown, label: string) {
	const text = String(value ?? '').trim();
	if (!/^[0-9]+$/.test(text) || /^0+$/.test(text)) {
		throw new NodeOperationError(context.getNode(), `${label} "${String(value)}" is not an ID`, {
			itemIndex: context.getItemIndex(),
			description: 'Use the number CallFire gave the contact, e.g. 800634185003',
		});
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
		throw new NodeOperationError(
			context.getNode(),
			`${where}it names no recipient: give "phoneNumber" or "contactId"`,
			{
				itemIndex: context.getItemIndex(),
				description: 'E.g. {"phoneNumber": "12135551122"} or {"contactId": 122460000043}',
			},
		);
	}
}

/** A JSON object parameter (attributes); undefined when empty. */
function jsonObjectOrThrow(
	context: IExecuteSingleFunctions,
	value: unknown,
	label: string,
): IDataObject | undefined {
	let parsed = value;
	if (typeof value === 'string') {
		try {
			parsed = JSON.parse(value) as unknown;
		} catch (error) {
			throw new NodeOperationError(context.getNode(), `${label} is not valid JSON`, {
				itemIndex: context.getItemIndex(),
				description: (error as Error).message,
			});
		}
	}
	if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
		throw new NodeOperationError(context.getNode(), `${label} must be a JSON object`, {
			itemIndex: context.getItemIndex(),
			description: 'E.g. {"custom_name": "Alice"}',
		});
	}
	return Object.keys(parsed).length ? (parsed as IDataObject) : undefined;
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

/**
 * JSON mode: the entries as written, checked before any request; phone numbers are sent as
 * digits. Contact List → Add Contacts takes any of `contactNumbers`, `contactIds`, `contacts`.
 */
function checkJsonEntries(
	context: IExecuteSingleFunctions,
	spec: BulkSpec,
	body: unknown,
): IDataObject | IDataObject[] {
	if (spec.into === 'array') {
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
			if (entry !== null && typeof entry === 'object' && !Array.isArray(entry)) {
				const where = `Entry ${index + 1}: `;
				const checked = checkedObject(context, entry as IDataObject, phones, where);
				if (spec.recipient) checkRecipient(context, checked, where);
				return checked;
			}
			return phoneOrThrow(context, entry, `Entry ${index + 1}`) as unknown as IDataObject;
		});
	}
	if (body === null || typeof body !== 'object' || Array.isArray(body)) {
		throw new NodeOperationError(context.getNode(), 'The body must be a JSON object', {
			itemIndex: context.getItemIndex(),
			description: `Write an object with ${sourcesOf(spec)
				.map((source) => `"${source.into}"`)
				.join(', ')}`,
		});
	}
	const checked = { ...(body as IDataObject) };
	let count = 0;
	for (const source of sourcesOf(spec)) {
		const values = checked[source.into];
		if (values === undefined || values === null) continue;
		if (!Array.isArray(values)) {
			throw new NodeOperationError(context.getNode(), `"${source.into}" must be a JSON array`, {
				itemIndex: context.getItemIndex(),
			});
		}
		count += values.length;
		checked[source.into] = values.map((value: unknown, index) => {
			const where = `${source.into}[${index}]`;
			if (source.into === 'contactIds') return contactIdOrThrow(context, value, where);
			if (source.plain) return phoneOrThrow(context, value, where);
			if (value === null || typeof value !== 'object' || Array.isArray(value)) {
				throw new NodeOperationError(context.getNode(), `${where} is not an object`, {
					itemIndex: context.getItemIndex(),
					description:
						'Each contact is an object such as {"firstName": "Alice", "homePhone": "12135551126"}',
				});
			}
			return checkedObject(context, value as IDataObject, CONTACT_PHONES, `${where}.`);
		});
	}
	if (count === 0) {
		throw emptyList(
			context,
			`Give at least one entry in ${sourcesOf(spec)
				.map((source) => `"${source.into}"`)
				.join(', or ')}`,
		);
	}
	return checked;
}

/** Item mode: this item's one entry, from the fields of the chosen source. */
function itemEntry(
	context: IExecuteSingleFunctions,
	resource: string,
	source: BulkSource,
	recipient?: RecipientKind,
): IDataObject {
	const entry: IDataObject = {};
	const fields = source.entry.filter((field) => !field.recipient || field.recipient === recipient);
	for (const field of fields) {
		const raw = context.getNodeParameter(entryParameter(resource, field), '', {
			skipValidation: true,
		}) as unknown;
		const value = typeof raw === 'string' ? raw.trim() : raw;
		if (value === '' || value === undefined || value === null) {
			if (field.required) {
				throw new NodeOperationError(context.getNode(), `${field.displayName} is empty`, {
					itemIndex: context.getItemIndex(),
					description: `Give each item a ${field.displayName.toLowerCase()}`,
				});
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
		throw new NodeOperationError(context.getNode(), 'This item gives no entry to send', {
			itemIndex: context.getItemIndex(),
			description: `Fill in at least one of: ${fields.map((f) => f.displayName).join(', ')}`,
		});
	}
	return entry;
}

/** Item mode: how this item names its recipient (an expression may choose per item). */
function recipientOf(
	context: IExecuteSingleFunctions,
	spec: BulkSpec,
	resource: string,
): RecipientKind | undefined {
	if (!spec.recipient) return undefined;
	const raw = context.getNodeParameter(recipientParameter(resource), 'phoneNumber', {
		skipValidation: true,
	}) as unknown;
	const chosen = String(raw ?? '').trim() as RecipientKind;
	if (!RECIPIENT_KINDS.includes(chosen)) {
		throw new NodeOperationError(
			context.getNode(),
			`Recipient "${String(raw)}" is not one of phoneNumber, contactId`,
			{
				itemIndex: context.getItemIndex(),
				description: 'Choose Phone Number or Contact ID, or an expression giving one of these',
			},
		);
	}
	return chosen;
}

/**
 * preSend of a bulk operation: in item mode this item's one entry plus the shared body fields,
 * in JSON mode the entries as written; either way checked before any request.
 */
export function bulkEntries(spec: BulkSpec, resource: string, bodyParameter: string) {
	const fromJson = jsonBody(bodyParameter, { array: spec.into === 'array' });
	const sources = sourcesOf(spec);
	return async function buildEntries(
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		if (this.getNodeParameter('inputMode', 'item', { skipValidation: true }) === 'json') {
			const options = await fromJson.call(this, requestOptions);
			options.body = checkJsonEntries(this, spec, options.body);
			return options;
		}
		const chosen =
			sources.length > 1
				? String(
						this.getNodeParameter(sourceParameter(resource), sources[0].value, {
							skipValidation: true,
						}),
					)
				: sources[0].value;
		const source = sources.find((candidate) => candidate.value === chosen) ?? sources[0];
		const entry = itemEntry(this, resource, source, recipientOf(this, spec, resource));
		const value = source.plain ? entry[source.plain] : entry;
		if (spec.into === 'array') {
			requestOptions.body = [value] as unknown as IDataObject;
		} else {
			const body: IDataObject = { [source.into]: [value] as string[] };
			for (const shared of source.shared ?? []) {
				const sharedValue = this.getNodeParameter(shared.name, shared.default, {
					skipValidation: true,
				}) as unknown;
				if (sharedValue === '' || sharedValue === undefined) continue;
				body[shared.name] = sharedValue as string;
			}
			requestOptions.body = body;
		}
		return requestOptions;
	};
}

/** The UI of a bulk operation: input mode, entry fields, shared fields and batch size. */
export function bulkFields(
	spec: BulkSpec,
	show: { show: IDataObject },
	resource: string,
): INodeProperties[] {
	const inItemMode = {
		show: { ...show.show, inputMode: ['item'] },
	} as INodeProperties['displayOptions'];
	const fields: INodeProperties[] = [
		{
			displayName: 'Input',
			name: 'inputMode',
			type: 'options',
			noDataExpression: true,
			default: 'item',
			displayOptions: show as INodeProperties['displayOptions'],
			options: [
				{
					name: 'Each Item Is One Entry',
					value: 'item',
					description: 'Map fields from each input item; items are sent together, in batches',
				},
				{
					name: 'JSON',
					value: 'json',
					description: 'Write the entries as JSON, as in the CallFire API reference',
				},
			],
		},
	];
	const sources = sourcesOf(spec);
	if (sources.length > 1) {
		// eslint-disable-next-line n8n-nodes-base/node-param-default-missing -- the default is the endpoint's first source
		fields.push({
			displayName: 'Each Item Gives',
			name: sourceParameter(resource),
			type: 'options',
			noDataExpression: true,
			default: sources[0].value,
			description: 'What each input item adds to the list',
			displayOptions: inItemMode,
			options: [...sources]
				.sort((a, b) => a.name.localeCompare(b.name))
				.map((source) => ({
					name: source.name,
					value: source.value,
					description: source.description,
				})),
		});
	}
	if (spec.recipient) {
		fields.push({
			displayName: 'Recipient',
			name: recipientParameter(resource),
			type: 'options',
			default: 'phoneNumber',
			description:
				'How each item names who to reach; items of both kinds go together in one request. With an expression, map both Phone Number and Contact ID: each item uses the one its Recipient names.',
			displayOptions: inItemMode,
			options: [
				{
					name: 'Contact ID',
					value: 'contactId',
					description: 'A contact already in CallFire, by its ID',
				},
				{
					name: 'Phone Number',
					value: 'phoneNumber',
					description: 'A phone number (or short code)',
				},
			],
		});
	}
	for (const source of sources) {
		const display =
			sources.length > 1
				? ({
						show: { ...inItemMode!.show, [sourceParameter(resource)]: [source.value] },
					} as INodeProperties['displayOptions'])
				: inItemMode;
		for (const field of source.entry) {
			const shown = field.recipient
				? ({
						show: { ...display!.show, [recipientParameter(resource)]: [field.recipient] },
					} as INodeProperties['displayOptions'])
				: display;
			fields.push({
				displayName: field.displayName,
				name: entryParameter(resource, field),
				type: field.json ? 'json' : 'string',
				default: '',
				required: field.required,
				placeholder: field.placeholder,
				description: field.description,
				displayOptions: shown,
			});
		}
		for (const shared of source.shared ?? []) {
			fields.push({ ...shared, displayOptions: display });
		}
	}
	// eslint-disable-next-line n8n-nodes-base/node-param-default-missing -- the default is the endpoint's own cap
	fields.push({
		displayName: 'Batch Size',
		name: 'batchSize',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: spec.max },
		default: spec.max,
		description: `How many entries to send per request (CallFire takes up to ${spec.max})`,
		displayOptions: show as INodeProperties['displayOptions'],
	});
	return fields;
}
