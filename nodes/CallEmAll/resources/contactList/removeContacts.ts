import { defineOperation } from '../../../shared/operation';
import { contactIdRequestsField } from '../../helpers/contactDeleteFields';
import { contactIdsRequest, deleteByContactIds } from '../../helpers/contactDeletes';
import { deleted } from '../../helpers/fields';
import { listContactIdsField, listIdField, listPath } from './common';

/**
 * Contact List → Remove Contacts (issue 18: an empty value never means "all"). The doc's
 * `DELETE /v1/lists/{id}/contacts` removes every contact when its body is empty (line 1889), so
 * by default one `DELETE /v1/lists/{id}/contacts/{contactid}` goes per contact ID (line 1878),
 * sent by the fan-out hook `deleteByContactIds` (helpers/contactDeletes.ts checks every request
 * before it leaves).
 */
export const removeContacts = defineOperation({
	value: 'removeContacts',
	name: 'Remove Contacts',
	action: 'Remove many contacts from a list',
	description: 'Remove the given contacts, one request each, or every contact, from a list',
	method: 'DELETE',
	path: '/v1/lists/{listId}/contacts',
	...listPath,
	hooks: {
		preSend: [contactIdsRequest('listId')],
		postReceive: [deleted],
		fanOut: deleteByContactIds,
	},
	fields: [
		listIdField,
		{
			displayName: 'Remove Every Contact From the List',
			name: 'all',
			type: 'boolean',
			noDataExpression: true,
			default: false,
			description:
				'Whether to remove all contacts from the list instead of the IDs given (one DELETE /v1/lists/{ID}/contacts without a body, which Call-Em-All reads as "all")',
		},
		{
			displayName:
				'This removes every contact from the chosen list each time the node runs. Turn it off to remove only the contact IDs given.',
			name: 'removeEveryContactNotice',
			type: 'notice',
			default: '',
			show: { all: [true] },
		},
		listContactIdsField,
		contactIdRequestsField('/v1/lists/{ID}/contacts'),
	],
});
