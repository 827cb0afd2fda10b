import type { INodeProperties } from 'n8n-workflow';

import { buildResource, type OperationSpec } from '../GenericFunctions';
import { PHONE_HINT } from './common';

export const orderOperations: OperationSpec[] = [
	{
		"value": "orderKeywords",
		"name": "Purchase Keywords",
		"action": "Buy keywords",
		"description": "Buy keywords",
		"method": "POST",
		"path": "/orders/keywords",
		"body": "object",
		"bodyExample": "{\"keywords\": [\"SUN\", \"MOON\"]}",
		form: {
			fields: [
				{
					path: 'keywords',
					displayName: 'Keywords',
					type: 'list',
					required: true,
					placeholder: 'SUN, MOON',
					description: 'Comma-separated keywords to buy',
				},
			],
		},
	},
	{
		"value": "orderNumbers",
		"name": "Purchase Numbers",
		"action": "Buy numbers",
		"description": "Buy phone numbers, given or by count and area",
		"method": "POST",
		"path": "/orders/numbers",
		"body": "object",
		"bodyExample": "{\"numbers\": [\"12131234567\", \"12131234568\"]}",
		form: {
			fields: [
				{
					path: 'numbers',
					displayName: 'Phone Numbers',
					type: 'list',
					phone: true,
					placeholder: '12131234567, 12131234568',
					description: `Comma-separated numbers to buy (or give a count under Additional Fields). ${PHONE_HINT}.`,
				},
			],
			optional: [
				{
					path: 'localCount',
					displayName: 'Local Count',
					type: 'number',
					default: 1,
					description: 'How many local numbers to buy, in the area given below',
				},
				{
					path: 'tollFreeCount',
					displayName: 'Toll-Free Count',
					type: 'number',
					default: 1,
					description: 'How many toll-free numbers to buy',
				},
				{ path: 'prefix', displayName: 'Prefix', type: 'string', description: 'Prefix of the numbers' },
				{ path: 'city', displayName: 'City', type: 'string' },
				{
					path: 'state',
					displayName: 'State',
					type: 'string',
					placeholder: 'CA',
					description: 'Two-letter state code',
				},
				{ path: 'zipcode', displayName: 'Zip Code', type: 'string', placeholder: '90401' },
				{
					path: 'lata',
					displayName: 'LATA',
					type: 'string',
					description: 'Local access and transport area',
				},
				{ path: 'rateCenter', displayName: 'Rate Center', type: 'string' },
			],
			check: (body) =>
				body.numbers || body.localCount || body.tollFreeCount
					? undefined
					: 'Give the phone numbers to buy, or a Local Count or Toll-Free Count',
		},
	},
	{
		"value": "get",
		"name": "Get",
		"action": "Get an order",
		"description": "Get one order of numbers or keywords by its ID",
		"method": "GET",
		"path": "/orders/{id}",
		"pathLabels": {
			"id": "ID"
		}
	},
];

export const orderDescription: INodeProperties[] = buildResource('order', orderOperations);
