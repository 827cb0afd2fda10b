import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeProperties,
} from 'n8n-workflow';

import type { ItemBatching } from '../../shared/batching';
import { buildResource, otherFields } from '../GenericFunctions';

const show = (operation: string[], extra: IDataObject = {}) => ({
	show: { resource: ['dialSession'], operation, ...extra },
});

const PHONE = /^\+?[\d\s().-]{7,20}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function parseJson(
	context: IExecuteSingleFunctions,
	name: string,
	label: string,
	raw: unknown,
): unknown {
	if (typeof raw !== 'string') return raw;
	if (raw.trim() === '') return undefined;
	try {
		return JSON.parse(raw);
	} catch {
		throw new NodeOperationError(context.getNode(), `The "${label}" field is not valid JSON`, {
			itemIndex: context.getItemIndex(),
			description: `Check the ${name} field`,
		});
	}
}

/** preSend for Create: the contacts (JSON list or one contact from the item), callbacks and options. */
async function dialSessionBody(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const mode = this.getNodeParameter('contactsMode', 'allItems') as string;
	let contacts: IDataObject[];
	if (mode === 'json') {
		const parsed = parseJson(
			this,
			'contactsJson',
			'Contacts (JSON)',
			this.getNodeParameter('contactsJson', '[]'),
		);
		if (!Array.isArray(parsed) || parsed.length === 0) {
			throw new NodeOperationError(
				this.getNode(),
				'The "Contacts (JSON)" field must be a non-empty JSON list of contacts',
				{
					itemIndex: this.getItemIndex(),
				},
			);
		}
		contacts = parsed as IDataObject[];
	} else {
		const contact: IDataObject = {};
		for (const [param, key] of [
			['firstName', 'first_name'],
			['lastName', 'last_name'],
			['phone', 'phone'],
			['email', 'email'],
			['leadId', 'lead_id'],
			['categoryId', 'category_id'],
		]) {
			const value = String(this.getNodeParameter(param, '') ?? '').trim();
			if (value !== '') contact[key] = value;
		}
		if (contact.phone === undefined) {
			throw new NodeOperationError(this.getNode(), 'The "Phone" field is empty', {
				itemIndex: this.getItemIndex(),
			});
		}
		contacts = [contact];
	}
	for (const contact of contacts) {
		if (contact.phone !== undefined && !PHONE.test(String(contact.phone))) {
			throw new NodeOperationError(
				this.getNode(),
				`The "Phone" field is not a phone number: ${String(contact.phone)}`,
				{
					itemIndex: this.getItemIndex(),
				},
			);
		}
		if (contact.email !== undefined && !EMAIL.test(String(contact.email))) {
			throw new NodeOperationError(
				this.getNode(),
				`The "Email" field is not a valid email address: ${String(contact.email)}`,
				{
					itemIndex: this.getItemIndex(),
				},
			);
		}
	}
	const body: IDataObject = { contacts };
	const callbacks = (this.getNodeParameter('callbacks', {}) as IDataObject).callback as
		| IDataObject[]
		| undefined;
	if (callbacks?.length) {
		body.callbacks = callbacks.map((entry) => ({ callback_type: entry.type, callback: entry.url }));
	}
	const options = this.getNodeParameter('options', {}) as IDataObject;
	if (options.customData !== undefined && options.customData !== '') {
		const data = parseJson(this, 'customData', 'Custom Data (JSON)', options.customData);
		if (data !== undefined) body.custom_data = data as IDataObject;
	}
	if (options.previewMode !== undefined) body.preview_mode = options.previewMode ? 1 : 0;
	for (const [param, key] of [
		['presetId', 'preset_id'],
		['dialingDispositionSetId', 'dialing_disposition_set_id'],
		['answerDispositionSetId', 'answer_disposition_set_id'],
	]) {
		if (options[param] !== undefined && options[param] !== '') body[key] = Number(options[param]);
	}
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

export const dialSessionProperties: INodeProperties[] = buildResource(
	'dialSession',
	[
		{
			name: 'Create',
			value: 'create',
			action: 'Create a dial session',
			description: 'Start a dial session and get the link that opens it',
			method: 'POST',
			path: '/dialsession',
			preSend: [dialSessionBody],
			batching: oneSessionForAllItems,
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get a dial session',
			description: 'Get one dial session and its calls',
			method: 'GET',
			path: '/dialsession/{dialSessionId}',
		},
		{
			name: 'Get Call',
			value: 'getCall',
			action: 'Get a dial session call',
			description: 'Get the details of one call',
			method: 'GET',
			path: '/dialsession/call/{callId}',
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many dial sessions',
			description: 'List dial sessions',
			method: 'GET',
			path: '/dialsession',
			list: true,
		},
		{
			name: 'Get Settings',
			value: 'getSettings',
			action: 'Get dial session settings',
			description: 'Get the current dial session settings',
			method: 'GET',
			path: '/dialsession/settings',
		},
		{
			name: 'Get Usage',
			value: 'getUsage',
			action: 'Get dial session usage',
			description: 'Get dial session usage statistics',
			method: 'GET',
			path: '/dialsession/usage',
		},
		{
			name: 'Update Settings',
			value: 'updateSettings',
			action: 'Update dial session settings',
			description: 'Change the dial session settings',
			method: 'PUT',
			path: '/dialsession/settings',
			body: true,
		},
	],
	'create',
	[
		{
			displayName: 'Contacts',
			name: 'contactsMode',
			type: 'options',
			noDataExpression: true,
			default: 'allItems',
			displayOptions: show(['create']),
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
			displayOptions: show(['create'], { contactsMode: ['json'] }),
		},
		...(
			[
				['First Name', 'firstName'],
				['Last Name', 'lastName'],
				['Phone', 'phone'],
				['Email', 'email'],
				['Lead ID', 'leadId'],
				['Folder ID', 'categoryId'],
			] as Array<[string, string]>
		).map(
			([displayName, name]): INodeProperties => ({
				displayName,
				name,
				type: 'string',
				default: '',
				required: name === 'phone',
				...(name === 'email' ? { placeholder: 'name@email.com' } : {}),
				displayOptions: show(['create'], { contactsMode: ['allItems', 'perItem'] }),
			}),
		),
		{
			displayName: 'Callbacks',
			name: 'callbacks',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Callback',
			default: {},
			description: 'Web addresses PhoneBurner calls while the session runs',
			displayOptions: show(['create']),
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
							options: [
								{ name: 'Call Begins', value: 'api_callbegin' },
								{ name: 'Call Done', value: 'api_calldone' },
								{ name: 'Contact Displayed', value: 'api_contact_displayed' },
							],
						},
						{ displayName: 'URL', name: 'url', type: 'string', default: '' },
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
			displayOptions: show(['create']),
			options: [
				{
					displayName: 'Answer Disposition Set ID',
					name: 'answerDispositionSetId',
					type: 'string',
					default: '',
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
				},
				{ displayName: 'Preset ID', name: 'presetId', type: 'string', default: '' },
				{
					displayName: 'Preview Mode',
					name: 'previewMode',
					type: 'boolean',
					default: false,
					description: 'Whether to use preview mode instead of power mode',
				},
			],
		},
		otherFields('dialSession', ['updateSettings'], []),
	],
);
