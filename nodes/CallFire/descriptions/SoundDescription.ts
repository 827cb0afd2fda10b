import type { INodeProperties } from 'n8n-workflow';

import { buildResource, type OperationSpec } from '../GenericFunctions';
import { PHONE_HINT, VOICES } from './common';

export const soundOperations: OperationSpec[] = [
	{
		"value": "getAll",
		"name": "Get Many",
		"action": "Get many sounds",
		"description": "List the sounds of the account",
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
				"type": "boolean",
				"description": "Whether archived sounds are included"
			},
			{
				"name": "includePending",
				"displayName": "Include Pending",
				"type": "boolean",
				"description": "Whether sounds still uploading or recording are included"
			},
			{
				"name": "includeScrubbed",
				"displayName": "Include Scrubbed",
				"type": "boolean",
				"description": "Whether scrubbed sounds are included"
			}
		],
		"list": true
	},
	{
		"value": "createFromCall",
		"name": "Create via Call",
		"action": "Create a sound via a call",
		"description": "Record a sound: CallFire calls the number and records what is said",
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
		"action": "Upload a sound file",
		"description": "Create a sound from an MP3 or WAV file of the input item",
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
		"action": "Create a sound from text",
		"description": "Create a sound by text-to-speech",
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
		"action": "Get a sound",
		"description": "Get one sound by its ID",
		"method": "GET",
		"path": "/campaigns/sounds/{id}",
		"pathLabels": {
			"id": "ID"
		}
	},
	{
		"value": "delete",
		"name": "Delete",
		"action": "Delete a sound",
		"description": "Delete a sound by its ID",
		"method": "DELETE",
		"path": "/campaigns/sounds/{id}",
		"pathLabels": {
			"id": "ID"
		}
	},
	{
		"value": "downloadMp3",
		"name": "Download MP3",
		"action": "Download a sound as MP3",
		"description": "Download a sound as an MP3 file",
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
		"action": "Download a sound as WAV",
		"description": "Download a sound as a WAV file",
		"method": "GET",
		"path": "/campaigns/sounds/{id}.wav",
		"pathLabels": {
			"id": "ID"
		},
		"download": "wav"
	},
];

export const soundDescription: INodeProperties[] = buildResource('sound', soundOperations);
