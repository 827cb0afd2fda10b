import type { INodeProperties } from 'n8n-workflow';

import { buildResource, type OperationSpec } from '../GenericFunctions';

export const callRecordingOperations: OperationSpec[] = [
	{
		"value": "get",
		"name": "Get",
		"action": "Get call recording",
		"description": "Get call recording by id",
		"method": "GET",
		"path": "/calls/recordings/{id}",
		"pathLabels": {
			"id": "ID"
		}
	},
	{
		"value": "download",
		"name": "Download MP3",
		"action": "Download mp3 call recording",
		"description": "Get call recording in mp3 format",
		"method": "GET",
		"path": "/calls/recordings/{id}.mp3",
		"pathLabels": {
			"id": "ID"
		},
		"download": "mp3"
	},
	{
		"value": "getForCall",
		"name": "Get Many for Call",
		"action": "Get many for call call recording",
		"description": "Get call recordings for a call",
		"method": "GET",
		"path": "/calls/{id}/recordings",
		"pathLabels": {
			"id": "ID"
		},
		"output": "entries"
	},
	{
		"value": "getByName",
		"name": "Get by Name",
		"action": "Get by name call recording",
		"description": "Get call recording by name",
		"method": "GET",
		"path": "/calls/{id}/recordings/{name}",
		"pathLabels": {
			"id": "ID",
			"name": "Recording Name"
		}
	},
	{
		"value": "downloadByName",
		"name": "Download MP3 by Name",
		"action": "Download mp3 by name call recording",
		"description": "Get call mp3 recording by name",
		"method": "GET",
		"path": "/calls/{id}/recordings/{name}.mp3",
		"pathLabels": {
			"id": "ID",
			"name": "Recording Name"
		},
		"download": "mp3"
	},
];

export const callRecordingDescription: INodeProperties[] = buildResource('callRecording', callRecordingOperations);
