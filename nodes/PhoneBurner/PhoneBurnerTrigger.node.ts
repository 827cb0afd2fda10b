import {
	NodeConnectionTypes,
	type IDataObject,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';

import { deliveryItems, dropProcessedDeliveries, isRepeatedDelivery } from '../shared/replay';
import {
	registrationFreeWebhookMethods,
	rejectUnauthorized,
	secretsMatch,
} from '../shared/webhook';

import {
	CALLBACK_TYPES,
	EVENT_PARAMETER,
	TOKEN_PARAMETER,
	callbackTypeOf,
	isCallbackType,
	normaliseCallback,
} from './helpers/callbacks';

export class PhoneBurnerTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'PhoneBurner Trigger',
		name: 'phoneBurnerTrigger',
		icon: {
			light: 'file:../../icons/phoneburner.svg',
			dark: 'file:../../icons/phoneburner.dark.svg',
		},
		group: ['trigger'],
		version: 1,
		subtitle: '={{($parameter["events"] || []).join(", ")}}',
		description:
			'Starts the workflow when a PhoneBurner dial session calls back: call begins, contact displayed, call done',
		defaults: { name: 'PhoneBurner Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				responseMode: 'onReceived',
				path: 'callback',
			},
		],
		properties: [
			{
				displayName:
					"PhoneBurner calls this URL for the callbacks of a dial session. Copy the webhook URL above, add <code>?token=</code> and your Secret Token, and give it to the Callbacks option of the PhoneBurner node's Create Dial Session (it adds <code>&event=…</code> for each type). With all three events picked, a callback of no known shape is emitted too, as event <code>unknown</code>.",
				name: 'notice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				default: ['api_calldone'],
				options: [
					{
						name: 'Call Begins',
						value: 'api_callbegin',
						description: 'Before each phone call of the dial session',
					},
					{
						name: 'Call Done',
						value: 'api_calldone',
						description: 'After each phone call, with its disposition',
					},
					{
						name: 'Contact Displayed',
						value: 'api_contact_displayed',
						description: 'When the dialer shows a contact, before calling',
					},
				],
			},
			{
				displayName: 'Authentication',
				name: 'authentication',
				type: 'options',
				default: 'token',
				options: [
					{
						name: 'None',
						value: 'none',
						description:
							'Accept every call to the URL (not recommended: PhoneBurner does not sign its callbacks)',
					},
					{
						name: 'Secret Token',
						value: 'token',
						description:
							'Accept only calls whose URL has ?token=… (or header X-Webhook-Token) equal to the secret',
					},
				],
			},
			{
				displayName: 'Secret Token',
				name: 'secretToken',
				type: 'string',
				typeOptions: { password: true },
				default: '',
				required: true,
				description: 'A long random string; calls without it are refused with 401',
				displayOptions: { show: { authentication: ['token'] } },
			},
		],
	};

	/**
	 * PhoneBurner has no API to register webhooks: a callback URL is given to each dial session
	 * (Create Dial Session → Callbacks). There is nothing to create or delete on its side, so
	 * activation only has to make the URL live, which n8n does.
	 */
	// PhoneBurner registers no webhook: each dial session carries the callback URLs.
	webhookMethods = registrationFreeWebhookMethods;

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const request = this.getRequestObject();
		const query = (request.query ?? {}) as IDataObject;
		const headers = this.getHeaderData() as IDataObject;

		if (this.getNodeParameter('authentication', 'token') === 'token') {
			const expected = String(this.getNodeParameter('secretToken', ''));
			const given = query[TOKEN_PARAMETER] ?? headers['x-webhook-token'];
			if (!secretsMatch(expected, given)) return rejectUnauthorized(this, 'Missing or wrong token');
		}

		const raw = this.getBodyData();
		const body =
			raw && typeof raw === 'object' && !Array.isArray(raw)
				? (raw as IDataObject)
				: { body: raw as unknown as string };
		const event = callbackTypeOf(body, query);
		const wanted = this.getNodeParameter('events', [...CALLBACK_TYPES]) as string[];
		// A body of no known shape is emitted (as event "unknown") only to a trigger that wants
		// every callback: with a narrower choice it cannot be told to be one of the wanted ones.
		const wantsAll = CALLBACK_TYPES.every((type) => wanted.includes(type));
		if (!(wanted.includes(event) || (event === 'unknown' && wantsAll))) {
			return { webhookResponse: { received: true, emitted: false } };
		}
		const json: IDataObject = { event, ...normaliseCallback(body) };
		json.event = event;
		delete json[TOKEN_PARAMETER];
		// A call begins once and is done once: the same callback for the same call again is a
		// replay (or PhoneBurner retrying one that arrived), not a new event. One that n8n could not
		// start a workflow for (it answered 5xx) did not arrive: sent again, it runs.
		const callId = json.call_id ?? (json.call as IDataObject | undefined)?.call_id;
		if (
			event !== 'api_contact_displayed' &&
			callId !== undefined &&
			(await isRepeatedDelivery(this, event, String(callId)))
		) {
			return { webhookResponse: { received: true, duplicate: true } };
		}
		if (event !== 'unknown' && !isCallbackType(query[EVENT_PARAMETER]))
			json.eventDetectedFrom = 'body';
		return { workflowData: [deliveryItems(this, [{ json }])] };
	}

	/** Runs first in the execution: a callback another n8n process already ran for is dropped. */
	execute = dropProcessedDeliveries;
}
