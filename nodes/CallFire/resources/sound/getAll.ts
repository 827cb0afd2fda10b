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
		fields: 'soundGetAllOptions.fields',
		filter: 'soundGetAllOptions.filter',
		includeArchived: 'soundGetAllOptions.includeArchived',
		includePending: 'soundGetAllOptions.includePending',
		includeScrubbed: 'soundGetAllOptions.includeScrubbed',
	},
	paging: { pages: callFirePaging },
	request: CALLFIRE_REQUEST,
	fields: [
		queryOptions(
			'soundGetAllOptions',
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
