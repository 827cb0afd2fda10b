import { defineOperation } from '../../../shared/operation';
import { resourceOf } from '../../helpers/answers';
import { pathIds } from '../../helpers/ids';
import { contactId, contactShape, sortOrderOption } from './common';

/** Contact → Get: `GET /contacts/{contact_id}` (doc line 457), with the query options its doc lists. */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	action: 'Get a contact',
	description: 'Get one contact',
	method: 'GET',
	path: '/contacts/{contactId}',
	pathParameters: pathIds(contactId),
	query: {
		page: 'contactGetOptions.page',
		page_size: 'contactGetOptions.page_size',
		sort_order: 'contactGetOptions.sort_order',
	},
	output: { rows: resourceOf(contactShape) },
	fields: [
		contactId.field,
		{
			displayName: 'Options',
			name: 'contactGetOptions',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'Page',
					name: 'page',
					type: 'number',
					typeOptions: { minValue: 1 },
					default: 1,
					description: 'The page to fetch, as the API documents it for this call',
				},
				{
					displayName: 'Page Size',
					name: 'page_size',
					type: 'number',
					typeOptions: { minValue: 1, maxValue: 100 },
					default: 25,
					description:
						'How many results per page (1 to 100), as the API documents it for this call',
				},
				sortOrderOption,
			],
		},
	],
});
