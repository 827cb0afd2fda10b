import type { INodeProperties } from 'n8n-workflow';

import { authorize, callEmAllRoute, feedPaging, listFields, listQuery } from '../GenericFunctions';

export const optOutOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['optOut'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many opt outs',
				description: 'List the phone numbers that asked not to be called or texted',
				routing: callEmAllRoute('GET', '/v1/optouts', {
					preSend: [authorize, listQuery],
					paging: feedPaging,
				}),
			},
		],
		default: 'getAll',
	},
];

export const optOutFields: INodeProperties[] = [
	...listFields('optOut', 'getAll', [
		{
			displayName: 'Opted Out Since',
			name: 'dateFrom',
			type: 'dateTime',
			default: '',
			description: 'Only opt-outs from this date on',
		},
	]),
];
