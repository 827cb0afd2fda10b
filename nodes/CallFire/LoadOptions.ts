import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { vendorRequest } from '../shared/transport';
import { callFireBaseUrl } from './BaseUrl';
import { callFireHttp } from './GenericFunctions';
import { ALL_WEBHOOK_EVENTS, WEBHOOK_EVENTS, spaced } from './descriptions/webhookEvents';

/** Up to this many entries are offered in a dropdown; anything else is typed as an ID. */
const PICKER_LIMIT = 1000;

async function listOf(
	context: ILoadOptionsFunctions,
	path: string,
	label: (item: IDataObject) => string,
): Promise<INodePropertyOptions[]> {
	const credentials = await context.getCredentials('callFireApi');
	const base = callFireBaseUrl(credentials);
	const page = (await vendorRequest(context, callFireHttp, 'callFireApi', {
		method: 'GET',
		url: `${base}${path}`,
		qs: { limit: PICKER_LIMIT },
		json: true,
	})) as IDataObject;
	const items = (Array.isArray(page?.items) ? page.items : []) as IDataObject[];
	return items
		.filter((item) => item.id !== undefined)
		.map((item) => ({ name: label(item), value: String(item.id) }))
		.sort((a, b) => a.name.localeCompare(b.name));
}

const named = (item: IDataObject) =>
	`${String(item.name ?? item.id)}${item.status ? ` (${String(item.status)})` : ''}`;

/** Dropdowns for IDs a user would otherwise look up in CallFire. */
export const callFireLoadOptions = {
	async getContactLists(this: ILoadOptionsFunctions) {
		return await listOf(
			this,
			'/contacts/lists',
			(item) => `${String(item.name ?? item.id)} (${String(item.size ?? 0)} contacts)`,
		);
	},
	async getCallBroadcasts(this: ILoadOptionsFunctions) {
		return await listOf(this, '/calls/broadcasts', named);
	},
	async getTextBroadcasts(this: ILoadOptionsFunctions) {
		return await listOf(this, '/texts/broadcasts', named);
	},
	async getSounds(this: ILoadOptionsFunctions) {
		return await listOf(this, '/campaigns/sounds', named);
	},
	/** The events of the webhook's chosen resource (every event while none is chosen). */
	async getWebhookEvents(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		let resource: unknown;
		for (const path of ['webhookCreateResource', 'webhookUpdateFields.resource']) {
			try {
				resource = this.getCurrentNodeParameter(path);
			} catch {
				resource = undefined;
			}
			if (typeof resource === 'string' && WEBHOOK_EVENTS[resource]) break;
		}
		const events =
			typeof resource === 'string' && WEBHOOK_EVENTS[resource]
				? WEBHOOK_EVENTS[resource]
				: ALL_WEBHOOK_EVENTS;
		return events.map((event) => ({ name: spaced(event), value: event }));
	},
};

/** Which path IDs get a dropdown: resource → loadOptions method and what it lists. */
export const PICKERS: Record<string, { method: string; label: string }> = {
	callBroadcast: { method: 'getCallBroadcasts', label: 'Call Broadcast' },
	contactList: { method: 'getContactLists', label: 'Contact List' },
	sound: { method: 'getSounds', label: 'Sound' },
	textBroadcast: { method: 'getTextBroadcasts', label: 'Text Broadcast' },
};
