import { randomBytes } from 'crypto';

import {
	NodeConnectionTypes,
	type IDataObject,
	type IHookFunctions,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';

import { deliveryMemory, fingerprint } from '../shared/replay';
import { vendorRequest, type VendorHttp } from '../shared/transport';
import { signatureMatches } from './WebhookSignature';

/** CallFire's error body is {httpStatusCode, internalCode, message, developerMessage}. */
const callFireWebhookHttp: VendorHttp = {
	name: 'CallFire',
	secretFields: { callFireApi: ['password'] },
	errorMessage(statusCode, body) {
		if (statusCode < 400) return undefined;
		const message = body && typeof body === 'object' ? (body as IDataObject).message : undefined;
		return typeof message === 'string' && message !== '' ? message : undefined;
	},
};

/** The webhook resources and the events each one has (from the vendor's SDK). */
export const WEBHOOK_EVENTS: Record<string, string[]> = {
	CallBroadcast: ['Started', 'Stopped', 'Finished'],
	CccCampaign: ['Started', 'Stopped', 'Finished'],
	ContactList: ['ValidationFinished', 'ValidationFailed'],
	InboundCall: ['Finished'],
	InboundText: ['Finished'],
	LowBalance: ['Finished', 'Failed'],
	MonthlyRenewal: ['Finished', 'Failed'],
	OutboundCall: ['Finished'],
	OutboundText: ['Finished'],
	OutboundTextDeliveryReport: ['Received'],
	TextBroadcast: ['Started', 'Stopped', 'Finished'],
};

interface WebhookState {
	webhookId?: string;
	secret?: string;
}

async function callFire(
	this: IHookFunctions,
	method: 'GET' | 'POST' | 'DELETE',
	path: string,
	body?: IDataObject,
) {
	const credentials = await this.getCredentials('callFireApi');
	return await vendorRequest(this, callFireWebhookHttp, 'callFireApi', {
		method,
		url: `${String(credentials.baseUrl ?? 'https://api.callfire.com/v2').replace(/\/+$/, '')}${path}`,
		json: true,
		...(body ? { body } : {}),
	});
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
		credentials: [{ name: 'callFireApi', required: true }],
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
				const url = this.getNodeWebhookUrl('default');
				if (state.webhookId) {
					try {
						const found = (await callFire.call(
							this,
							'GET',
							`/webhooks/${state.webhookId}`,
						)) as IDataObject;
						if (found?.callback === url && found.enabled !== false) return true;
					} catch (error) {
						this.logger.debug('CallFire webhook from the last activation is gone', {
							error: (error as Error).message,
						});
					}
					delete state.webhookId;
				}
				return false;
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
						await callFire.call(this, 'DELETE', `/webhooks/${state.webhookId}`);
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
			this.getResponseObject().status(401).json({ error: 'Missing or wrong X-CallFire-Signature' });
			return { noWebhookResponse: true };
		}
		// A signed body carries its own timestamp: the same signature again is a replay.
		if (deliveryMemory(this).repeated(fingerprint(String(header)))) {
			return { webhookResponse: { received: true, duplicate: true } };
		}
		const body = (this.getBodyData() ?? {}) as IDataObject;
		const events = Array.isArray(body.events) ? (body.events as IDataObject[]) : [];
		if (events.length === 0) return { webhookResponse: { received: true, emitted: 0 } };
		const { events: _events, ...delivery } = body;
		void _events;
		return {
			workflowData: [events.map((event) => ({ json: { ...event, delivery } }))],
		};
	}
}
