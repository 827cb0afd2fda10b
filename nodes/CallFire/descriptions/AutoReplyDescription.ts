import type { INodeProperties } from 'n8n-workflow';

import { buildResource, type OperationSpec } from '../GenericFunctions';

export const autoReplyOperations: OperationSpec[] = [
	{
		"value": "create",
		"name": "Create",
		"action": "Create an auto reply",
		"description": "Reply automatically to texts sent to a number or keyword of yours",
		"method": "POST",
		"path": "/texts/auto-replys",
		"body": "object",
		"bodyExample": "{\"number\": \"67076\", \"keyword\": \"CALLFIRE\", \"message\": \"I am a leaf on the wind\"}",
		form: {
			fields: [
				{
					path: 'number',
					displayName: 'Number',
					type: 'string',
					placeholder: '67076',
					description: 'The number or short code of yours whose incoming texts get the reply',
				},
				{
					path: 'keyword',
					displayName: 'Keyword',
					type: 'string',
					placeholder: 'CALLFIRE',
					description: 'The keyword of yours whose incoming texts get the reply',
				},
				{
					path: 'message',
					displayName: 'Message',
					type: 'text',
					required: true,
					description: 'The reply',
				},
			],
			optional: [
				{
					path: 'match',
					displayName: 'Match',
					type: 'string',
					description: 'Reply only to texts containing this (not case-sensitive); all texts if empty',
				},
			],
			check: (body) =>
				body.number || body.keyword ? undefined : 'Give the number or the keyword the reply is for',
		},
	},
];

export const autoReplyDescription: INodeProperties[] = buildResource('autoReply', autoReplyOperations);
