import type { INodeProperties } from 'n8n-workflow';

import { buildResource, type OperationSpec } from '../GenericFunctions';
import { PHONE_HINT, VOICES } from './common';

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
		"bodyExample": "{\"name\": \"Sound 1\", \"toNumber\": \"12135551122\"}",
		form: {
			fields: [
				{
					path: 'toNumber',
					displayName: 'Phone Number to Call',
					type: 'string',
					required: true,
					phone: true,
					placeholder: '12135551122',
					description: `CallFire calls this number to record the sound. ${PHONE_HINT}.`,
				},
			],
			optional: [{ path: 'name', displayName: 'Name', type: 'string', description: 'A name for the sound' }],
		},
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
		"bodyExample": "{\"voice\": \"MALE1\", \"message\": \"This is a TTS sound\"}",
		form: {
			fields: [
				{
					path: 'message',
					displayName: 'Message',
					type: 'text',
					required: true,
					description: 'The text to turn into a sound',
				},
				{
					path: 'voice',
					displayName: 'Voice',
					type: 'options',
					options: VOICES,
					default: 'MALE1',
					description: 'The text-to-speech voice',
				},
			],
		},
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
