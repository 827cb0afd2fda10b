import {
	NodeConnectionTypes,
	type IDataObject,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';

import { isObject } from '../shared/json';
import { deliveryItems, dropProcessedDeliveries, isRepeatedDelivery } from '../shared/replay';
import {
	registrationFreeWebhookMethods,
	rejectUnauthorized,
	secretsMatch,
} from '../shared/webhook';

/**
 * The event types Call-Em-All documents by name. Others (inbound texts, opt-outs, opt-ins) exist
 * but their names are not published, so they are let through by "Other Events" as received.
 */
export const KNOWN_EVENT_TYPES = ['broadcast-status-change'];

/** Every event type, named or not. */
export const ALL_EVENTS = '*';
/** Every event type that is not one of KNOWN_EVENT_TYPES. */
export const OTHER_EVENTS = 'other';

/** "Broadcast Status Change", "BroadcastStatusChange" and "broadcast-status-change" are one type. */
export function normaliseEventType(value: unknown): string {
	return String(value ?? '')
		.toLowerCase()
		.replace(/[^a-z0-9]/g, '');
}

/** Whether an event of this type starts the workflow, given the types the user picked. */
export function eventWanted(eventType: string, wanted: string[]): boolean {
	if (wanted.includes(ALL_EVENTS)) return true;
	const type = normaliseEventType(eventType);
	const known = KNOWN_EVENT_TYPES.map(normaliseEventType);
	if (!known.includes(type)) return wanted.includes(OTHER_EVENTS);
	return wanted.some((choice) => normaliseEventType(choice) === type);
}

/** The user name and password of an `Authorization: Basic …` header, if it has them. */
export function parseBasicAuth(header: unknown): { user: string; password: string } | undefined {
	const value = Array.isArray(header) ? header[0] : header;
	if (typeof value !== 'string') return undefined;
	const match = /^\s*Basic\s+([A-Za-z0-9+/=_-]+)\s*$/i.exec(value);
	if (!match) return undefined;
	const decoded = Buffer.from(match[1], 'base64').toString('utf8');
	const colon = decoded.indexOf(':');
	if (colon < 0) return undefined;
	return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** Whether the call carries exactly the configured user name and password. */
export function basicAuthMatches(user: string, password: string, header: unknown): boolean {
	if (user === '' || password === '') return false;
	const given = parseBasicAuth(header);
	if (!given) return false;
	// Both are compared, always, so the time taken does not tell which one was wrong.
	const userOk = secretsMatch(user, given.user);
	const passwordOk = secretsMatch(password, given.password);
	return userOk && passwordOk;
}

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return undefined;
	}
}

/** The delivery as a JSON object, or undefined when the body is not one. */
function readBody(context: IWebhookFunctions): IDataObject | undefined {
	const request = context.getRequestObject() as unknown as { body?: unknown; rawBody?: Buffer };
	let body = request.body;
	if (Buffer.isBuffer(body)) body = parseJson(body.toString('utf8'));
	else if (typeof body === 'string') body = parseJson(body);
	else if (
		(body === undefined || (isObject(body) && Object.keys(body).length === 0)) &&
		Buffer.isBuffer(request.rawBody) &&
		request.rawBody.length > 0
	) {
		// A body n8n did not parse (e.g. sent without a JSON content type).
		body = parseJson(request.rawBody.toString('utf8'));
	}
	return isObject(body) ? body : undefined;
}

