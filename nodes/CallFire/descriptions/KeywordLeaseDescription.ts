import type { INodeProperties } from 'n8n-workflow';

import { buildResource, type OperationSpec } from '../GenericFunctions';
import { LEASE_STATUSES } from './common';

export const keywordLeaseOperations: OperationSpec[] = [
	{
		"value": "getAll",
		"name": "Get Many",
		"action": "Get many keyword leases",
		"description": "List the keywords the account leases",
		"method": "GET",
		"path": "/keywords/leases",
		"list": true
	},
	{
		"value": "get",
		"name": "Get",
		"action": "Get a keyword lease",
		"description": "Get the lease of one keyword",
		"method": "GET",
		"path": "/keywords/leases/{keyword}",
		"pathLabels": {
			"keyword": "Keyword"
		}
	},
	{
		"value": "update",
		"name": "Update",
		"action": "Update a keyword lease",
		"description": "Change a keyword lease's renewal",
		"method": "PUT",
		"path": "/keywords/leases/{keyword}",
		"pathLabels": {
			"keyword": "Keyword"
		},
		"body": "object",
		"bodyExample": "{\"autoRenew\": false}",
		form: {
			fields: [
				{
					path: 'autoRenew',
					displayName: 'Auto Renew',
					type: 'boolean',
					default: true,
					description: 'Whether the lease renews at the end of each billing cycle',
				},
			],
			optional: [
				{
					path: 'status',
					displayName: 'Status',
					type: 'options',
					options: LEASE_STATUSES,
					default: 'ACTIVE',
					description: 'The lease status',
				},
			],
		},
	},
];

export const keywordLeaseDescription: INodeProperties[] = buildResource('keywordLease', keywordLeaseOperations);
