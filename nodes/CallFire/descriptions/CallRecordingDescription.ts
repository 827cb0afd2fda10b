import type { INodeProperties } from 'n8n-workflow';

import { buildResource, type OperationSpec } from '../GenericFunctions';

export const callRecordingOperations: OperationSpec[] = [
	{
		"value": "get",
		"name": "Get",
		"action": "Get a call recording",
		"description": "Get a call recording's details by its ID",
		"method": "GET",
		"path": "/calls/recordings/{id}",
		"pathLabels": {
			"id": "ID"
		}
	},
	{
		"value": "download",
		"name": "Download MP3",
		"action": "Download a call recording",
		"description": "Download a call recording as an MP3 file",
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
		"action": "Get recordings of a call",
		"description": "List the recordings of one call, one item each",
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
		"action": "Get a call recording by name",
		"description": "Get a call recording's details by call ID and recording name",
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
		"action": "Download a call recording by name",
		"description": "Download a call recording, found by call ID and recording name, as an MP3 file",
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
