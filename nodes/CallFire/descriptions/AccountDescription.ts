import type { INodeProperties } from 'n8n-workflow';

import { buildResource, type OperationSpec } from '../GenericFunctions';

export const accountOperations: OperationSpec[] = [
	{
		"value": "get",
		"name": "Get",
		"action": "Get account",
		"description": "Find account details",
		"method": "GET",
		"path": "/me/account"
	},
	{
		"value": "getCreditUsage",
		"name": "Get Credit Usage",
		"action": "Get credit usage account",
		"description": "Find credit usage",
		"method": "GET",
		"path": "/me/billing/credit-usage",
		"query": [
			{
				"name": "intervalBegin",
				"displayName": "Interval Begin",
				"type": "number",
				"description": "Unix time in milliseconds"
			},
			{
				"name": "intervalEnd",
				"displayName": "Interval End",
				"type": "number",
				"description": "Unix time in milliseconds"
			}
		]
	},
	{
		"value": "getPlanUsage",
		"name": "Get Plan Usage",
		"action": "Get plan usage account",
		"description": "Find plan usage",
		"method": "GET",
		"path": "/me/billing/plan-usage"
	},
	{
		"value": "createApiCredential",
		"name": "Create API Credential",
		"action": "Create api credential account",
		"description": "Create api credentials",
		"method": "POST",
		"path": "/me/api/credentials",
		"body": "object",
		"bodyExample": "{\"name\": \"api-integration\"}",
		form: {
			fields: [
				{
					path: 'name',
					displayName: 'Name',
					type: 'string',
					required: true,
					placeholder: 'api-integration',
					description: 'A name for the new API credential',
				},
			],
			optional: [
				{
					path: 'enabled',
					displayName: 'Enabled',
					type: 'boolean',
					default: true,
					description: 'Whether the credential can be used at once',
				},
			],
		},
	},
	{
		"value": "getApiCredentials",
		"name": "Get Many API Credentials",
		"action": "Get many api credentials account",
		"description": "Find api credentials",
		"method": "GET",
		"path": "/me/api/credentials",
		"list": true
	},
	{
		"value": "getApiCredential",
		"name": "Get API Credential",
		"action": "Get api credential account",
		"description": "Find a specific api credential",
		"method": "GET",
		"path": "/me/api/credentials/{id}",
		"pathLabels": {
			"id": "ID"
		}
	},
	{
		"value": "deleteApiCredential",
		"name": "Delete API Credential",
		"action": "Delete api credential account",
		"description": "Delete api credentials",
		"method": "DELETE",
		"path": "/me/api/credentials/{id}",
		"pathLabels": {
			"id": "ID"
		}
	},
	{
		"value": "getCallerIds",
		"name": "Get Caller IDs",
		"action": "Get caller ids account",
		"description": "Find caller ids",
		"method": "GET",
		"path": "/me/callerids",
		"output": "entries"
	},
	{
		"value": "createCallerId",
		"name": "Create Caller ID",
		"action": "Create caller id account",
		"description": "Create a caller id",
		"method": "POST",
		"path": "/me/callerids/{callerid}",
		"pathLabels": {
			"callerid": "Caller ID Number"
		},
		"phonePath": ["callerid"]
	},
	{
		"value": "verifyCallerId",
		"name": "Verify Caller ID",
		"action": "Verify caller id account",
		"description": "Verify a caller id",
		"method": "POST",
		"path": "/me/callerids/{callerid}/verification-code",
		"pathLabels": {
			"callerid": "Caller ID Number"
		},
		"phonePath": ["callerid"],
		"scalarKey": "verified",
		"body": "object",
		"bodyExample": "{\"verificationCode\": \"1234\"}",
		form: {
			fields: [
				{
					path: 'verificationCode',
					displayName: 'Verification Code',
					type: 'string',
					required: true,
					placeholder: '1234',
					description: 'The code CallFire read out in its call to the number (Create Caller ID)',
				},
			],
		},
	},
];

export const accountDescription: INodeProperties[] = buildResource('account', accountOperations);
