import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeProperties,
} from 'n8n-workflow';

import type { ItemBatching } from '../../shared/batching';
import { CALLBACK_TYPES, callbackUrlFor } from '../CallbackFunctions';
import {
	buildResource,
	checkEmail,
	checkPhone,
	dayOf,
	isObject,
	numericId,
	otherFields,
	parseJsonParameter,
	queryFrom,
	type FieldConverter,
} from '../GenericFunctions';

const show = (operation: string[], extra: IDataObject = {}) => ({
	show: { resource: ['dialSession'], operation, ...extra },
});

/** preSend for Create: the contacts (JSON list or one contact from the item), callbacks and options. */
async function dialSessionBody(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const mode = this.getNodeParameter('contactsMode', 'allItems') as string;
	const folder = String(this.getNodeParameter('categoryId', '') ?? '').trim();
	const categoryId = folder === '' ? undefined : numericId(this, folder, 'Folder');
	let contacts: IDataObject[];
	if (mode === 'json') {
		const parsed = parseJsonParameter(
			this,
			this.getNodeParameter('contactsJson', '[]'),
			'Contacts (JSON)',
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
		if (!parsed.every(isObject)) {
			throw new NodeOperationError(
				this.getNode(),
				'Each entry of the "Contacts (JSON)" list must be a contact object',
				{ itemIndex: this.getItemIndex() },
			);
		}
		contacts = parsed.map((contact) =>
			categoryId !== undefined && contact.category_id === undefined
				? { ...contact, category_id: categoryId }
				: contact,
		);
	} else {
		const contact: IDataObject = {};
		for (const [param, key] of [
			['firstName', 'first_name'],
			['lastName', 'last_name'],
			['phone', 'phone'],
			['email', 'email'],
			['leadId', 'lead_id'],
		]) {
			const value = String(this.getNodeParameter(param, '') ?? '').trim();
			if (value !== '') contact[key] = value;
		}
		if (categoryId !== undefined) contact.category_id = categoryId;
		if (contact.phone === undefined) {
			throw new NodeOperationError(this.getNode(), 'The "Phone" field is empty', {
				itemIndex: this.getItemIndex(),
			});
		}
		contacts = [contact];
	}
	for (const contact of contacts) {
		if (contact.phone !== undefined) checkPhone(this, contact.phone, 'Phone');
		if (contact.email !== undefined) checkEmail(this, contact.email, 'Email');
	}
	const body: IDataObject = { contacts };
	const callbacks = (this.getNodeParameter('callbacks', {}) as IDataObject).callback as
		| IDataObject[]
		| undefined;
	if (callbacks?.length) {
		body.callbacks = callbacks.map((entry) => {
			const type = String(entry.type ?? '');
			const url = String(entry.url ?? '').trim();
			if (!(CALLBACK_TYPES as readonly string[]).includes(type)) {
				throw new NodeOperationError(
					this.getNode(),
					`The "Callbacks → Type" field is not a callback type: ${type}`,
					{ itemIndex: this.getItemIndex() },
				);
			}
			if (!/^https?:\/\/\S+$/i.test(url)) {
				throw new NodeOperationError(
					this.getNode(),
					`The "Callbacks → URL" field is not a web address: ${url}`,
					{
						description: "Paste the PhoneBurner Trigger's webhook URL (with ?token=…).",
						itemIndex: this.getItemIndex(),
					},
				);
			}
			return { callback_type: type, callback: callbackUrlFor(url, type) };
		});
	}
	const options = this.getNodeParameter('options', {}) as IDataObject;
	if (options.customData !== undefined && options.customData !== '') {
		const data = parseJsonParameter(this, options.customData, 'Custom Data (JSON)');
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

/** preSend for Get and Get Call: `include_recording=1` for the recordings' links. */
async function recordingQuery(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	if (
		this.getNodeParameter('dialSessionIncludeRecording', false, { skipValidation: true }) === true
	)
		requestOptions.qs = { ...(requestOptions.qs ?? {}), include_recording: 1 };
	return requestOptions;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** preSend for Get Usage: the required date range, as YYYY-MM-DD, at most 90 days long. */
async function usageQuery(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const range: string[] = [];
	for (const [parameter, label] of [
		['dialSessionDateStart', 'Start Date'],
		['dialSessionDateEnd', 'End Date'],
	]) {
		const value = this.getNodeParameter(parameter, '', { skipValidation: true });
		if (value === '' || value === undefined || value === null) {
			throw new NodeOperationError(this.getNode(), `The "${label}" field is empty`, {
				description: 'Usage is reported for a date range of up to 90 days.',
				itemIndex: this.getItemIndex(),
			});
		}
		range.push(dayOf(this, value, label));
	}
	const [start, end] = range;
	const days = (Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / DAY_MS;
	if (days < 0 || days > 90) {
		throw new NodeOperationError(
			this.getNode(),
			`The "End Date" field must be on or after the Start Date and at most 90 days after it: ${start} to ${end}`,
			{ itemIndex: this.getItemIndex() },
		);
	}
	requestOptions.qs = { ...(requestOptions.qs ?? {}), date_start: start, date_end: end };
	return requestOptions;
}

/** Call times as the doc has them: HHMM between 0800 and 2100. */
function callTime(key: string, label: string): FieldConverter {
	return (context, value, body) => {
		const text = String(value).trim().replace(':', '');
		if (!/^\d{4}$/.test(text) || text < '0800' || text > '2100') {
			throw new NodeOperationError(
				context.getNode(),
				`The "${label}" field must be a time from 0800 to 2100 (HHMM): ${String(value)}`,
				{ itemIndex: context.getItemIndex() },
			);
		}
		body[key] = text;
	};
}

const settingsConverters: Record<string, FieldConverter> = {
	calltime_min: callTime('calltime_min', 'Earliest Call Time'),
	calltime_max: callTime('calltime_max', 'Latest Call Time'),
	connectme_preset: (context, value, body) => {
		const digits = String(value).replace(/\D/g, '');
		if (digits.length !== 10) {
			throw new NodeOperationError(
				context.getNode(),
				`The "ConnectMe Phone" field must be a 10-digit phone number: ${String(value)}`,
				{ itemIndex: context.getItemIndex() },
			);
		}
		body.connectme_preset = digits;
	},
};

const settingsShape = { path: ['settings', 'settings'] };
const sessionShape = { path: ['dialsessions', 'dialsessions'] };

const dispositionEmails: Array<[string, string]> = [
	['Bad Phone', 'badphone'],
	['Busy', 'busy'],
	['Fax', 'fax'],
	['Interested', 'interested'],
	['No Answer', 'noanswer'],
	['Not Interested', 'notinterested'],
	['Voicemail', 'voicemail'],
	['Wrong Person', 'wrongperson'],
];

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
			output: { path: ['dialsessions'], container: true },
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
			output: sessionShape,
			preSend: [recordingQuery, queryFrom('dialSessionCallPaging')],
		},
		{
			name: 'Get Call',
			value: 'getCall',
			action: 'Get a dial session call',
			description: 'Get the details of one call',
			method: 'GET',
			path: '/dialsession/call/{callId}',
			output: { path: ['call', 'call'] },
			preSend: [recordingQuery],
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many dial sessions',
			description: 'List dial sessions',
			method: 'GET',
			path: '/dialsession',
			output: sessionShape,
			// Doc lines 1614-1623: page and page_size; the answer has total_pages (line 1647).
			list: 'paged',
			preSend: [
				queryFrom('dialSessionFilters', { date_start: 'Start Date', date_end: 'End Date' }),
			],
		},
		{
			name: 'Get Settings',
			value: 'getSettings',
			action: 'Get dial session settings',
			description: 'Get the current dial session settings',
			method: 'GET',
			path: '/dialsession/settings',
			output: settingsShape,
		},
		{
			name: 'Get Usage',
			value: 'getUsage',
			action: 'Get dial session usage',
			description: 'Get dial session statistics for you and your team, one item per member',
			method: 'GET',
			path: '/dialsession/usage',
			output: { path: ['usage'], keyedBy: 'user_id' },
			preSend: [usageQuery],
		},
		{
			name: 'Update Settings',
			value: 'updateSettings',
			action: 'Update dial session settings',
			description: 'Change the dial session settings',
			method: 'PUT',
			path: '/dialsession/settings',
			output: settingsShape,
			// Doc lines 1963-1967: "payload | body | bodyModel | Yes | Update dialsession settings".
			body: {
				convert: settingsConverters,
				notEmpty: 'Add at least one setting under Additional Fields (or Other Fields (JSON)).',
			},
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
			] as Array<[string, string]>
		).map(
			([displayName, name]): INodeProperties => ({
				displayName,
				name,
				type: 'string',
				default: '',
				required: name === 'phone',
				...(name === 'email' ? { placeholder: 'name@email.com' } : {}),
				...(name === 'leadId' ? { description: "Your system's ID for the contact" } : {}),
				displayOptions: show(['create'], { contactsMode: ['allItems', 'perItem'] }),
			}),
		),
		{
			displayName: 'Folder Name or ID',
			name: 'categoryId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getFolders' },
			default: '',
			description:
				'The folder the contacts are kept in. With a JSON list, used for the contacts that name no category_id. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			displayOptions: show(['create']),
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
			displayOptions: show(['create']),
			options: [
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
			],
		},
		{
			displayName: 'Include Recording',
			name: 'dialSessionIncludeRecording',
			type: 'boolean',
			default: false,
			description:
				'Whether to include a link to the recordings (PhoneBurner answers more slowly with it)',
			displayOptions: show(['get', 'getCall']),
		},
		{
			displayName: 'Calls',
			name: 'dialSessionCallPaging',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			description: 'Which page of the session’s calls to return',
			displayOptions: show(['get']),
			options: [
				{
					displayName: 'Page',
					name: 'page',
					type: 'number',
					typeOptions: { minValue: 1 },
					default: 1,
					description: 'The page of calls to return',
				},
				{
					displayName: 'Page Size',
					name: 'page_size',
					type: 'number',
					typeOptions: { minValue: 1 },
					default: 25,
					description: 'How many calls per page',
				},
			],
		},
		{
			displayName: 'Filters',
			name: 'dialSessionFilters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			displayOptions: show(['getAll']),
			options: [
				{
					displayName: 'End Date',
					name: 'date_end',
					type: 'dateTime',
					default: '',
					description: 'Only sessions up to this date',
				},
				{
					displayName: 'Start Date',
					name: 'date_start',
					type: 'dateTime',
					default: '',
					description: 'Only sessions from this date on',
				},
			],
		},
		{
			displayName: 'Start Date',
			name: 'dialSessionDateStart',
			type: 'dateTime',
			default: '',
			required: true,
			description: 'The first day of the usage report',
			displayOptions: show(['getUsage']),
		},
		{
			displayName: 'End Date',
			name: 'dialSessionDateEnd',
			type: 'dateTime',
			default: '',
			required: true,
			description: 'The last day of the usage report, at most 90 days after the start',
			displayOptions: show(['getUsage']),
		},
		otherFields(
			'dialSession',
			['updateSettings'],
			[
				{
					displayName: 'ConnectMe Phone',
					name: 'connectme_preset',
					type: 'string',
					default: '',
					placeholder: 'e.g. 9495551234',
					description:
						'Your 10-digit phone number, pre-filled when PhoneBurner calls you to start a session (ConnectMe)',
				},
				{
					displayName: 'Earliest Call Time',
					name: 'calltime_min',
					type: 'string',
					default: '',
					placeholder: '0900',
					description:
						"No calls before this time (HHMM, 0800 to 2100), in the called person's local time",
				},
				{
					displayName: 'Latest Call Time',
					name: 'calltime_max',
					type: 'string',
					default: '',
					placeholder: '1700',
					description:
						"No calls after this time (HHMM, 0800 to 2100), in the called person's local time",
				},
				{
					displayName: 'Ring Time (Seconds)',
					name: 'dialsecs',
					type: 'number',
					typeOptions: { minValue: 20 },
					default: 30,
					description: 'How long a call rings before it counts as no answer (more than 20 seconds)',
				},
				{
					displayName: 'Ringing Sound',
					name: 'ringing',
					type: 'boolean',
					default: true,
					description: 'Whether to hear ringing (instead of silence) while a call connects',
				},
				{
					displayName: 'Send Emails',
					name: 'emails',
					type: 'boolean',
					default: false,
					description: 'Whether to send the disposition emails set below during the session',
				},
				...dispositionEmails.map(
					([label, name]): INodeProperties => ({
						displayName: `${label} Email (Message ID)`,
						name,
						type: 'string',
						default: '',
						description: `The message from your library sent for the ${label} disposition`,
					}),
				),
			],
		),
	],
);
