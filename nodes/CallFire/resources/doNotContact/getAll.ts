import { defineOperation } from '../../../shared/operation';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST, callFirePaging } from '../../transport';

/** Do Not Contact → Get Many: `GET /contacts/dncs` (doc line 4748). */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many do not contact numbers',
	description: 'Find numbers on the do-not-contact lists',
	method: 'GET',
	path: '/contacts/dncs',
	query: {
		fields: 'doNotContactFilters.fields',
		prefix: 'doNotContactFilters.prefix',
		campaignId: 'doNotContactFilters.campaignId',
		source: 'doNotContactFilters.source',
		call: 'doNotContactFilters.call',
		text: 'doNotContactFilters.text',
		number: { from: 'doNotContactFilters.number', as: 'list' },
	},
	paging: { pages: callFirePaging },
	request: CALLFIRE_REQUEST,
	fields: [
		queryOptions(
			'doNotContactFilters',
			[
				{
					displayName: 'Call',
					name: 'call',
					type: 'boolean',
					default: false,
					description: 'Whether to find only numbers on the do-not-call list',
				},
				{ displayName: 'Campaign ID', name: 'campaignId', type: 'number', default: 0 },
				{
					displayName: 'Phone Numbers',
					name: 'number',
					type: 'string',
					default: '',
					description: 'Comma-separated',
				},
				{ displayName: 'Prefix', name: 'prefix', type: 'string', default: '' },
				{ displayName: 'Source', name: 'source', type: 'string', default: '' },
				{
					displayName: 'Text',
					name: 'text',
					type: 'boolean',
					default: false,
					description: 'Whether to find only numbers on the do-not-text list',
				},
			],
			'filters',
		),
	],
});
