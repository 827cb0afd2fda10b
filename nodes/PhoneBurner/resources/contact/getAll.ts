import { defineOperation } from '../../../shared/operation';
import { pagedList } from '../../helpers/pages';
import { emailValue } from '../../helpers/values';
import { contactShape, sortOrderOption } from './common';

/**
 * Contact → Get Many: `GET /contacts` with its filters. Paged: doc lines 52-61 list page_size
 * (1…100) and page; the answer has total_pages (line 158).
 */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many contacts',
	description: 'List contacts, with filters',
	method: 'GET',
	path: '/contacts',
	query: {
		category_id: 'filters.category_id',
		updated_from: 'filters.updated_from',
		// Spelled as the doc spells it.
		update_to: 'filters.update_to',
		include_new: { from: 'filters.include_new', as: 'flag' },
		include_trashed: { from: 'filters.include_trashed', as: 'flag' },
		include_archived: { from: 'filters.include_archived', as: 'flag' },
		email_address: { from: 'filters.email_address', as: emailValue('Email Address') },
		sort_order: 'filters.sort_order',
	},
	paging: { pages: pagedList(contactShape) },
	fields: [
		{
			// Kept under its first name, `filters`, for saved workflows (Content → Get has its own).
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Email Address',
					name: 'email_address',
					type: 'string',
					placeholder: 'name@email.com',
					default: '',
					description: 'Only the contact with this email address',
				},
				{
					displayName: 'Folder Name or ID',
					name: 'category_id',
					type: 'options',
					typeOptions: { loadOptionsMethod: 'getFolders' },
					default: '',
					description:
						'Only contacts in this folder. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
				},
				{
					displayName: 'Include Archived',
					name: 'include_archived',
					type: 'boolean',
					default: false,
					description: 'Whether to include archived contacts',
				},
				{
					displayName: 'Include New',
					name: 'include_new',
					type: 'boolean',
					default: false,
					description:
						'Whether to include contacts created (not only updated) in the date range. Needs Updated From.',
				},
				{
					displayName: 'Include Trashed',
					name: 'include_trashed',
					type: 'boolean',
					default: false,
					description: 'Whether to include contacts in the trash',
				},
				sortOrderOption,
				{
					displayName: 'Updated From',
					name: 'updated_from',
					type: 'string',
					placeholder: 'YYYY-MM-DD HH:mm:ss',
					default: '',
					description: 'Only contacts updated after this date and time',
				},
				{
					displayName: 'Updated To',
					name: 'update_to',
					type: 'string',
					placeholder: 'YYYY-MM-DD HH:mm:ss',
					default: '',
					description: 'Only contacts updated up to this date and time',
				},
			],
		},
	],
});
