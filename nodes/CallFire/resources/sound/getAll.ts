import { defineOperation } from '../../../shared/operation';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST, callFirePaging } from '../../transport';

/** Sound → Get Many: `GET /campaigns/sounds` (doc line 3327). */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many sounds',
	description: 'List the sounds of the account',
	method: 'GET',
	path: '/campaigns/sounds',
	query: {
		fields: 'soundFilters.fields',
		filter: 'soundFilters.filter',
		includeArchived: 'soundFilters.includeArchived',
		includePending: 'soundFilters.includePending',
		includeScrubbed: 'soundFilters.includeScrubbed',
	},
	paging: { pages: callFirePaging },
	request: CALLFIRE_REQUEST,
	fields: [
		queryOptions(
			'soundFilters',
			[
				{ displayName: 'Filter', name: 'filter', type: 'string', default: '' },
				{
					displayName: 'Include Archived',
					name: 'includeArchived',
					type: 'boolean',
					default: false,
					description: 'Whether archived sounds are included',
				},
				{
					displayName: 'Include Pending',
					name: 'includePending',
					type: 'boolean',
					default: false,
					description: 'Whether sounds still uploading or recording are included',
				},
				{
					displayName: 'Include Scrubbed',
					name: 'includeScrubbed',
					type: 'boolean',
					default: false,
					description: 'Whether scrubbed sounds are included',
				},
			],
			'filters',
		),
	],
});
