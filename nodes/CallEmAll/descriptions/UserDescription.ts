import type { INodeProperties } from 'n8n-workflow';

import {
	authorize,
	callEmAllRoute,
	idField,
	loginRequest,
	requireId,
	userBody,
	WEEK_DAYS,
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
					preSend: [authorize, userBody({ userName: 'UserName', pinCode: 'PinCode' })],
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
					preSend: [authorize, requireId('userId', 'User ID'), userBody()],
				}),
			},
		],
		default: 'create',
	},
];

/** Shown in the Fields of one operation only. */
const only = (operation: string) => ({ show: { '/operation': [operation] } });

const userFieldOptions: INodeProperties[] = [
	{
		displayName: 'Calling Days',
		name: 'CallingWindowDays',
		type: 'multiOptions',
		default: [],
		options: WEEK_DAYS.map((day) => ({ name: day, value: day })),
		description:
			'The days calls are limited to. Choose at least one: the API reads no days as every day.',
	},
	{
		displayName: 'Calling Window End',
		name: 'callingWindowEnd',
		type: 'string',
		default: '',
		placeholder: 'e.g. 20:00',
		description:
			"The end of the user's default calling window (24-hour, or 8:00 PM), sent as StopTimeOfDay",
	},
	{
		displayName: 'Calling Window Start',
		name: 'callingWindowStart',
		type: 'string',
		default: '',
		placeholder: 'e.g. 07:00',
		description:
			"The start of the user's default calling window (24-hour, or 7:00 AM), sent as StartTimeOfDay. Calls are not made outside it unless a broadcast says so.",
	},
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
		description:
			"A new password for the user. Only needed to change it: the doc's (R) mark on PinCode is on the answer's field list too, and its own update example sends no PinCode.",
		displayOptions: only('update'),
	},
	{
		displayName: 'Retries',
		name: 'Retries',
		type: 'number',
		default: 1,
		description: 'How many times a busy or unanswered call is tried again',
	},
	{
		displayName: 'State',
		name: 'State',
		type: 'string',
		default: '',
		placeholder: 'e.g. TX',
		description:
			"The state the user lives in, which sets the default time zone of the calls (the doc's update lists no State)",
		displayOptions: only('create'),
	},
	{
		displayName: 'User Name',
		name: 'UserName',
		type: 'string',
		default: '',
		description: 'A new login name for the user',
		displayOptions: only('update'),
	},
];

/** The doc's Permissions model: the four flags its examples show (lines 96, 193, 264). */
const permissionOptions: INodeProperties[] = [
	{
		displayName: 'See All Audio',
		name: 'CanSeeAllAudio',
		type: 'boolean',
		default: false,
		description: 'Whether the user sees all audio of the account (CanSeeAllAudio)',
	},
	{
		displayName: 'See All Broadcasts',
		name: 'CanSeeAllBroadcasts',
		type: 'boolean',
		default: false,
		description: 'Whether the user sees all broadcasts of the account (CanSeeAllBroadcasts)',
	},
	{
		displayName: 'See All Contacts',
		name: 'CanSeeAllRoster',
		type: 'boolean',
		default: false,
		description: 'Whether the user sees all contacts of the account (CanSeeAllRoster)',
	},
	{
		displayName: 'See Group Audio',
		name: 'CanSeeGroupAudio',
		type: 'boolean',
		default: false,
		description: "Whether the user sees the group's audio (CanSeeGroupAudio)",
	},
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
	{
		displayName: 'Permissions',
		name: 'userPermissions',
		type: 'collection',
		placeholder: 'Add Permission',
		default: {},
		description:
			'Only the permissions added here are sent. A master user can change the permissions of the other users of the account; users cannot change their own.',
		displayOptions: show(['create', 'update']),
		options: permissionOptions,
	},
];
