import type { INodeProperties } from 'n8n-workflow';

import { buildResource, type OperationSpec } from '../GenericFunctions';

export const numberOperations: OperationSpec[] = [
	{
		"value": "getLocal",
		"name": "Find Local",
		"action": "Find local numbers",
		"description": "Find local numbers to buy, one item each",
		"method": "GET",
		"path": "/numbers/local",
		"query": [
			{
				"name": "limit",
				"displayName": "Limit",
				"type": "number"
			},
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
			}
		],
		"output": "entries"
	},
	{
		"value": "getRegions",
		"name": "Get Many Regions",
		"action": "Get many number regions",
		"description": "Find the regions numbers are available in",
		"method": "GET",
		"path": "/numbers/regions",
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
			}
		],
		"list": true
	},
	{
		"value": "getTollFree",
		"name": "Find Toll-Free",
		"action": "Find toll free numbers",
		"description": "Find toll-free numbers to buy, one item each",
		"method": "GET",
		"path": "/numbers/tollfree",
		"query": [
			{
				"name": "pattern",
				"displayName": "Pattern"
			},
			{
				"name": "limit",
				"displayName": "Limit",
				"type": "number"
			}
		],
		"output": "entries"
	},
];

export const numberDescription: INodeProperties[] = buildResource('number', numberOperations);
