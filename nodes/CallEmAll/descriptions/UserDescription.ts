import type { INodeProperties } from 'n8n-workflow';

import {
	authorize,
	callEmAllRoute,
	fieldsBody,
	idField,
	loginRequest,
	requireId,
} from '../GenericFunctions';

const show = (operation: string[]) => ({ show: { resource: ['user'], operation } });

export const userOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['user'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a user',
				description: 'Add a user to the account',
				routing: callEmAllRoute('POST', '/v1/account/users', {
					preSend: [
						authorize,
						fieldsBody('userFields', { userName: 'UserName', pinCode: 'PinCode' }),
					],
				}),
			},
			{
				name: 'Log In',
				value: 'logIn',
				action: 'Log in a user',
				description: 'Get an Auth Token for a user name and PIN',
				routing: callEmAllRoute('POST', '/v1/user/login', {
					preSend: [loginRequest],
					login: true,
				}),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a user',
				description: "Change a user's settings",
				routing: callEmAllRoute('PUT', '/v1/account/users/{userId}', {
					preSend: [authorize, requireId('userId', 'User ID'), fieldsBody('userFields')],
				}),
			},
		],
		default: 'create',
	},
];

const userFieldOptions: INodeProperties[] = [
	{
		displayName: 'Caller ID',
		name: 'CallerID',
		type: 'string',
		default: '',
		description: 'The phone number calls come from',
	},
	{
		displayName: 'Calls at the Same Time',
		name: 'CallThrottle',
		type: 'number',
		default: 0,
		description: 'How many calls may be connected at once; 0 for no limit',
	},
	{
		displayName: 'Continue on Next Day',
		name: 'ContinueOnNextDay',
		type: 'boolean',
		default: false,
		description: 'Whether unfinished calls continue the next day',
	},
	{
		displayName: 'Email',
		name: 'Email',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
	},
	{
		displayName: 'Extra Fields (JSON)',
		name: 'json',
		type: 'json',
		default: '{}',
		description:
			'More fields in the API\'s own names, e.g. {"StartTimeOfDay": {"Hour": 7, "Minute": 0}}',
	},
	{ displayName: 'First Name', name: 'FirstName', type: 'string', default: '' },
	{ displayName: 'Last Name', name: 'LastName', type: 'string', default: '' },
	{
		displayName: 'Max Message Length (Seconds)',
		name: 'MaxMessageLength',
		type: 'number',
		default: 120,
	},
	{ displayName: 'Phone', name: 'Phone', type: 'string', default: '' },
	{
		displayName: 'PIN Code',
		name: 'PinCode',
		type: 'string',
		typeOptions: { password: true },
		default: '',
	},
	{
		displayName: 'Retries',
		name: 'Retries',
		type: 'number',
		default: 1,
		description: 'How many times a busy or unanswered call is tried again',
	},
	{ displayName: 'State', name: 'State', type: 'string', default: '', placeholder: 'e.g. TX' },
];

export const userFields: INodeProperties[] = [
	idField('user', ['update'], 'userId', 'User ID', 'The ID of the user to change'),
	{
		displayName: 'User Name',
		name: 'userName',
		type: 'string',
		required: true,
		default: '',
		description: 'The login name of the new user',
		displayOptions: show(['create']),
	},
	{
		displayName: 'PIN Code',
		name: 'pinCode',
		type: 'string',
		typeOptions: { password: true },
		required: true,
		default: '',
		description: 'The password of the new user',
		displayOptions: show(['create']),
	},
	{
		displayName: 'User Name',
		name: 'userName',
		type: 'string',
		default: '',
		description: "The user to log in. Leave empty to use the credential's user name.",
		displayOptions: show(['logIn']),
	},
	{
		displayName: 'PIN Code',
		name: 'pinCode',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		description: "The user's PIN. Leave empty to use the credential's PIN.",
		displayOptions: show(['logIn']),
	},
	{
		displayName: 'Fields',
		name: 'userFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: show(['create', 'update']),
		options: userFieldOptions,
	},
];
