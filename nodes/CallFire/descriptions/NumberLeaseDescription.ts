import type { INodeProperties } from 'n8n-workflow';

import { buildResource, type OperationSpec } from '../GenericFunctions';

export const numberLeaseOperations: OperationSpec[] = [
	{
		"value": "getAll",
		"name": "Get Many",
		"action": "Get many number lease",
		"description": "Find leases",
		"method": "GET",
		"path": "/numbers/leases",
		"query": [
			{
				"name": "prefix",
				"displayName": "Prefix"
			},
			{
				"name": "city",
				"displayName": "City"
			},
			{
				"name": "state",
				"displayName": "State"
			},
			{
				"name": "zipcode",
				"displayName": "Zipcode"
			},
			{
				"name": "lata",
				"displayName": "Lata"
			},
			{
				"name": "rateCenter",
				"displayName": "Rate Center"
			},
			{
				"name": "labelName",
				"displayName": "Label Name"
			}
		],
		"list": true
	},
	{
		"value": "get",
		"name": "Get",
		"action": "Get number lease",
		"description": "Find a specific lease",
		"method": "GET",
		"path": "/numbers/leases/{number}",
		"pathLabels": {
			"number": "Number"
		}
	},
	{
		"value": "update",
		"name": "Update",
		"action": "Update number lease",
		"description": "Update a lease",
		"method": "PUT",
		"path": "/numbers/leases/{number}",
		"pathLabels": {
			"number": "Number"
		},
		"body": "object",
		"bodyExample": "{\"autoRenew\": true}"
	},
	{
		"value": "getConfigs",
		"name": "Get Many Configs",
		"action": "Get many configs number lease",
		"description": "Find lease configs",
		"method": "GET",
		"path": "/numbers/leases/configs",
		"query": [
			{
				"name": "prefix",
				"displayName": "Prefix"
			},
			{
				"name": "city",
				"displayName": "City"
			},
			{
				"name": "state",
				"displayName": "State"
			},
			{
				"name": "zipcode",
				"displayName": "Zipcode"
			},
			{
				"name": "lata",
				"displayName": "Lata"
			},
			{
				"name": "rateCenter",
				"displayName": "Rate Center"
			},
			{
				"name": "labelName",
				"displayName": "Label Name"
			}
		],
		"list": true
	},
	{
		"value": "getConfig",
		"name": "Get Config",
		"action": "Get config number lease",
		"description": "Find a specific lease config",
		"method": "GET",
		"path": "/numbers/leases/configs/{number}",
		"pathLabels": {
			"number": "Number"
		}
	},
	{
		"value": "updateConfig",
		"name": "Update Config",
		"action": "Update config number lease",
		"description": "Update a lease config",
		"method": "PUT",
		"path": "/numbers/leases/configs/{number}",
		"pathLabels": {
			"number": "Number"
		},
		"body": "object",
		"bodyExample": "{\"configType\": \"TRACKING\"}"
	},
];

export const numberLeaseDescription: INodeProperties[] = buildResource('numberLease', numberLeaseOperations);
