import type { INodeProperties } from 'n8n-workflow';

import { buildResource, type OperationSpec } from '../GenericFunctions';

export const mediaOperations: OperationSpec[] = [
	{
		"value": "upload",
		"name": "Upload",
		"action": "Upload a media file",
		"description": "Upload a file of the input item (image, sound or video) for texts",
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
		"description": "Download a media file by its public key",
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
		"action": "Get a media file",
		"description": "Get a media file's details by its ID",
		"method": "GET",
		"path": "/media/{id}",
		"pathLabels": {
			"id": "ID"
		}
	},
	{
		"value": "downloadAs",
		"name": "Download as Type",
		"action": "Download media as a file type",
		"description": "Download a media file in a chosen file type",
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
		"action": "Download a media file",
		"description": "Download a media file",
		"method": "GET",
		"path": "/media/{id}/file",
		"pathLabels": {
			"id": "ID"
		},
		"download": "mp3"
	},
];

export const mediaDescription: INodeProperties[] = buildResource('media', mediaOperations);
