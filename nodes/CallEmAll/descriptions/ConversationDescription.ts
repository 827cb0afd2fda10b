import type { INodeProperties } from 'n8n-workflow';

import { callEmAllRoute } from '../transport';

const show = { show: { resource: ['conversation'], operation: ['get'] } };

export const conversationOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['conversation'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get a conversation',
				description:
					'Get the text conversation between one of your text numbers and a phone number',
				routing: callEmAllRoute('GET', '/v1/conversations/single', {
					request: {
						qs: {
							textphonenumber: '={{$parameter["textPhoneNumber"]}}',
							phonenumber: '={{$parameter["phoneNumber"]}}',
						},
					},
				}),
			},
		],
		default: 'get',
	},
];

export const conversationFields: INodeProperties[] = [
	{
		displayName: 'Text Number',
		name: 'textPhoneNumber',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 18338028132',
		description: 'Your text number the conversation uses',
		displayOptions: show,
	},
	{
		displayName: 'Phone Number',
		name: 'phoneNumber',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 2145555055',
		description: 'The phone number of the person',
		displayOptions: show,
	},
];
