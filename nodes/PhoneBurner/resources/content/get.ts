import { defineOperation } from '../../../shared/operation';
import { resourceOf } from '../../helpers/answers';

/**
 * Content → Get: `GET /content` (doc line 1349) with its `type` and `list` filters, one item per
 * entry of every list in the answer (it is not paged).
 */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	action: 'Get content',
	description: 'Get the current content (email templates, scripts and other messages)',
	method: 'GET',
	path: '/content',
	query: { list: 'filters.list', type: 'filters.type' },
	output: { rows: resourceOf({ path: ['content'], lists: true }) },
	fields: [
		{
			// The name Contact → Get Many's filters have too (both saved in workflows).
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
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
});
