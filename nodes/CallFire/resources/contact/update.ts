import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { defineOperation } from '../../../shared/operation';
import { readField } from '../../../shared/request';
import { ANSWER } from '../../helpers/answers';
import { formBody } from '../../helpers/formBody';
import { formFields, type BodyForm, type FormField } from '../../helpers/formFields';
import { PHONE_HINT } from '../../helpers/optionLists';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST, callFireRequest } from '../../transport';
import { contactIdField } from './common';

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
	const id = String(readField(this, 'contactId') ?? '').trim();
	const current = (await callFireRequest(this, 'GET', `/contacts/${encodeURIComponent(id)}`, {
		qs: { fields: 'properties' },
	})) as IDataObject | undefined;
	const kept = current?.properties;
	if (kept === null || typeof kept !== 'object' || Array.isArray(kept)) return body;
	return { ...body, properties: { ...(kept as IDataObject), ...(body.properties as IDataObject) } };
}

/** The body, from these form fields. */
const form: BodyForm = {
	parameters: 'contactUpdate',
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
};

/** Contact → Update: `PUT /contacts/{id}` (doc line 7172). */
export const update = defineOperation({
	value: 'update',
	name: 'Update',
	action: 'Update a contact',
	description:
		'Change the fields you add to a contact (names, numbers, properties); the others stay as they are',
	method: 'PUT',
	path: '/contacts/{contactId}',
	query: { fields: 'contactOptions.fields' },
	output: ANSWER,
	hooks: { preSend: [formBody(form)] },
	request: CALLFIRE_REQUEST,
	fields: [contactIdField, ...formFields(form), queryOptions('contactOptions', [])],
});
