import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeProperties,
} from 'n8n-workflow';

import type { BatchRequestOptions, ItemBatching } from '../shared/batching';
import { checkPhone, checkRecipients, jsonBody } from './GenericFunctions';

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
	/** Checked as a phone number before any request. */
	phone?: boolean;
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
}

const PHONE_HINT = 'Digits with country code, e.g. 12135551100';

const toNumber: BulkEntryField = {
	name: 'phoneNumber',
	displayName: 'Phone Number',
	description: PHONE_HINT,
	placeholder: '12135551100',
	required: true,
	phone: true,
};

/** Keyed by "METHOD path" as in the endpoint table. */
export const BULK: Record<string, BulkSpec> = {
	'POST /calls': {
		into: 'array',
		max: 10,
		output: 'perEntry',
		entry: [
			toNumber,
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
			{ name: 'fromNumber', displayName: 'From Number', description: 'A verified caller ID' },
		],
	},
	'POST /texts': {
		into: 'array',
		max: 1000,
		output: 'perEntry',
		entry: [
			toNumber,
			{ name: 'message', displayName: 'Message', description: 'The text to send' },
			{
				name: 'fromNumber',
				displayName: 'From Number',
				description: 'A number or keyword you own',
			},
		],
	},
	'POST /contacts': {
		into: 'array',
		max: 1000,
		output: 'perEntry',
		entry: [
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
		],
	},
	'POST /contacts/dncs': {
		into: 'numbers',
		max: 1000,
		output: 'echo',
		plain: 'number',
		entry: [{ ...toNumber, name: 'number' }],
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
		entry: [{ ...toNumber, name: 'number' }],
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
	'POST /calls/broadcasts/{id}/recipients': {
		into: 'array',
		max: 1000,
		output: 'perEntry',
		entry: [toNumber],
	},
	'POST /texts/broadcasts/{id}/recipients': {
		into: 'array',
		max: 1000,
		output: 'perEntry',
		entry: [
			toNumber,
			{
				name: 'message',
				displayName: 'Message',
				description: "Text for this recipient instead of the broadcast's own",
			},
		],
	},
};

/** Parameter name of an entry field: unique in the node (see `pathParameter`). */
export function entryParameter(resource: string, field: BulkEntryField): string {
	return `${resource}Entry${field.name.charAt(0).toUpperCase()}${field.name.slice(1)}`;
}

function bodyOf(options: BatchRequestOptions): unknown {
	return options.body;
}

/** How the shared batching sends this endpoint's items. */
export function bulkBatching(spec: BulkSpec): ItemBatching {
	return {
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
			const entries = object[spec.into];
			const rest = { ...object };
			delete rest[spec.into];
			options.body = rest;
			return Array.isArray(entries) ? entries : [];
		},
		put(options, entries) {
			if (spec.into === 'array') options.body = entries as IDataObject[];
			else options.body = { ...((options.body ?? {}) as IDataObject), [spec.into]: entries };
		},
	};
}

/**
 * preSend of a bulk operation: in item mode this item's one entry plus the shared body fields,
 * in JSON mode the entries as written; either way checked before any request.
 */
export function bulkEntries(spec: BulkSpec, resource: string, bodyParameter: string) {
	const fromJson = jsonBody(bodyParameter, {
		array: spec.into === 'array',
		check: spec.into === 'array',
	});
	return async function buildEntries(
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		if (this.getNodeParameter('inputMode', 'item', { skipValidation: true }) === 'json') {
			const options = await fromJson.call(this, requestOptions);
			if (spec.into !== 'array') {
				const entries = ((options.body ?? {}) as IDataObject)[spec.into];
				checkRecipients(this, Array.isArray(entries) ? entries : []);
			}
			return options;
		}
		const entry: IDataObject = {};
		for (const field of spec.entry) {
			const raw = this.getNodeParameter(entryParameter(resource, field), '', {
				skipValidation: true,
			}) as unknown;
			const value = typeof raw === 'string' ? raw.trim() : raw;
			if (value === '' || value === undefined || value === null) {
				if (field.required) {
					throw new NodeOperationError(this.getNode(), `${field.displayName} is empty`, {
						itemIndex: this.getItemIndex(),
						description: `Give each item a ${field.displayName.toLowerCase()}`,
					});
				}
				continue;
			}
			if (field.phone) checkPhone(this, value, field.displayName);
			entry[field.name] = value as string;
		}
		if (Object.keys(entry).length === 0) {
			throw new NodeOperationError(this.getNode(), 'This item gives no entry to send', {
				itemIndex: this.getItemIndex(),
				description: `Fill in at least one of: ${spec.entry.map((f) => f.displayName).join(', ')}`,
			});
		}
		const value = spec.plain ? entry[spec.plain] : entry;
		if (spec.into === 'array') {
			requestOptions.body = [value] as unknown as IDataObject;
		} else {
			const body: IDataObject = { [spec.into]: [value] as string[] };
			for (const shared of spec.shared ?? []) {
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
	for (const field of spec.entry) {
		fields.push({
			displayName: field.displayName,
			name: entryParameter(resource, field),
			type: 'string',
			default: '',
			required: field.required,
			placeholder: field.placeholder,
			description: field.description,
			displayOptions: inItemMode,
		});
	}
	for (const shared of spec.shared ?? []) {
		fields.push({ ...shared, displayOptions: inItemMode });
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
