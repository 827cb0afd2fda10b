import type { INodeProperties } from 'n8n-workflow';

import { buildResource, type OperationSpec } from '../GenericFunctions';

export const keywordOperations: OperationSpec[] = [
	{
		"value": "getAll",
		"name": "Get Many",
		"action": "Get many keywords",
		"description": "Look up keywords, one item each",
		"method": "GET",
		"path": "/keywords",
		"query": [
			{
				"name": "keywords",
				"displayName": "Keywords",
				"type": "list",
				"required": true,
				"placeholder": "SUN, MOON",
				"description": "Comma-separated keywords to look up"
			}
		],
		"output": "entries"
	},
	{
		"value": "checkAvailability",
		"name": "Check Availability",
		"action": "Check keyword availability",
		"description": "Check whether a keyword can be bought",
		"method": "GET",
		"path": "/keywords/{keyword}/available",
		"pathLabels": {
			"keyword": "Keyword"
		},
		"scalarKey": "available"
	},
];

export const keywordDescription: INodeProperties[] = buildResource('keyword', keywordOperations);
