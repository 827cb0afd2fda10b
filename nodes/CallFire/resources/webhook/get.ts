import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { webhookIdField } from './common';

/** Webhook → Get: `GET /webhooks/{id}` (vendor-docs README: webhooks are not in the doc copy). */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	action: 'Get a webhook',
	description: 'Get one webhook by its ID',
	method: 'GET',
	path: '/webhooks/{webhookId}',
	query: { fields: 'webhookOptions.fields' },
	output: ANSWER,
	request: CALLFIRE_REQUEST,
	fields: [webhookIdField, queryOptions('webhookOptions', [])],
});
