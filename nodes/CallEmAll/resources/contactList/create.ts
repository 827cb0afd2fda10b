import type { INodeProperties } from 'n8n-workflow';

import { defineOperation } from '../../../shared/operation';
import { asGiven, collectionAsGiven, extraFields } from '../../helpers/body';

/**
 * Contact List → Create: `POST /v1/lists`. The body: ListName, each field the user added under
 * its own (the API's) name, then Extra Fields (JSON) over them.
 */

const listFieldOptions: INodeProperties[] = [
	{
		displayName: 'Auto Reply Message',
		name: 'AutoReplyMessage',
		type: 'string',
		default: '',
		description: 'The answer sent to texts from list members',
	},
	{
		displayName: 'Auto Reply On',
		name: 'IsAutoReplyOn',
		type: 'boolean',
		default: false,
		description: 'Whether texts from list members get the auto reply',
	},
	{ displayName: 'Description', name: 'ListDescription', type: 'string', default: '' },
	{
		displayName: 'Extra Fields (JSON)',
		name: 'json',
		type: 'json',
		default: '{}',
		description: "More fields in the API's own names",
	},
	{
		displayName: 'Text Keyword Name',
		name: 'SMSName',
		type: 'string',
		default: '',
		description: 'The SMSName of the list',
	},
];

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	action: 'Create a contact list',
	method: 'POST',
	path: '/v1/lists',
	body: {
		type: 'json',
		fields: {
			ListName: { from: 'listName', as: asGiven },
			...collectionAsGiven('listFields', listFieldOptions),
		},
	},
	hooks: { preSend: [extraFields('listFields')] },
	fields: [
		{
			displayName: 'List Name',
			name: 'listName',
			type: 'string',
			required: true,
			default: '',
		},
		{
			displayName: 'Fields',
			name: 'listFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: listFieldOptions,
		},
	],
});
