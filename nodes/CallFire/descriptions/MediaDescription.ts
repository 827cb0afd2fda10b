import type { INodeProperties } from 'n8n-workflow';

import { buildResource, type OperationSpec } from '../GenericFunctions';

export const mediaOperations: OperationSpec[] = [
	{
		"value": "upload",
		"name": "Upload",
		"action": "Upload media",
		"description": "Create media",
		"method": "POST",
		"path": "/media",
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
		"value": "downloadPublic",
		"name": "Download Public",
		"action": "Download public media",
		"description": "Download media by extension",
		"method": "GET",
		"path": "/media/public/{key}.{extension}",
		"pathLabels": {
			"key": "Public Key"
		},
		"extensionChoice": [
			"jpg",
			"bmp",
			"gif",
			"m4a",
			"mp3",
			"mp4",
			"png",
			"wav"
		]
	},
	{
		"value": "get",
		"name": "Get",
		"action": "Get media",
		"description": "Get a specific media",
		"method": "GET",
		"path": "/media/{id}",
		"pathLabels": {
			"id": "ID"
		}
	},
	{
		"value": "downloadAs",
		"name": "Download as Type",
		"action": "Download as type media",
		"description": "Download media by extension",
		"method": "GET",
		"path": "/media/{id}.{extension}",
		"pathLabels": {
			"id": "ID"
		},
		"extensionChoice": [
			"jpg",
			"bmp",
			"gif",
			"m4a",
			"mp3",
			"mp4",
			"png",
			"wav"
		]
	},
	{
		"value": "download",
		"name": "Download",
		"action": "Download media",
		"description": "Download a MP3 media",
		"method": "GET",
		"path": "/media/{id}/file",
		"pathLabels": {
			"id": "ID"
		},
		"download": "mp3"
	},
];

export const mediaDescription: INodeProperties[] = buildResource('media', mediaOperations);
