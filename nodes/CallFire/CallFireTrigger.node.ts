import { randomBytes } from 'crypto';

import {
	NodeApiError,
	NodeConnectionTypes,
	type IDataObject,
	type IHookFunctions,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';

import { deliveryItems, dropProcessedDeliveries, isRepeatedDelivery } from '../shared/replay';
import { rejectUnauthorized } from '../shared/webhook';
import { WEBHOOK_EVENTS } from './helpers/webhookEvents';
import { signatureMatches } from './helpers/webhookSignature';
import { CREDENTIAL_TYPE, callFireRequest } from './transport';

interface WebhookState {
	webhookId?: string;
	secret?: string;
}

/** CallFire lists take `limit`/`offset` and answer `{items, limit, offset, totalCount}`. */
const WEBHOOK_PAGE = 1000;
/** A bound on the pages read while looking for this trigger's webhook. */
const MAX_WEBHOOK_PAGES = 100;

/**
 * A request of the trigger: the CallFire transport (the credential's Base URL, retries, the
 * error check and redaction of the node's operations).
 */
async function callFire(
	this: IHookFunctions,
	method: 'GET' | 'POST' | 'DELETE',
	path: string,
	body?: IDataObject,
	qs?: IDataObject,
) {
	return await callFireRequest(this, method, path, { body, qs });
}

function isNotFound(error: unknown): boolean {
	return String((error as { httpCode?: unknown })?.httpCode ?? '') === '404';
}

/** vendorRequest already throws NodeApiError (redacted); anything else is wrapped as one. */
function apiError(context: IHookFunctions, error: unknown): NodeApiError {
	return error instanceof NodeApiError
		? error
		: new NodeApiError(context.getNode(), {}, { message: (error as Error)?.message });
}

/** Deletes a webhook; one that is already gone counts as deleted. */
async function deleteWebhook(this: IHookFunctions, id: string): Promise<void> {
	try {
		await callFire.call(this, 'DELETE', `/webhooks/${encodeURIComponent(id)}`);
	} catch (error) {
		if (!isNotFound(error)) throw apiError(this, error);
	}
}

/** What this trigger subscribes to: its resource and events (all of them when none is chosen). */
function subscription(context: IHookFunctions): { resource: string; events: string[] } {
	const resource = context.getNodeParameter('resource') as string;
	const chosen = context.getNodeParameter('events', []) as string[];
	return { resource, events: chosen.length ? chosen : (WEBHOOK_EVENTS[resource] ?? []) };
}

/**
 * Whether a webhook delivers what this trigger asks for. A field CallFire leaves out of its answer
 * is not held against it; event names are compared without regard to case.
 */
function subscribes(webhook: IDataObject, wanted: { resource: string; events: string[] }): boolean {
	if (webhook.enabled === false) return false;
	if (typeof webhook.resource === 'string' && webhook.resource !== wanted.resource) return false;
	if (Array.isArray(webhook.events)) {
		const has = new Set((webhook.events as unknown[]).map((event) => String(event).toLowerCase()));
		const want = new Set(wanted.events.map((event) => event.toLowerCase()));
		if (has.size !== want.size || [...want].some((event) => !has.has(event))) return false;
	}
	return true;
}

/**
 * The webhooks CallFire has for this URL: `GET /webhooks` filtered by `callback`, read page by
 * page, each checked again here (the filter is the API's, the comparison is exact).
 */
async function webhooksFor(this: IHookFunctions, url: string): Promise<IDataObject[]> {
	const found: IDataObject[] = [];
	let offset = 0;
	for (let page = 0; page < MAX_WEBHOOK_PAGES; page++) {
		const answer = ((await callFire.call(this, 'GET', '/webhooks', undefined, {
			callback: url,
			limit: WEBHOOK_PAGE,
			offset,
		})) ?? {}) as IDataObject;
		const items = (Array.isArray(answer.items) ? answer.items : []) as IDataObject[];
		found.push(...items.filter((webhook) => webhook?.callback === url));
		offset += items.length;
		const total = Number(answer.totalCount);
		if (items.length === 0) break;
		if (Number.isFinite(total) ? offset >= total : items.length < WEBHOOK_PAGE) break;
	}
	return found;
}

export class CallFireTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'CallFire Trigger',
		name: 'callFireTrigger',
		icon: { light: 'file:../../icons/callfire.svg', dark: 'file:../../icons/callfire.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["resource"] + ": " + ($parameter["events"] || []).join(", ")}}',
		description:
			'Starts the workflow on CallFire events: broadcasts started or finished, calls and texts finished, inbound texts, delivery reports',
		defaults: { name: 'CallFire Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: CREDENTIAL_TYPE, required: true }],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				responseMode: 'onReceived',
				path: 'webhook',
			},
		],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				required: true,
				default: 'OutboundCall',
				options: Object.keys(WEBHOOK_EVENTS)
					.sort()
					.map((resource) => ({
						name: resource.replace(/([a-z])([A-Z])/g, '$1 $2'),
						value: resource,
					})),
			},
			{
				displayName: 'Event Names or IDs',
				name: 'events',
				type: 'multiOptions',
				required: true,
				default: [],
				description:
					'Which events of the resource start the workflow. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
				typeOptions: { loadOptionsMethod: 'getEvents', loadOptionsDependsOn: ['resource'] },
			},
		],
	};

	methods = {
		loadOptions: {
			async getEvents(this: import('n8n-workflow').ILoadOptionsFunctions) {
				const resource = this.getCurrentNodeParameter('resource') as string;
				return (WEBHOOK_EVENTS[resource] ?? []).map((event) => ({ name: event, value: event }));
			},
		},
	};

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				const state = this.getWorkflowStaticData('node') as WebhookState;
				const url = this.getNodeWebhookUrl('default') as string;
				const wanted = subscription(this);
				if (state.webhookId) {
					let current: IDataObject | undefined;
					try {
						current = (await callFire.call(
							this,
							'GET',
							`/webhooks/${encodeURIComponent(state.webhookId)}`,
						)) as IDataObject;
					} catch (error) {
						// Only a 404 means it is gone; anything else stops the activation.
						if (!isNotFound(error)) throw apiError(this, error);
					}
					if (current?.callback === url) {
						if (state.secret && subscribes(current, wanted)) return true;
						// Ours, but disabled, for other events, or its secret lost: replaced.
						await deleteWebhook.call(this, state.webhookId);
					}
					delete state.webhookId;
					delete state.secret;
				}
				// The stored ID is missing (static data lost) or gone: a webhook CallFire still has
				// for this URL is taken back when its secret is known, else deleted and made anew.
				let adopted = false;
				for (const webhook of await webhooksFor.call(this, url)) {
					const secret = typeof webhook.secret === 'string' ? webhook.secret : '';
					if (
						!adopted &&
						secret !== '' &&
						webhook.id !== undefined &&
						subscribes(webhook, wanted)
					) {
						state.webhookId = String(webhook.id);
						state.secret = secret;
						adopted = true;
						continue;
					}
					// Its deliveries could not be verified (no secret) or are not what this trigger
					// asks for; more than one for this URL would deliver each event twice.
					if (webhook.id !== undefined) await deleteWebhook.call(this, String(webhook.id));
				}
				return adopted;
			},
			async create(this: IHookFunctions): Promise<boolean> {
				const state = this.getWorkflowStaticData('node') as WebhookState;
				const resource = this.getNodeParameter('resource') as string;
				const events = this.getNodeParameter('events') as string[];
				const secret = randomBytes(24).toString('hex');
				const created = (await callFire.call(this, 'POST', '/webhooks', {
					name: `n8n ${this.getWorkflow().id ?? ''} ${this.getNode().name}`.trim(),
					resource,
					events: events.length ? events : WEBHOOK_EVENTS[resource],
					callback: this.getNodeWebhookUrl('default'),
					secret,
					enabled: true,
				})) as IDataObject;
				state.webhookId = String(created.id);
				state.secret = secret;
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				const state = this.getWorkflowStaticData('node') as WebhookState;
				if (state.webhookId) {
					try {
						// A 404 means it is already gone: that counts as deleted.
						await deleteWebhook.call(this, state.webhookId);
					} catch (error) {
						this.logger.warn('Could not delete the CallFire webhook', {
							error: (error as Error).message,
						});
						return false;
					}
				}
				delete state.webhookId;
				delete state.secret;
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const state = this.getWorkflowStaticData('node') as WebhookState;
		const request = this.getRequestObject() as unknown as { rawBody?: Buffer; body?: unknown };
		const raw = request.rawBody ?? Buffer.from(JSON.stringify(request.body ?? {}));
		const header = this.getHeaderData()['x-callfire-signature'];
		if (!signatureMatches(state.secret ?? '', raw, header)) {
			return rejectUnauthorized(this, 'Missing or wrong X-CallFire-Signature');
		}
		// A signed body carries its own timestamp: the same signature again is a replay.
		if (await isRepeatedDelivery(this, String(header))) {
			return { webhookResponse: { received: true, duplicate: true } };
		}
		const body = (this.getBodyData() ?? {}) as IDataObject;
		const events = Array.isArray(body.events) ? (body.events as IDataObject[]) : [];
		if (events.length === 0) return { webhookResponse: { received: true, emitted: 0 } };
		const { events: _events, ...delivery } = body;
		void _events;
		return {
			workflowData: [
				deliveryItems(
					this,
					events.map((event) => ({ json: { ...event, delivery } })),
				),
			],
		};
	}

	/** Runs first in the execution: a delivery another n8n process already ran for is dropped. */
	execute = dropProcessedDeliveries;
}
