import type { INodeProperties } from 'n8n-workflow';

import { buildResource } from '../GenericFunctions';

export const phoneNumberProperties: INodeProperties[] = buildResource(
	'phoneNumber',
	[
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete a phone number',
			description: 'Delete a phone number from every contact in the account',
			method: 'DELETE',
			path: '/phonenumber/{phoneNumber}',
			output: { path: ['phonenumber'] },
		},
	],
	'delete',
);
