import { defineOperation } from '../../../shared/operation';
import { queryOptions } from '../../helpers/queryOptions';
import { WEBHOOK_EVENT_OPTIONS, WEBHOOK_RESOURCE_OPTIONS } from '../../helpers/webhookEvents';
import { CALLFIRE_REQUEST, callFirePaging } from '../../transport';

/** Webhook → Get Many: `GET /webhooks` (vendor-docs README: webhooks are not in the doc copy). */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many webhooks',
	description: 'Find webhooks by name, resource, event, callback or whether enabled',
	method: 'GET',
	path: '/webhooks',
	query: {
		fields: 'webhookFilters.fields',
		name: 'webhookFilters.name',
		resource: 'webhookFilters.resource',
		event: 'webhookFilters.event',
		callback: 'webhookFilters.callback',
		enabled: 'webhookFilters.enabled',
	},
	paging: { pages: callFirePaging },
	request: CALLFIRE_REQUEST,
	fields: [
		queryOptions(
			'webhookFilters',
			[
				{ displayName: 'Callback', name: 'callback', type: 'string', default: '' },
				{
					displayName: 'Enabled',
					name: 'enabled',
					type: 'boolean',
					default: false,
					description: 'Whether to find enabled (on) or disabled (off) webhooks',
				},
				{
					displayName: 'Event',
					name: 'event',
					type: 'options',
					default: 'Failed',
					options: WEBHOOK_EVENT_OPTIONS,
				},
				{ displayName: 'Name', name: 'name', type: 'string', default: '' },
				// eslint-disable-next-line n8n-nodes-base/node-param-resource-without-no-data-expression -- a filter named after the webhook's resource, not the node's Resource
				{
					displayName: 'Resource',
					name: 'resource',
					type: 'options',
					default: 'CallBroadcast',
					options: WEBHOOK_RESOURCE_OPTIONS,
				},
			],
			'filters',
		),
	],
});
