import type { INodeProperties } from 'n8n-workflow';

import { buildResource, type OperationSpec } from '../GenericFunctions';

export const autoReplyOperations: OperationSpec[] = [
	{
		"value": "create",
		"name": "Create",
		"action": "Create auto reply",
		"description": "Create an auto reply",
		"method": "POST",
		"path": "/texts/auto-replys",
		"body": "object",
		"bodyExample": "{\"keyword\": \"HELLO\", \"message\": \"Hi!\"}"
	},
];

export const autoReplyDescription: INodeProperties[] = buildResource('autoReply', autoReplyOperations);
