import type { INodeProperties } from 'n8n-workflow';

import { buildResource, type OperationSpec } from '../GenericFunctions';
import { LEASE_STATUSES } from './common';

export const keywordLeaseOperations: OperationSpec[] = [
	{
		"value": "getAll",
		"name": "Get Many",
		"action": "Get many keyword lease",
		"description": "Find keyword leases",
		"method": "GET",
		"path": "/keywords/leases",
		"list": true
	},
	{
		"value": "get",
		"name": "Get",
		"action": "Get keyword lease",
		"description": "Find a specific lease",
		"method": "GET",
		"path": "/keywords/leases/{keyword}",
		"pathLabels": {
			"keyword": "Keyword"
		}
	},
	{
		"value": "update",
		"name": "Update",
		"action": "Update keyword lease",
		"description": "Update a lease",
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
