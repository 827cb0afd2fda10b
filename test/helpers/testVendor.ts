/**
 * A made-up vendor for the shared code's own tests, built the way a vendor node of the package
 * is (operation specs → builder → executor), so the shared layer is tested through n8n-core's
 * real RoutingNode without any one vendor's rules in the way:
 * - `testVendor`: a declarative node with a login session (the VendorHttp hooks `authorize`,
 *   `onUnauthorized`, `cleanError`, `outputSecrets`), paging, batching, a fan-out,
 *   form/JSON/multipart bodies and a download;
 * - `testVendorTrigger`: a webhook trigger made of the webhook kit.
 */
import {
	NodeConnectionTypes,
	type ICredentialDataDecryptedObject,
	type ICredentialType,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';

import type { ItemBatching } from '../../nodes/shared/batching';
import { buildNodeProperties } from '../../nodes/shared/builder';
import type { FanOut } from '../../nodes/shared/executor';
import { defineOperation, defineResource } from '../../nodes/shared/operation';
import { vendorRequestDefaults } from '../../nodes/shared/transport';
import type { ListPaging, VendorHookContext, VendorHttp } from '../../nodes/shared/vendor';
import {
	registrationFreeWebhookMethods,
	rejectUnauthorized,
	secretsMatch,
} from '../../nodes/shared/webhook';

export const TEST_BASE = 'https://api.test-vendor.example';
export const TOKEN_HEADER = 'x-test-session';

/** A made-up key, built at run time so it cannot be mistaken for a real one. */
export const TEST_KEY = ['test', 'SECRET', 'key', '987654321'].join('-');

export const TEST_CREDENTIALS = {
	testVendorApi: { apiKey: TEST_KEY, user: 'ann', pin: '2468', baseUrl: TEST_BASE },
};

/** What the tests can watch: engine events, logins. */
export const probe = {
	events: [] as string[],
	logins: 0,
	reset() {
		this.events = [];
		this.logins = 0;
		sessions.clear();
	},
};

const sessions = new Map<string, Promise<string>>();

async function login(context: VendorHookContext, refused?: string): Promise<string> {
	const credentials = await context.getCredentials<ICredentialDataDecryptedObject>('testVendorApi');
	const key = String(credentials.user);
	const current = sessions.get(key);
	if (current && (await current) !== refused) return await current;
	const fresh = (async () => {
		probe.logins += 1;
		const answer = (await context.helpers.httpRequest({
			method: 'POST',
			url: `${String(credentials.baseUrl || TEST_BASE).replace(/\/+$/, '')}/login`,
			body: { user: credentials.user, pin: credentials.pin },
			json: true,
		})) as IDataObject;
		return String(answer.token);
	})();
	sessions.set(key, fresh);
	return await fresh;
}

export const testVendorHttp: VendorHttp = {
	name: 'TestVendor',
	secretFields: { testVendorApi: ['apiKey'] },
	defaultBaseUrl: TEST_BASE,
	errorMessage(statusCode, body) {
		if (statusCode < 400) return undefined;
		return typeof (body as IDataObject)?.message === 'string'
			? String((body as IDataObject).message)
			: undefined;
	},
	async authorize(context, options) {
		// Recorded before the first await: the engine calls this hook synchronously per item.
		const item = (context as unknown as IExecuteSingleFunctions).getItemIndex?.();
		probe.events.push(`authorize:${item ?? 'plain'}`);
		const token = await login(context);
		return { ...options, headers: { ...(options.headers ?? {}), [TOKEN_HEADER]: token } };
	},
	async onUnauthorized(context, options, error, again) {
		const used = String((options.headers as IDataObject | undefined)?.[TOKEN_HEADER] ?? '');
		if (again) {
			(error as Error).message = `${(error as Error).message} (the new session was refused too)`;
			return false;
		}
		const fresh = await login(context, used);
		options.headers = { ...(options.headers ?? {}), [TOKEN_HEADER]: fresh };
		return true;
	},
	async cleanError(context, error) {
		const credentials =
			await context.getCredentials<ICredentialDataDecryptedObject>('testVendorApi');
		const pin = String(credentials.pin ?? '');
		const target = error as { message?: unknown };
		if (pin !== '' && typeof target.message === 'string') {
			target.message = target.message.split(pin).join('[pin]');
		}
	},
	async outputSecrets(context) {
		const credentials =
			await context.getCredentials<ICredentialDataDecryptedObject>('testVendorApi');
		return typeof credentials.pin === 'string' ? [credentials.pin] : [];
	},
};

/** `{items, next}` pages, `page=1, 2, …`. */
const pages: ListPaging = {
	start(options) {
		options.qs = { ...(options.qs ?? {}), page: 1 };
	},
	read(body, options) {
		const page = (body ?? {}) as IDataObject;
		const items = (Array.isArray(page.items) ? page.items : []) as IDataObject[];
		const more = page.next === true;
		if (more) (options.qs as IDataObject).page = Number((options.qs as IDataObject).page) + 1;
		return { items, more };
	},
};

/** `POST /messages` takes up to two `{to}` entries; the answer has one result per entry. */
const messages: ItemBatching = {
	grouping: 'shared',
	output: 'perEntry',
	maxEntries: () => 2,
	take(options) {
		const body = (options.body ?? {}) as IDataObject;
		options.body = { ...body, messages: undefined };
		return (body.messages as unknown[]) ?? [];
	},
	put(options, entries) {
		options.body = { ...((options.body ?? {}) as IDataObject), messages: entries };
	},
};

async function recordEntry(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const body = (requestOptions.body ?? {}) as IDataObject;
	requestOptions.body = { messages: [{ to: body.to, text: body.text }] };
	return requestOptions;
}

/**
 * Fan-out of `record → tagMany`: one `POST /records/{id}/tag` per ID of Record IDs, each sent
 * through the executor's `sendOne`, their items in the IDs' order.
 */
const tagEach: FanOut = async function tagEach(this, requestData, sendOne) {
	const ids = String(this.getNodeParameter('recordIds', ''))
		.split(',')
		.map((id) => id.trim())
		.filter((id) => id !== '');
	probe.events.push(`fanOut:${this.getItemIndex()}:${ids.join('|')}`);
	const items = [];
	for (const id of ids) {
		const options = { ...requestData.options, url: `/records/${encodeURIComponent(id)}/tag` };
		items.push(...(await sendOne({ ...requestData, options })));
	}
	return items;
};

const record = defineResource({
	value: 'record',
	name: 'Record',
	defaultOperation: 'get',
	operations: [
		defineOperation({
			value: 'get',
			name: 'Get',
			action: 'Get a record',
			description: 'Get one record',
			method: 'GET',
			path: '/records/{recordId}',
			fields: [{ displayName: 'Record ID', name: 'recordId', type: 'string', default: '' }],
		}),
		defineOperation({
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many records',
			description: 'List records',
			method: 'GET',
			path: '/records',
			query: {
				q: { from: 'filters.query', whenEmpty: 'refuse' },
				tags: { from: 'filters.tags', as: 'csv' },
				archived: { from: 'filters.archived', as: 'flagWhenOn' },
			},
			paging: { pages, limitDefault: 20 },
			fields: [
				{
					displayName: 'Filters',
					name: 'filters',
					type: 'collection',
					default: {},
					placeholder: 'Add Filter',
					options: [
						{ displayName: 'Archived', name: 'archived', type: 'boolean', default: true },
						{ displayName: 'Query', name: 'query', type: 'string', default: '' },
						{ displayName: 'Tags', name: 'tags', type: 'string', default: '' },
					],
				},
				{
					displayName: 'Options',
					name: 'options',
					type: 'collection',
					default: {},
					placeholder: 'Add Option',
					options: [{ displayName: 'Sort', name: 'sort', type: 'string', default: '' }],
				},
			],
		}),
		defineOperation({
			value: 'create',
			name: 'Create',
			action: 'Create a record',
			description: 'Create a record',
			method: 'POST',
			path: '/records',
			body: {
				type: 'json',
				fields: {
					name: { from: 'name', whenEmpty: 'refuse' },
					'meta.count': { from: 'options.count', as: 'number' },
					'meta.labels': { from: 'options.labels', as: 'list' },
				},
			},
			fields: [
				{ displayName: 'Name', name: 'name', type: 'string', default: '' },
				{
					displayName: 'Options',
					name: 'options',
					type: 'collection',
					default: {},
					placeholder: 'Add Option',
					options: [
						{ displayName: 'Count', name: 'count', type: 'number', default: 0 },
						{ displayName: 'Labels', name: 'labels', type: 'string', default: '' },
					],
				},
			],
		}),
		defineOperation({
			value: 'note',
			name: 'Note',
			action: 'Note a record',
			description: 'Attach a note, sent as a form',
			method: 'POST',
			path: '/records/{recordId}/notes',
			body: { type: 'form', fields: { text: { from: 'text', whenEmpty: 'send' } } },
			fields: [
				{ displayName: 'Record ID', name: 'recordId', type: 'string', default: '' },
				{ displayName: 'Text', name: 'text', type: 'string', default: '' },
			],
		}),
		defineOperation({
			value: 'import',
			name: 'Import',
			action: 'Import records',
			description: 'Import records from JSON',
			method: 'POST',
			path: '/records/import',
			body: { type: 'jsonParameter', parameter: 'records', shape: 'array' },
			output: { rows: (body) => ((body as IDataObject).imported as IDataObject[]) ?? [] },
			fields: [{ displayName: 'Records (JSON)', name: 'records', type: 'json', default: '[]' }],
		}),
		defineOperation({
			value: 'tagMany',
			name: 'Tag Many',
			action: 'Tag many records',
			method: 'POST',
			path: '/records/tag',
			body: { type: 'json', fields: { tag: 'tag' } },
			hooks: { fanOut: tagEach },
			fields: [
				{ displayName: 'Record IDs', name: 'recordIds', type: 'string', default: '' },
				{ displayName: 'Tag', name: 'tag', type: 'string', default: '' },
			],
		}),
	],
});

const file = defineResource({
	value: 'file',
	name: 'File',
	defaultOperation: 'upload',
	operations: [
		defineOperation({
			value: 'upload',
			name: 'Upload',
			action: 'Upload a file',
			description: 'Upload a file',
			method: 'POST',
			path: '/files',
			body: { type: 'multipart', fileField: 'file', fields: { title: 'title' } },
			fields: [{ displayName: 'Title', name: 'title', type: 'string', default: '' }],
		}),
		defineOperation({
			value: 'download',
			name: 'Download',
			action: 'Download a file',
			description: 'Download a file',
			method: 'GET',
			path: '/files/{fileId}',
			output: {
				binary: {
					fileName() {
						return `${String(this.getNodeParameter('fileId', ''))}.mp3`;
					},
					mimeTypes: { mp3: 'audio/mpeg' },
				},
			},
			fields: [{ displayName: 'File ID', name: 'fileId', type: 'string', default: '' }],
		}),
	],
});

const message = defineResource({
	value: 'message',
	name: 'Message',
	defaultOperation: 'send',
	operations: [
		defineOperation({
			value: 'send',
			name: 'Send',
			action: 'Send a message',
			description: 'Send messages, two items a request',
			method: 'POST',
			path: '/messages',
			batching: messages,
			body: { type: 'json', fields: { to: { from: 'to', whenEmpty: 'refuse' }, text: 'text' } },
			hooks: { preSend: [recordEntry] },
			fields: [
				{ displayName: 'To', name: 'to', type: 'string', default: '' },
				{ displayName: 'Text', name: 'text', type: 'string', default: '' },
			],
		}),
	],
});

export class TestVendorApi implements ICredentialType {
	name = 'testVendorApi';

	displayName = 'Test Vendor API';

	documentationUrl = 'https://example.com';

	properties = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string' as const,
			typeOptions: { password: true },
			default: '',
		},
		{ displayName: 'User', name: 'user', type: 'string' as const, default: '' },
		{ displayName: 'PIN', name: 'pin', type: 'string' as const, default: '' },
		{ displayName: 'Base URL', name: 'baseUrl', type: 'string' as const, default: TEST_BASE },
	];

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const headers = { ...((requestOptions.headers as IDataObject) ?? {}) };
		const session = headers[TOKEN_HEADER];
		delete headers[TOKEN_HEADER];
		return {
			...requestOptions,
			headers: {
				...headers,
				'x-api-key': String(credentials.apiKey ?? ''),
				...(session ? { authorization: `Session ${String(session)}` } : {}),
			},
		};
	}
}

export class TestVendor implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Test Vendor',
		name: 'testVendor',
		group: ['transform'],
		version: 1,
		description: 'The shared layer under test',
		defaults: { name: 'Test Vendor' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'testVendorApi', required: true }],
		requestDefaults: vendorRequestDefaults(),
		properties: buildNodeProperties(testVendorHttp, { resources: [record, file, message] }),
	};
}

export class TestVendorTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Test Vendor Trigger',
		name: 'testVendorTrigger',
		group: ['trigger'],
		version: 1,
		description: 'The webhook kit under test',
		defaults: { name: 'Test Vendor Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		webhooks: [
			{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'callback' },
		],
		properties: [{ displayName: 'Token', name: 'token', type: 'string', default: '' }],
	};

	webhookMethods = registrationFreeWebhookMethods;

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const expected = String(this.getNodeParameter('token', ''));
		const given = this.getHeaderData()['x-token'];
		if (!secretsMatch(expected, given)) {
			return rejectUnauthorized(this, 'Missing or wrong token', {
				'WWW-Authenticate': 'Token',
			});
		}
		return { workflowData: [[{ json: this.getBodyData() }]] };
	}
}
