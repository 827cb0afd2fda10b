import type { INodeProperties } from 'n8n-workflow';

import type { FieldSpec } from '../../shared/operation';
import { PHONE_HINT } from './optionLists';
import type { PhoneRule } from './phoneNumbers';

/**
 * CallFire's endpoints that take arrays (Call → Send, Text → Send, Contact → Create, …). Their
 * items are sent together: each input item gives one entry (or, in JSON mode, its own list of
 * entries), and entries travel up to Batch Size per request. Each such operation describes its
 * entries as a `BulkSpec` in its own file and uses the three parts made of it:
 * - `bulkFields(spec)` (here): the editor's fields (Input, the entry's fields, Batch Size, the
 *   JSON field);
 * - `bulkEntries(spec)` (bulkEntries.ts): the preSend hook that puts this item's entries in the
 *   request, checked before any request;
 * - `bulkBatching(spec)` (bulkBatching.ts): the spec's `batching`, how the items' entries share
 *   requests and how the answers go back to them.
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

export const RECIPIENT_KINDS: RecipientKind[] = ['phoneNumber', 'contactId'];

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
	/**
	 * The resource the entries belong to: the item-mode fields are named
	 * `<resource>Entry<Field>` (`textEntryPhoneNumber`), as saved in workflows.
	 */
	resource: string;
	/** JSON mode's field: its name (saved in workflows) and the doc's example as its default. */
	json: { name: string; example: string };
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
export const recipientAttributes = (use: string): BulkEntryField => ({
	name: 'attributes',
	displayName: 'Attributes',
	json: true,
	placeholder: '{"custom_external_id": "30005044"}',
	description: `Your own values for this recipient, as a JSON object; ${use}`,
});

/** The two ways to name a recipient (a number when Recipient is Phone Number, or a contact), then the entry's own fields. */
export const recipientFields = (...rest: BulkEntryField[]): BulkEntryField[] => [
	{ ...toNumber, recipient: 'phoneNumber' },
	recipientContact,
	...rest,
];

/** Recipients: "E.164 format (11-digit) or short code". */
export const RECIPIENT_PHONES: Record<string, PhoneRule> = { phoneNumber: { shortCode: true } };

/** Contact lists and DNC take phone numbers in E.164 only (no short codes). */
export const LIST_NUMBER: BulkEntryField = {
	...toNumber,
	name: 'number',
	description: PHONE_HINT,
	shortCode: false,
};

