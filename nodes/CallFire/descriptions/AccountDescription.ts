import type { INodeProperties } from 'n8n-workflow';

import { buildResource, type OperationSpec } from '../GenericFunctions';

export const accountOperations: OperationSpec[] = [
	{
		"value": "get",
		"name": "Get",
		"action": "Get account details",
		"description": "Get your CallFire account: name, email and permissions",
		"method": "GET",
		"path": "/me/account"
	},
	{
		"value": "getCreditUsage",
		"name": "Get Credit Usage",
		"action": "Get credit usage",
		"description": "Get the credits, call minutes and texts used in a period",
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
		"action": "Get plan usage",
		"description": "Get the plan and pay-as-you-go credits left this billing period",
		"method": "GET",
		"path": "/me/billing/plan-usage"
	},
	{
		"value": "createApiCredential",
		"name": "Create API Credential",
		"action": "Create an API credential",
		"description": "Create a login and password for the API (the password is shown only in this answer)",
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
		"action": "Get many API credentials",
		"description": "List the API credentials of the account",
		"method": "GET",
		"path": "/me/api/credentials",
		"list": true
	},
	{
		"value": "getApiCredential",
		"name": "Get API Credential",
		"action": "Get an API credential",
		"description": "Get one API credential by its ID",
		"method": "GET",
		"path": "/me/api/credentials/{id}",
		"pathLabels": {
			"id": "ID"
		}
	},
	{
		"value": "deleteApiCredential",
		"name": "Delete API Credential",
		"action": "Delete an API credential",
		"description": "Delete an API credential by its ID",
		"method": "DELETE",
		"path": "/me/api/credentials/{id}",
		"pathLabels": {
			"id": "ID"
		}
	},
	{
		"value": "getCallerIds",
		"name": "Get Caller IDs",
		"action": "Get caller ID numbers",
		"description": "List the verified caller ID numbers, one item each",
		"method": "GET",
		"path": "/me/callerids",
		"output": "entries"
	},
	{
		"value": "createCallerId",
		"name": "Create Caller ID",
		"action": "Create a caller ID",
		"description": "Start verifying a caller ID: CallFire calls the number with a code",
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
		"action": "Verify a caller ID",
		"description": "Verify a caller ID with the code CallFire read out",
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
