import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeProperties,
} from 'n8n-workflow';

import type { ItemBatching } from '../../../shared/batching';
import { isObject, parseJsonParameter } from '../../../shared/json';
import { defineOperation, type FieldSpec } from '../../../shared/operation';
import { readField } from '../../../shared/request';
import { resourceOf } from '../../helpers/answers';
import { CALLBACK_TYPES, callbackUrlFor } from '../../helpers/callbacks';
import { checkEmail, checkPhone, numericId } from '../../helpers/values';

/** One contact from the item's fields (All Items in One Session, One Session per Item). */
const CONTACT_FIELDS: Array<{ displayName: string; name: string; key: string }> = [
	{ displayName: 'First Name', name: 'firstName', key: 'first_name' },
	{ displayName: 'Last Name', name: 'lastName', key: 'last_name' },
	{ displayName: 'Phone', name: 'phone', key: 'phone' },
	{ displayName: 'Email', name: 'email', key: 'email' },
	{ displayName: 'Lead ID', name: 'leadId', key: 'lead_id' },
];

/** The contacts of the session: a JSON list, or one contact from the item's own fields. */
function contactsOf(context: IExecuteSingleFunctions, categoryId?: number): IDataObject[] {
	if (readField(context, 'contactsMode', 'allItems') === 'json') {
		const parsed = parseJsonParameter(
			context,
			readField(context, 'contactsJson', '[]'),
			'The "Contacts (JSON)" field',
		);
		if (!Array.isArray(parsed) || parsed.length === 0) {
			throw new NodeOperationError(
				context.getNode(),
				'The "Contacts (JSON)" field must be a non-empty JSON list of contacts',
				{ itemIndex: context.getItemIndex() },
			);
		}
		if (!parsed.every(isObject)) {
			throw new NodeOperationError(
				context.getNode(),
				'Each entry of the "Contacts (JSON)" list must be a contact object',
				{ itemIndex: context.getItemIndex() },
			);
		}
		return parsed.map((contact) =>
			categoryId !== undefined && contact.category_id === undefined
				? { ...contact, category_id: categoryId }
				: contact,
		);
	}
	const contact: IDataObject = {};
	for (const [param, key] of CONTACT_FIELDS.map((field) => [field.name, field.key])) {
		const value = String(readField(context, param) ?? '').trim();
		if (value !== '') contact[key] = value;
	}
	if (categoryId !== undefined) contact.category_id = categoryId;
	if (contact.phone === undefined) {
		throw new NodeOperationError(context.getNode(), 'The "Phone" field is empty', {
			itemIndex: context.getItemIndex(),
		});
	}
	return [contact];
}

/** The callbacks, each URL naming its event (`&event=<type>`) for the PhoneBurner Trigger. */
function callbacksOf(context: IExecuteSingleFunctions): IDataObject[] | undefined {
	const callbacks = readField(context, 'callbacks', {});
	const list = isObject(callbacks) ? (callbacks.callback as IDataObject[] | undefined) : undefined;
	if (!list?.length) return undefined;
	return list.map((entry) => {
		const type = String(entry.type ?? '');
		const url = String(entry.url ?? '').trim();
		if (!(CALLBACK_TYPES as readonly string[]).includes(type)) {
			throw new NodeOperationError(
				context.getNode(),
				`The "Callbacks → Type" field is not a callback type: ${type}`,
				{ itemIndex: context.getItemIndex() },
			);
		}
		if (!/^https?:\/\/\S+$/i.test(url)) {
			throw new NodeOperationError(
				context.getNode(),
				`The "Callbacks → URL" field is not a web address: ${url}`,
				{
					description: "Paste the PhoneBurner Trigger's webhook URL (with ?token=…).",
					itemIndex: context.getItemIndex(),
				},
			);
		}
		return { callback_type: type, callback: callbackUrlFor(url, type) };
	});
}

/** The body: the contacts, callbacks and options of the doc's POST /dialsession example. */
async function dialSessionBody(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const folder = String(readField(this, 'categoryId') ?? '').trim();
	const contacts = contactsOf(this, folder === '' ? undefined : numericId(this, folder, 'Folder'));
	for (const contact of contacts) {
		if (contact.phone !== undefined) checkPhone(this, contact.phone, 'Phone');
		if (contact.email !== undefined) checkEmail(this, contact.email, 'Email');
	}
	const body: IDataObject = { contacts };
	const callbacks = callbacksOf(this);
	if (callbacks) body.callbacks = callbacks;
	const options = (readField(this, 'options', {}) ?? {}) as IDataObject;
	if (options.customData !== undefined && options.customData !== '') {
		const data = parseJsonParameter(this, options.customData, 'The "Custom Data (JSON)" field');
		if (data !== undefined) body.custom_data = data as IDataObject;
	}
	for (const [param, key, label] of [
		['dialingDispositionSetId', 'dialing_disposition_set_id', 'Dialing Disposition Set ID'],
		['answerDispositionSetId', 'answer_disposition_set_id', 'Answer Disposition Set ID'],
	]) {
		const value = options[param];
		if (value !== undefined && String(value).trim() !== '')
			body[key] = numericId(this, value, label);
	}
	if (options.previewMode !== undefined) body.preview_mode = options.previewMode ? 1 : 0;
	if (options.presetId !== undefined && String(options.presetId).trim() !== '')
		body.preset_id = numericId(this, options.presetId, 'Preset ID');
	requestOptions.body = body;
	return requestOptions;
}

