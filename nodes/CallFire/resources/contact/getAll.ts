import { CHOOSE_OR_ID } from '../../../shared/descriptions';
import { defineOperation } from '../../../shared/operation';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST, callFirePaging } from '../../transport';

/** Contact → Get Many: `GET /contacts` (doc line 4454). */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many contacts',
	description: 'Find contacts by ID, number, contact list or property',
	method: 'GET',
	path: '/contacts',
	query: {
		fields: 'contactFilters.fields',
		id: { from: 'contactFilters.id', as: 'list' },
		number: { from: 'contactFilters.number', as: 'list' },
		contactListId: 'contactFilters.contactListId',
		propertyName: 'contactFilters.propertyName',
		propertyValue: 'contactFilters.propertyValue',
	},
	paging: { pages: callFirePaging },
	request: CALLFIRE_REQUEST,
	fields: [
		queryOptions(
			'contactFilters',
			[
				{
					displayName: 'Contact IDs',
					name: 'id',
					type: 'string',
					default: '',
					description: 'Comma-separated; when given, the other filters are ignored',
				},
				{
					displayName: 'Contact List Name or ID',
					name: 'contactListId',
					// eslint-disable-next-line n8n-nodes-base/node-param-description-missing-from-dynamic-options -- the description is CHOOSE_OR_ID (that text)
					type: 'options',
					default: '',
					description: CHOOSE_OR_ID,
					typeOptions: { loadOptionsMethod: 'getContactLists' },
				},
				{
					displayName: 'Phone Numbers',
					name: 'number',
					type: 'string',
					default: '',
					description: 'Comma-separated; when given, the other filters are ignored',
				},
				{ displayName: 'Property Name', name: 'propertyName', type: 'string', default: '' },
				{ displayName: 'Property Value', name: 'propertyValue', type: 'string', default: '' },
			],
			'filters',
		),
	],
});
