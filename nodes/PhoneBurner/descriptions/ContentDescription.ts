import type { INodeProperties } from 'n8n-workflow';

import { buildFilters, buildResource } from '../GenericFunctions';

export const contentProperties: INodeProperties[] = buildResource(
	'content',
	[
		{
			name: 'Get',
			value: 'get',
			action: 'Get content',
			description: 'Get the current content (email templates, scripts and other messages)',
			method: 'GET',
			path: '/content',
			output: { path: ['content'], lists: true },
			preSend: [buildFilters],
		},
	],
	'get',
	[
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			displayOptions: { show: { resource: ['content'], operation: ['get'] } },
			options: [
				{
					displayName: 'Owner',
					name: 'list',
					description:
						'Whose content to list: yours, the system’s (shared from the master account), or both',
					type: 'options',
					default: 'both',
					options: [
						{ name: 'Both', value: 'both' },
						{ name: 'System', value: 'system' },
						{ name: 'User', value: 'user' },
					],
				},
				{
					displayName: 'Type',
					name: 'type',
					description: 'Which kind of content to list',
					type: 'options',
					default: 'onetouch',
					options: [
						{ name: 'Add Appointment Email', value: 'add_appt_email' },
						{ name: 'Affiliate Invitation', value: 'affiliate_invitation' },
						{ name: 'Auto Email', value: 'aac_email' },
						{ name: 'One Touch', value: 'onetouch' },
						{ name: 'Script', value: 'script' },
						{ name: 'WMW Invitation', value: 'wmw_invitation' },
					],
				},
			],
		},
	],
);
