import { defineOperation } from '../../../shared/operation';
import { contactIdRequestsField, contactIdsField } from '../../helpers/contactDeleteFields';
import { contactIdsRequest, deleteByContactIds } from '../../helpers/contactDeletes';
import { deleted } from '../../helpers/fields';

/**
 * Contact → Delete Many (issue 18: an empty value never means "all"). The doc's
 * `DELETE /v1/contacts` deletes every contact when its body is empty (line 1485), so by default
 * one `DELETE /v1/contacts/{id}` goes per contact ID (line 1474), sent by the fan-out hook
 * `deleteByContactIds`; the collection is called with a body of IDs only when the user chose
 * that, and without one only when "Delete Every Contact in the Account" is on
 * (helpers/contactDeletes.ts checks every request before it leaves).
 */
export const deleteMany = defineOperation({
	value: 'deleteMany',
	name: 'Delete Many',
	action: 'Delete many contacts',
	description: 'Delete the contacts given, one request each, or every contact',
	method: 'DELETE',
	path: '/v1/contacts',
	hooks: {
		preSend: [contactIdsRequest()],
		postReceive: [deleted],
		fanOut: deleteByContactIds,
	},
	fields: [
		{
			displayName: 'Delete Every Contact in the Account',
			name: 'all',
			type: 'boolean',
			noDataExpression: true,
			default: false,
			description:
				'Whether to delete all contacts of the account instead of the IDs given (one DELETE /v1/contacts without a body, which Call-Em-All reads as "all")',
		},
		{
			displayName:
				'This deletes every contact of the Call-Em-All account, from every list, each time the node runs. Turn it off to delete only the contact IDs given.',
			name: 'deleteEveryContactNotice',
			type: 'notice',
			default: '',
			show: { all: [true] },
		},
		contactIdsField('IDs (PersonID) of the contacts to delete, separated by commas'),
		contactIdRequestsField('/v1/contacts'),
	],
});
