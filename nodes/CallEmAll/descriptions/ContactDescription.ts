import type { INodeProperties } from 'n8n-workflow';

import {
	authorize,
	callEmAllRoute,
	contactFilterOptions,
	contactIdRequestsField,
	contactIdsRequest,
	deleted,
	EACH_CONTACT,
	feedPaging,
	fieldsBody,
	idField,
	listFields,
	listQuery,
	requireId,
} from '../GenericFunctions';

const show = (operation: string[], extra: Record<string, boolean[]> = {}) => ({
	show: { resource: ['contact'], operation, ...extra },
});

const contactUrl = '/v1/contacts/{contactId}';

export const contactOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['contact'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a contact',
				description: 'Add a contact to the Everyone list',
				routing: callEmAllRoute('POST', '/v1/contacts', {
					preSend: [authorize, fieldsBody('contactFields', { primaryPhone: 'PrimaryPhone' })],
				}),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a contact',
				routing: callEmAllRoute('DELETE', contactUrl, {
					preSend: [authorize, requireId('contactId', 'Contact ID')],
					postReceive: [deleted],
				}),
			},
			{
				name: 'Delete Many',
				value: 'deleteMany',
				action: 'Delete many contacts',
				description: 'Delete the contacts given, one request each, or every contact',
				routing: callEmAllRoute('DELETE', `/v1/contacts/${EACH_CONTACT}`, {
					preSend: [authorize, contactIdsRequest()],
					postReceive: [deleted],
					contactIds: true,
				}),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a contact',
				routing: callEmAllRoute('GET', contactUrl, {
					preSend: [authorize, requireId('contactId', 'Contact ID')],
				}),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many contacts',
				description: 'List or search contacts',
				routing: callEmAllRoute('GET', '/v1/contacts', {
					preSend: [authorize, listQuery],
					paging: feedPaging,
				}),
			},
		],
		default: 'create',
	},
];

export const contactFieldOptions: INodeProperties[] = [
	{
		displayName: 'Extra Fields (JSON)',
		name: 'json',
		type: 'json',
		default: '{}',
		description: "More fields in the API's own names",
	},
	{ displayName: 'First Name', name: 'FirstName', type: 'string', default: '' },
	{
		displayName: 'Integration Data',
		name: 'IntegrationData',
		type: 'string',
		default: '',
		description: 'Your own reference for the contact, e.g. an ID in another system',
	},
	{ displayName: 'Last Name', name: 'LastName', type: 'string', default: '' },
	{
		displayName: 'Notes',
		name: 'Notes',
		type: 'string',
		default: '',
		description: 'A note of up to 50 characters',
	},
	{ displayName: 'Secondary Phone', name: 'SecondaryPhone', type: 'string', default: '' },
	{ displayName: 'Tertiary Phone', name: 'TertiaryPhone', type: 'string', default: '' },
];

export const contactFields: INodeProperties[] = [
	idField(
		'contact',
		['delete', 'get'],
		'contactId',
		'Contact ID',
		'The ID (PersonID) of the contact',
	),
	{
		displayName: 'Primary Phone',
		name: 'primaryPhone',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 2145555055',
		displayOptions: show(['create']),
	},
	{
		displayName: 'Fields',
		name: 'contactFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: show(['create']),
		options: contactFieldOptions,
	},
	{
		displayName: 'Delete Every Contact in the Account',
		name: 'all',
		type: 'boolean',
		noDataExpression: true,
		default: false,
		description:
			'Whether to delete all contacts of the account instead of the IDs given (one DELETE /v1/contacts without a body, which Call-Em-All reads as "all")',
		displayOptions: show(['deleteMany']),
	},
	{
		displayName:
			'This deletes every contact of the Call-Em-All account, from every list, each time the node runs. Turn it off to delete only the contact IDs given.',
		name: 'deleteEveryContactNotice',
		type: 'notice',
		default: '',
		displayOptions: show(['deleteMany'], { all: [true] }),
	},
	{
		displayName: 'Contact IDs',
		name: 'contactIds',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 4947403, 4947404',
		description:
			'IDs (PersonID) of the contacts to delete, separated by commas. Empty, or anything that is not a whole number above 0, stops the item with nothing sent.',
		displayOptions: show(['deleteMany'], { all: [false] }),
	},
	contactIdRequestsField('contact', 'deleteMany', '/v1/contacts'),
	...listFields('contact', 'getAll', contactFilterOptions),
];
