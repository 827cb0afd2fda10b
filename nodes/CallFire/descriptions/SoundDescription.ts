import type { INodeProperties } from 'n8n-workflow';

import { buildResource, type OperationSpec } from '../GenericFunctions';

export const soundOperations: OperationSpec[] = [
	{
		"value": "getAll",
		"name": "Get Many",
		"action": "Get many sound",
		"description": "Find sounds",
		"method": "GET",
		"path": "/campaigns/sounds",
		"query": [
			{
				"name": "filter",
				"displayName": "Filter"
			},
			{
				"name": "includeArchived",
				"displayName": "Include Archived",
				"type": "boolean"
			},
			{
				"name": "includePending",
				"displayName": "Include Pending",
				"type": "boolean"
			},
			{
				"name": "includeScrubbed",
				"displayName": "Include Scrubbed",
				"type": "boolean"
			}
		],
		"list": true
	},
	{
		"value": "createFromCall",
		"name": "Create via Call",
		"action": "Create via call sound",
		"description": "Add sound via call",
		"method": "POST",
		"path": "/campaigns/sounds/calls",
		"body": "object",
		"bodyExample": "{\"name\": \"Greeting\", \"toNumber\": \"12135551100\"}"
	},
	{
		"value": "upload",
		"name": "Upload File",
		"action": "Upload file sound",
		"description": "Add sound via file",
		"method": "POST",
		"path": "/campaigns/sounds/files",
		"upload": {
			"field": "file",
			"extra": [
				{
					"name": "name",
					"displayName": "Name",
					"description": "A name for the uploaded file"
				}
			]
		}
	},
	{
		"value": "createFromText",
		"name": "Create From Text-to-Speech",
		"action": "Create from text-to-speech sound",
		"description": "Add sound via text-to-speech",
		"method": "POST",
		"path": "/campaigns/sounds/tts",
		"body": "object",
		"bodyExample": "{\"name\": \"Greeting\", \"message\": \"Hello\", \"voice\": \"MALE1\"}"
	},
	{
		"value": "get",
		"name": "Get",
		"action": "Get sound",
		"description": "Find a specific sound",
		"method": "GET",
		"path": "/campaigns/sounds/{id}",
		"pathLabels": {
			"id": "ID"
		}
	},
	{
		"value": "delete",
		"name": "Delete",
		"action": "Delete sound",
		"description": "Delete a specific sound",
		"method": "DELETE",
		"path": "/campaigns/sounds/{id}",
		"pathLabels": {
			"id": "ID"
		}
	},
	{
		"value": "downloadMp3",
		"name": "Download MP3",
		"action": "Download mp3 sound",
		"description": "Download a MP3 sound",
		"method": "GET",
		"path": "/campaigns/sounds/{id}.mp3",
		"pathLabels": {
			"id": "ID"
		},
		"download": "mp3"
	},
	{
		"value": "downloadWav",
		"name": "Download WAV",
		"action": "Download wav sound",
		"description": "Download a WAV sound",
		"method": "GET",
		"path": "/campaigns/sounds/{id}.wav",
		"pathLabels": {
			"id": "ID"
		},
		"download": "wav"
	},
];

export const soundDescription: INodeProperties[] = buildResource('sound', soundOperations);
