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
	userListOnly,
} from '../GenericFunctions';

const show = (operation: string[], extra: Record<string, boolean[]> = {}) => ({
	show: { resource: ['contactList'], operation, ...extra },
});

const listUrl = '/v1/lists/{listId}';
// System lists have IDs of 0 and below (Everyone 0, Unfiled -1, Deleted -2: doc line 1592).
const needList = requireId('listId', 'Contact List ID', -2);

export const contactListOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['contactList'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a contact list',
				routing: callEmAllRoute('POST', '/v1/lists', {
					preSend: [authorize, fieldsBody('listFields', { listName: 'ListName' })],
				}),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a contact list',
				description: 'Delete one of your own contact lists (not a system list)',
				routing: callEmAllRoute('DELETE', listUrl, {
					preSend: [authorize, needList, userListOnly],
					postReceive: [deleted],
				}),
			},
			{
				name: 'Empty Deleted Folder',
				value: 'purgeDeleted',
				action: 'Permanently delete contacts from the deleted folder',
				description:
					'Permanently delete the given contacts, one request each, or every contact, from the Deleted folder',
				routing: callEmAllRoute('DELETE', `/v1/lists/deleted/contacts/${EACH_CONTACT}`, {
					preSend: [authorize, contactIdsRequest()],
					postReceive: [deleted],
					contactIds: true,
				}),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a contact list',
				routing: callEmAllRoute('GET', listUrl, { preSend: [authorize, needList] }),
			},
			{
				name: 'Get Contacts',
				value: 'getContacts',
				action: 'Get the contacts of a list',
				routing: callEmAllRoute('GET', `${listUrl}/contacts`, {
					preSend: [authorize, needList, listQuery],
					paging: feedPaging,
				}),
			},
			{
				name: 'Get Everyone List',
				value: 'getEveryone',
				action: 'Get the everyone list',
				description: 'Get the list that holds every contact',
				routing: callEmAllRoute('GET', '/v1/lists/everyone', { preSend: [authorize] }),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many contact lists',
				routing: callEmAllRoute('GET', '/v1/lists', {
					preSend: [authorize, listQuery],
					paging: feedPaging,
				}),
			},
			{
				name: 'Remove Contact',
				value: 'removeContact',
				action: 'Remove a contact from a list',
				routing: callEmAllRoute('DELETE', `${listUrl}/contacts/{listContactId}`, {
					preSend: [authorize, needList, requireId('listContactId', 'Contact ID')],
					postReceive: [deleted],
				}),
			},
			{
				name: 'Remove Contacts',
				value: 'removeContacts',
				action: 'Remove many contacts from a list',
				description: 'Remove the given contacts, one request each, or every contact, from a list',
				routing: callEmAllRoute('DELETE', `${listUrl}/contacts/${EACH_CONTACT}`, {
					preSend: [authorize, needList, contactIdsRequest('listId')],
					postReceive: [deleted],
					contactIds: true,
				}),
			},
		],
		default: 'getAll',
	},
];

export const contactListFields: INodeProperties[] = [
	idField(
		'contactList',
		['get', 'getContacts', 'removeContact', 'removeContacts'],
		'listId',
		'Contact List ID',
		'The contact list',
		'getContactLists',
	),
	idField(
		'contactList',
		['delete'],
		'listId',
		'Contact List ID',
		'One of your own contact lists; the system lists (Everyone, Unfiled, Deleted) are not deleted',
		'getOwnContactLists',
	),
	idField(
		'contactList',
		['removeContact'],
		// Named apart from the Contact resource's `contactId`: n8n evaluates each same-named
		// property's value for every item.
		'listContactId',
		'Contact ID',
		'The ID (PersonID) of the contact',
	),
	{
		displayName: 'List Name',
		name: 'listName',
		type: 'string',
		required: true,
		default: '',
		displayOptions: show(['create']),
	},
	{
		displayName: 'Fields',
		name: 'listFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: show(['create']),
		options: [
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
		],
	},
	{
		displayName: 'Remove Every Contact From the List',
		name: 'all',
		type: 'boolean',
		noDataExpression: true,
		default: false,
		description:
			'Whether to remove all contacts from the list instead of the IDs given (one DELETE /v1/lists/{ID}/contacts without a body, which Call-Em-All reads as "all")',
		displayOptions: show(['removeContacts']),
	},
	{
		displayName:
			'This removes every contact from the chosen list each time the node runs. Turn it off to remove only the contact IDs given.',
		name: 'removeEveryContactNotice',
		type: 'notice',
		default: '',
		displayOptions: show(['removeContacts'], { all: [true] }),
	},
	{
		displayName: 'Empty the Whole Deleted Folder',
		name: 'all',
		type: 'boolean',
		noDataExpression: true,
		default: false,
		description:
			'Whether to permanently delete all contacts in the Deleted folder instead of the IDs given (one DELETE /v1/lists/deleted/contacts without a body, which Call-Em-All reads as "all")',
		displayOptions: show(['purgeDeleted']),
	},
	{
		displayName:
			'This permanently deletes every contact in the Deleted folder, with no way to restore them, each time the node runs. Turn it off to delete only the contact IDs given.',
		name: 'purgeEveryContactNotice',
		type: 'notice',
		default: '',
		displayOptions: show(['purgeDeleted'], { all: [true] }),
	},
	{
		displayName: 'Contact IDs',
		name: 'contactIds',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 4947403, 4947404',
		description:
			'IDs (PersonID) of the contacts, separated by commas. Empty, or anything that is not a whole number above 0, stops the item with nothing sent.',
		displayOptions: show(['removeContacts', 'purgeDeleted'], { all: [false] }),
	},
	contactIdRequestsField('contactList', 'removeContacts', '/v1/lists/{ID}/contacts'),
	contactIdRequestsField('contactList', 'purgeDeleted', '/v1/lists/deleted/contacts'),
	...listFields('contactList', 'getAll'),
	...listFields('contactList', 'getContacts', contactFilterOptions),
];
