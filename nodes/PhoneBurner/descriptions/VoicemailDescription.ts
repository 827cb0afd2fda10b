import type { INodeProperties } from 'n8n-workflow';

import { buildResource } from '../GenericFunctions';

export const voicemailProperties: INodeProperties[] = buildResource(
	'voicemail',
	[
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many voicemails',
			description: 'List the voicemails you can leave during a dial session',
			method: 'GET',
			path: '/voicemails',
			output: { path: ['voicemails', 'voicemails'] },
			// The doc's answer has page, page_size and total_pages (lines 2795-2798).
			list: 'paged',
		},
	],
	'getAll',
);