/**
 * "All Items in One Session": every item's contact goes into one dial session. The session's
 * settings (callbacks, options) are taken from the first item.
 */
const oneSessionForAllItems: ItemBatching = {
	grouping: 'first',
	output: 'once',
	maxEntries: () => Infinity,
	alone(context) {
		return context.getNodeParameter('contactsMode', 'allItems') !== 'allItems';
	},
	take(options) {
		const body = { ...((options.body ?? {}) as IDataObject) };
		const contacts = body.contacts;
		delete body.contacts;
		options.body = body;
		return Array.isArray(contacts) ? contacts : [];
	},
	put(options, entries) {
		options.body = { ...((options.body ?? {}) as IDataObject), contacts: entries as IDataObject[] };
	},
};

const contactFields = CONTACT_FIELDS.map(
	({ displayName, name }): FieldSpec => ({
		displayName,
		name,
		type: 'string',
		default: '',
		required: name === 'phone',
		...(name === 'email' ? { placeholder: 'name@email.com' } : {}),
		...(name === 'leadId' ? { description: "Your system's ID for the contact" } : {}),
		show: { contactsMode: ['allItems', 'perItem'] },
	}),
);

const callbackTypeOptions = [
	{ name: 'Call Begins', value: 'api_callbegin' },
	{ name: 'Call Done', value: 'api_calldone' },
	{ name: 'Contact Displayed', value: 'api_contact_displayed' },
];

const sessionOptions: INodeProperties[] = [
	{
		displayName: 'Answer Disposition Set ID',
		name: 'answerDispositionSetId',
		type: 'string',
		default: '',
		description:
			'The answer disposition set the dialer starts with: the group_id in the address of the disposition editor',
	},
	{
		displayName: 'Custom Data (JSON)',
		name: 'customData',
		type: 'json',
		default: '{}',
		description: 'Data returned to your server in the callbacks',
	},
	{
		displayName: 'Dialing Disposition Set ID',
		name: 'dialingDispositionSetId',
		type: 'string',
		default: '',
		description:
			'The dialing disposition set the dialer starts with: the group_id in the address of the disposition editor',
	},
	{
		displayName: 'Preset ID',
		name: 'presetId',
		type: 'string',
		default: '',
		description:
			'The dialer preset to use: the number at the end of the address when you edit the preset',
	},
	{
		displayName: 'Preview Mode',
		name: 'previewMode',
		type: 'boolean',
		default: false,
		description: 'Whether to use preview mode instead of power mode',
	},
];

/**
 * Dial Session → Create: `POST /dialsession` (doc line 1682), outputs `{redirect_url, errors}`.
 * With All Items in One Session, the items' contacts are sent in one request (batching).
 */
export const create = defineOperation({
	value: 'create',
	name: 'Create',
	action: 'Create a dial session',
	description: 'Start a dial session and get the link that opens it',
	method: 'POST',
	path: '/dialsession',
	batching: oneSessionForAllItems,
	output: { rows: resourceOf({ path: ['dialsessions'], container: true }) },
	hooks: { preSend: [dialSessionBody] },
	fields: [
		{
			displayName: 'Contacts',
			name: 'contactsMode',
			type: 'options',
			noDataExpression: true,
			default: 'allItems',
			options: [
				{
					name: 'All Items in One Session',
					value: 'allItems',
					description:
						'Each input item becomes a contact, mapped from its fields; one session calls them all',
				},
				{
					name: 'JSON List',
					value: 'json',
					description: 'Give all the contacts of the session as a JSON list',
				},
				{
					name: 'One Session per Item',
					value: 'perItem',
					description: 'Each input item starts its own session calling one contact',
				},
			],
		},
		{
			displayName: 'Contacts (JSON)',
			name: 'contactsJson',
			type: 'json',
			default: '[{"first_name": "", "last_name": "", "phone": ""}]',
			required: true,
			description: 'A list of contacts; each takes the same fields as a contact',
			show: { contactsMode: ['json'] },
		},
		...contactFields,
		{
			displayName: 'Folder Name or ID',
			name: 'categoryId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getFolders' },
			default: '',
			description:
				'The folder the contacts are kept in. With a JSON list, used for the contacts that name no category_id. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Callbacks',
			name: 'callbacks',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Callback',
			default: {},
			description:
				'Web addresses PhoneBurner calls while the session runs. Each URL gets event=&lt;type&gt; added unless it names an event already.',
			options: [
				{
					displayName: 'Callback',
					name: 'callback',
					values: [
						{
							displayName: 'Type',
							name: 'type',
							type: 'options',
							default: 'api_calldone',
							options: callbackTypeOptions,
						},
						{
							displayName: 'URL',
							name: 'url',
							type: 'string',
							default: '',
							placeholder: 'https://…/webhook/…/callback?token=…',
						},
					],
				},
			],
		},
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: sessionOptions,
		},
	],
});