export class CallEmAllTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Call-Em-All Trigger',
		name: 'callEmAllTrigger',
		icon: { light: 'file:../../icons/callemall.svg', dark: 'file:../../icons/callemall.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{($parameter["events"] || []).join(", ")}}',
		description:
			'Starts the workflow when Call-Em-All (now called Text-Em-All) sends a webhook, e.g. when a broadcast changes status',
		defaults: { name: 'Call-Em-All Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
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
				displayName:
					'Call-Em-All sets up webhooks by email, not in its API. Send Call-Em-All support the Production URL above together with the user name and password below; they send each event to it with HTTP Basic auth. To watch for opt-outs or broadcast status changes without asking support, use the Call-Em-All Poll Trigger instead.',
				name: 'notice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				default: [ALL_EVENTS],
				description: 'Which kinds of event start the workflow; the others are answered and ignored',
				options: [
					{
						name: 'All Events',
						value: ALL_EVENTS,
						description: 'Every event Call-Em-All sends',
					},
					{
						name: 'Broadcast Status Change',
						value: 'broadcast-status-change',
						description:
							'A broadcast changed status, e.g. started or completed (event type broadcast-status-change)',
					},
					{
						name: 'Other Events',
						value: OTHER_EVENTS,
						description:
							'Every other event type, e.g. inbound texts, opt-outs and opt-ins, passed on unchanged',
					},
				],
			},
			{
				displayName: 'Authentication',
				name: 'authentication',
				type: 'options',
				default: 'basicAuth',
				options: [
					{
						name: 'Basic Auth',
						value: 'basicAuth',
						description:
							'Accept only calls with the user name and password below (HTTP Basic auth); others get 401',
					},
					{
						name: 'None',
						value: 'none',
						description: 'Accept every call to the URL (not recommended)',
					},
				],
			},
			{
				displayName: 'User Name',
				name: 'username',
				type: 'string',
				default: '',
				required: true,
				description: 'The user name Call-Em-All sends with each webhook',
				displayOptions: { show: { authentication: ['basicAuth'] } },
			},
			{
				displayName: 'Password',
				name: 'password',
				type: 'string',
				typeOptions: { password: true },
				default: '',
				required: true,
				description: 'The password Call-Em-All sends with each webhook; use a long random one',
				displayOptions: { show: { authentication: ['basicAuth'] } },
			},
		],
	};

	/**
	 * Call-Em-All webhooks are registered by email with its support, not through the API, so
	 * there is nothing to create or delete on its side: n8n making the URL live is all it takes.
	 */
	webhookMethods = registrationFreeWebhookMethods;

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		if (this.getNodeParameter('authentication', 'basicAuth') === 'basicAuth') {
			const user = String(this.getNodeParameter('username', '') ?? '');
			const password = String(this.getNodeParameter('password', '') ?? '');
			const header = this.getHeaderData().authorization;
			if (!basicAuthMatches(user, password, header)) {
				return rejectUnauthorized(this, 'Missing or wrong user name or password', {
					'WWW-Authenticate': 'Basic realm="Webhook"',
				});
			}
		}

		const body = readBody(this);
		const notification = body ? (body.notification ?? body.Notification) : undefined;
		if (!body || !isObject(notification)) {
			this.getResponseObject()
				.status(400)
				.json({
					error: body
						? 'Not a Call-Em-All notification: the body has no "notification" object'
						: 'The body is not a JSON object',
				});
			return { noWebhookResponse: true };
		}

		const eventType = String(notification.eventType ?? notification.EventType ?? '');
		const wanted = this.getNodeParameter('events', [ALL_EVENTS]) as string[];
		if (!eventWanted(eventType, wanted)) {
			return { webhookResponse: { received: true, emitted: false } };
		}

		// Each notification has its own eventId: the same one again is a replay or a resend.
		const eventId = notification.eventId ?? notification.EventId;
		if (
			eventId !== undefined &&
			eventId !== null &&
			String(eventId) !== '' &&
			(await isRepeatedDelivery(this, 'call-em-all', String(eventId)))
		) {
			return { webhookResponse: { received: true, duplicate: true } };
		}

		const json: IDataObject = { eventType, ...body };
		json.eventType = eventType;
		return { workflowData: [deliveryItems(this, [{ json }])] };
	}

	/** Runs first in the execution: an event another n8n process already ran for is dropped. */
	execute = dropProcessedDeliveries;
}