/** A new contact's fields in item mode (Contact → Create, Contact List → Add Contacts). */
export const CONTACT_FIELDS: BulkEntryField[] = [
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
export const CONTACT_PHONES: Record<string, PhoneRule> = {
	homePhone: {},
	mobilePhone: {},
	workPhone: {},
	extraPhone1: {},
	extraPhone2: {},
	extraPhone3: {},
};

/** The ways of giving entries: the spec's own, or its `sources`. */
export function sourcesOf(spec: BulkSpec): BulkSource[] {
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

/** Parameter name of an entry field: `<resource>Entry<Field>`, unique in the node. */
export function entryParameter(spec: BulkSpec, field: Pick<BulkEntryField, 'name'>): string {
	return `${spec.resource}Entry${field.name.charAt(0).toUpperCase()}${field.name.slice(1)}`;
}

/**
 * Parameter name of an entry field in field-name mode, which holds the name of the item's field
 * to read (`textEntryPhoneNumberField`).
 */
export function entryFieldNameParameter(
	spec: BulkSpec,
	field: Pick<BulkEntryField, 'name'>,
): string {
	return `${entryParameter(spec, field)}Field`;
}

/** The Input choices: map each entry's fields (expressions), name them, or write JSON. */
export const INPUT_MODES = { item: 'item', fieldNames: 'fieldNames', json: 'json' } as const;

/** Parameter name of the item-mode choice between an endpoint's sources. */
export function sourceParameter(spec: BulkSpec): string {
	return entryParameter(spec, { name: 'source' });
}

/** Parameter name of the item-mode Recipient choice (phone number or contact ID). */
export function recipientParameter(spec: BulkSpec): string {
	return entryParameter(spec, { name: 'recipient' });
}

type Show = NonNullable<FieldSpec['show']>;

/** The editor's fields of a bulk operation: input mode, entry fields, shared fields, batch size, JSON. */
export function bulkFields(spec: BulkSpec): FieldSpec[] {
	const inItemMode: Show = { inputMode: [INPUT_MODES.item, INPUT_MODES.fieldNames] };
	const fields: FieldSpec[] = [
		{
			displayName: 'Input',
			name: 'inputMode',
			type: 'options',
			noDataExpression: true,
			default: 'item',
			options: [
				{
					name: 'Each Item Is One Entry',
					value: INPUT_MODES.item,
					description: 'Map fields from each input item; items are sent together, in batches',
				},
				{
					name: 'Each Item Is One Entry, by Field Name',
					value: INPUT_MODES.fieldNames,
					description:
						"Name the input fields that hold each entry's values; no expression per item, the fastest way for many items",
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
		// eslint-disable-next-line n8n-nodes-base/node-param-default-missing -- the default is computed from the spec
		fields.push({
			displayName: 'Each Item Gives',
			name: sourceParameter(spec),
			type: 'options',
			noDataExpression: true,
			default: sources[0].value,
			description: 'What each input item adds to the list',
			show: inItemMode,
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
			name: recipientParameter(spec),
			type: 'options',
			default: 'phoneNumber',
			description:
				'How each item names who to reach; items of both kinds go together in one request. With an expression, map both Phone Number and Contact ID: each item uses the one its Recipient names.',
			show: inItemMode,
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
		const shown: Show =
			sources.length > 1 ? { ...inItemMode, [sourceParameter(spec)]: [source.value] } : inItemMode;
		for (const field of source.entry) {
			const forRecipient = (show: Show): Show =>
				field.recipient ? { ...show, [recipientParameter(spec)]: [field.recipient] } : show;
			fields.push({
				displayName: field.displayName,
				name: entryParameter(spec, field),
				type: field.json ? 'json' : 'string',
				default: '',
				required: field.required,
				placeholder: field.placeholder,
				description: field.description,
				show: forRecipient({ ...shown, inputMode: [INPUT_MODES.item] }),
			});
			fields.push({
				displayName: `${field.displayName} Field`,
				name: entryFieldNameParameter(spec, field),
				type: 'string',
				default: '',
				required: field.required,
				placeholder: field.name,
				description: `Name of the input field to read the ${field.displayName} from, e.g. ${field.name} or contact.${field.name}; drag it in from the input`,
				typeOptions: { requiresDataPath: 'single' },
				show: forRecipient({ ...shown, inputMode: [INPUT_MODES.fieldNames] }),
			});
		}
		for (const shared of source.shared ?? []) fields.push({ ...shared, show: shown } as FieldSpec);
	}
	const array = spec.into === 'array';
	fields.push(
		// eslint-disable-next-line n8n-nodes-base/node-param-default-missing -- the default is computed from the spec
		{
			displayName: 'Batch Size',
			name: 'batchSize',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: spec.max },
			default: spec.max,
			description: `How many entries to send per request (CallFire takes up to ${spec.max})`,
		},
		// eslint-disable-next-line n8n-nodes-base/node-param-default-missing -- the default is computed from the spec
		{
			displayName: array ? 'Entries (JSON Array)' : 'Body (JSON)',
			name: spec.json.name,
			type: 'json',
			default: spec.json.example,
			required: array,
			description: array
				? "A JSON array of entries, sent together with the other items' entries"
				: 'The fields to send, as in the CallFire API reference',
			show: { inputMode: [INPUT_MODES.json] },
		},
	);
	return fields;
}
