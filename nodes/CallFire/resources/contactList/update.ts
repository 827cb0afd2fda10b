import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { formBody } from '../../helpers/formBody';
import { formFields, type BodyForm } from '../../helpers/formFields';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { contactListIdField } from './common';

/** The body, from these form fields. */
const form: BodyForm = {
	parameters: 'contactListUpdate',
	fields: [
		{
			path: 'name',
			displayName: 'Name',
			type: 'string',
			required: true,
			description: 'The new name of the list',
		},
	],
};

/** Contact List → Update: `PUT /contacts/lists/{id}` (doc line 6208). */
export const update = defineOperation({
	value: 'update',
	name: 'Update',
	action: 'Rename a contact list',
	description: 'Change the name of a contact list',
	method: 'PUT',
	path: '/contacts/lists/{contactListId}',
	pathParameters: { contactListId: { label: 'ID' } },
	query: { fields: 'contactListOptions.fields' },
	output: ANSWER,
	hooks: { preSend: [formBody(form)] },
	request: CALLFIRE_REQUEST,
	fields: [contactListIdField, ...formFields(form), queryOptions('contactListOptions', [])],
});
