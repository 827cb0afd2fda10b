import type { INodeProperties } from 'n8n-workflow';

import {
	authorize,
	callEmAllRoute,
	contactFilterOptions,
	contactIdsBody,
	deleted,
	feedPaging,
	fieldsBody,
	idField,
	listFields,
	listQuery,
	requireId,
} from '../GenericFunctions';

const show = (operation: string[], extra: Record<string, boolean[]> = {}) => ({
	show: { resource: ['contactList'], operation, ...extra },
});

const listUrl = '/v1/lists/{listId}';
const needList = requireId('listId', 'Contact List ID');

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
				description: 'Delete a list; its contacts stay in the Everyone list',
				routing: callEmAllRoute('DELETE', listUrl, {
					preSend: [authorize, needList],
					postReceive: [deleted],
				}),
			},
			{
				name: 'Empty Deleted Folder',
				value: 'purgeDeleted',
				action: 'Permanently delete contacts from the deleted folder',
				description: 'Permanently delete the given contacts, or all, from the Deleted folder',
				routing: callEmAllRoute('DELETE', '/v1/lists/deleted/contacts', {
					preSend: [authorize, contactIdsBody],
					postReceive: [deleted],
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
				description: 'Remove the given contacts, or all, from a list',
				routing: callEmAllRoute('DELETE', `${listUrl}/contacts`, {
					preSend: [authorize, needList, contactIdsBody],
					postReceive: [deleted],
				}),
			},
		],
		default: 'getAll',
	},
];

export const contactListFields: INodeProperties[] = [
	idField(
		'contactList',
		['delete', 'get', 'getContacts', 'removeContact', 'removeContacts'],
		'listId',
		'Contact List ID',
		'The contact list',
		'getContactLists',
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
		displayName: 'All Contacts',
		name: 'all',
		type: 'boolean',
		default: false,
		description: 'Whether to act on every contact rather than the IDs given',
		displayOptions: show(['removeContacts', 'purgeDeleted']),
	},
	{
		displayName: 'Contact IDs',
		name: 'contactIds',
		type: 'string',
		default: '',
		placeholder: 'e.g. 4947403, 4947404',
		description: 'IDs of the contacts, separated by commas',
		displayOptions: show(['removeContacts', 'purgeDeleted'], { all: [false] }),
	},
	...listFields('contactList', 'getAll'),
	...listFields('contactList', 'getContacts', contactFilterOptions),
];
