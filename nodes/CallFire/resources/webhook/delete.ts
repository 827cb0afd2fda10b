import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { webhookIdField } from './common';

/** Webhook → Delete: `DELETE /webhooks/{id}` (vendor-docs README: webhooks are not in the doc copy). */
export const del = defineOperation({
	value: 'delete',
	name: 'Delete',
	action: 'Delete a webhook',
	description: 'Delete a webhook by its ID',
	method: 'DELETE',
	path: '/webhooks/{webhookId}',
	query: { fields: 'webhookOptions.fields' },
	output: ANSWER,
	request: CALLFIRE_REQUEST,
	fields: [webhookIdField, queryOptions('webhookOptions', [])],
});
