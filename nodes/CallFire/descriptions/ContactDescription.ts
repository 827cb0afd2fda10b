import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { vendorRequest } from '../../shared/transport';
import { callFireBaseUrl } from '../BaseUrl';
import { buildResource, callFireHttp, pathParameter, type OperationSpec } from '../GenericFunctions';
import { PHONE_HINT } from './common';
import type { FormField } from './formFields';

const phone = (path: string, displayName: string): FormField => ({
	path,
	displayName,
	type: 'string',
	phone: true,
	placeholder: '12135551100',
	description: PHONE_HINT,
});

/**
 * Contact → Update with Properties: the doc's PUT example sends only the fields it changes
 * (line 7318: {"mobilePhone", "workPhone"}), so fields left out are kept; but it does not say
 * whether a `properties` map replaces the contact's own. So the contact's properties are read
 * first and the ones given are laid over them: setting one property never removes another.
 * Replace All Properties sends only the ones given.
 */
async function keepOtherProperties(
	this: IExecuteSingleFunctions,
	body: IDataObject,
	values: IDataObject,
): Promise<IDataObject> {
	if (body.properties === undefined || values.replaceProperties === true) return body;
	const id = String(
		this.getNodeParameter(pathParameter('contact', 'id'), '', { skipValidation: true }) ?? '',
	).trim();
	const credentials = await this.getCredentials('callFireApi');
	const current = (await vendorRequest(this, callFireHttp, 'callFireApi', {
		method: 'GET',
		url: `${callFireBaseUrl(credentials)}/contacts/${encodeURIComponent(id)}`,
		qs: { fields: 'properties' },
		json: true,
	})) as IDataObject | undefined;
	const kept = current?.properties;
	if (kept === null || typeof kept !== 'object' || Array.isArray(kept)) return body;
	return { ...body, properties: { ...(kept as IDataObject), ...(body.properties as IDataObject) } };
}

export const contactOperations: OperationSpec[] = [
	{
		"value": "create",
		"name": "Create",
		"action": "Create contacts",
		"description": "Create contacts, sent together in batches",
		"method": "POST",
		"path": "/contacts",
		"body": "recipients",
		"bodyExample": "[{\"firstName\": \"Alice\", \"lastName\": \"Moore\", \"homePhone\": \"12135551124\", \"mobilePhone\": \"12136666123\", \"workPhone\": \"14553327789\", \"zipcode\": \"40460\", \"properties\": {\"custom_ext_system_id\": 100200301}}, {\"firstName\": \"Bob\", \"lastName\": \"Smith\", \"homePhone\": \"12135551127\", \"properties\": {\"custom_age\": 30, \"custom_position\": \"Manager\"}}]"
	},
	{
		"value": "getAll",
		"name": "Get Many",
		"action": "Get many contacts",
		"description": "Find contacts by ID, number, contact list or property",
		"method": "GET",
		"path": "/contacts",
		"query": [
			{
				"name": "id",
				"displayName": "Contact IDs",
				"type": "list",
				"description": "Comma-separated; when given, the other filters are ignored"
			},
			{
				"name": "number",
				"displayName": "Phone Numbers",
				"type": "list",
				"description": "Comma-separated; when given, the other filters are ignored"
			},
			{
				"name": "contactListId",
				"displayName": "Contact List Name or ID",
				"type": "options",
				"loadOptions": "getContactLists"
			},
			{
				"name": "propertyName",
				"displayName": "Property Name"
			},
			{
				"name": "propertyValue",
				"displayName": "Property Value"
			}
		],
		"list": true
	},
	{
		"value": "get",
		"name": "Get",
		"action": "Get a contact",
		"description": "Get one contact by its ID",
		"method": "GET",
		"path": "/contacts/{id}",
		"pathLabels": {
			"id": "ID"
		}
	},
	{
		"value": "delete",
		"name": "Delete",
		"action": "Delete a contact",
		"description": "Delete a contact by its ID",
		"method": "DELETE",
		"path": "/contacts/{id}",
		"pathLabels": {
			"id": "ID"
		}
	},
	{
		"value": "update",
		"name": "Update",
		"action": "Update a contact",
		"description": "Change the fields you add to a contact (names, numbers, properties); the others stay as they are",
		"method": "PUT",
		"path": "/contacts/{id}",
		"pathLabels": {
			"id": "ID"
		},
		"body": "object",
		"bodyExample": "{\"mobilePhone\": \"12136600123\", \"workPhone\": \"14553320089\"}",
		form: {
			optional: [
				{ path: 'firstName', displayName: 'First Name', type: 'string' },
				{ path: 'lastName', displayName: 'Last Name', type: 'string' },
				phone('homePhone', 'Home Phone'),
				phone('mobilePhone', 'Mobile Phone'),
				phone('workPhone', 'Work Phone'),
				phone('extraPhone1', 'Extra Phone 1'),
				phone('extraPhone2', 'Extra Phone 2'),
				phone('extraPhone3', 'Extra Phone 3'),
				{ path: 'zipcode', displayName: 'Zip Code', type: 'string' },
				{
					path: 'externalId',
					displayName: 'External ID',
					type: 'string',
					description: 'Your own ID for the contact, for syncing',
				},
				{
					path: 'externalSystem',
					displayName: 'External System',
					type: 'string',
					description: 'The system the external ID belongs to',
				},
				{
					path: 'properties',
					displayName: 'Properties',
					type: 'properties',
					description:
						"The contact's own properties, by name. The contact's other properties are kept: it is read first, and these are laid over them.",
				},
				{
					path: 'replaceProperties',
					displayName: 'Replace All Properties',
					type: 'boolean',
					default: false,
					control: true,
					description:
						"Whether to send only the properties given, without reading the contact's others first (CallFire's doc does not say whether it then removes them)",
				},
				{
					path: 'deleted',
					displayName: 'Deleted',
					type: 'boolean',
					default: false,
					description: 'Whether the contact is deleted (hidden from searches)',
				},
			],
			optionalLabel: 'Update Fields',
			notEmpty: 'Add at least one field to update',
			complete: keepOtherProperties,
		},
	},
	{
		"value": "getHistory",
		"name": "Get History",
		"action": "Get contact history",
		"description": "Get a contact's calls and texts as one item",
		"method": "GET",
		"path": "/contacts/{id}/history",
		"pathLabels": {
			"id": "ID"
		},
		"output": "history"
	},
];

export const contactDescription: INodeProperties[] = buildResource('contact', contactOperations);
