import type { INodeProperties } from 'n8n-workflow';

import { feedPaging, listFields, listQuery } from '../helpers/feed';
import { callEmAllRoute } from '../transport';

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
					preSend: [listQuery],
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
