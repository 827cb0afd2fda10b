import { defineOperation } from '../../../shared/operation';
import { contactIdRequestsField } from '../../helpers/contactDeleteFields';
import { contactIdsRequest, deleteByContactIds } from '../../helpers/contactDeletes';
import { deleted } from '../../helpers/fields';
import { listContactIdsField } from './common';

/**
 * Contact List → Empty Deleted Folder (issue 18: an empty value never means "all"). The doc's
 * `DELETE /v1/lists/deleted/contacts` empties the whole Deleted folder when its body is empty
 * (line 1905), so by default one `DELETE /v1/lists/deleted/contacts/{id}` goes per contact ID,
 * sent by the fan-out hook `deleteByContactIds` (helpers/contactDeletes.ts checks every request
 * before it leaves).
 */
export const purgeDeleted = defineOperation({
	value: 'purgeDeleted',
	name: 'Empty Deleted Folder',
	action: 'Permanently delete contacts from the deleted folder',
	description:
		'Permanently delete the given contacts, one request each, or every contact, from the Deleted folder',
	method: 'DELETE',
	path: '/v1/lists/deleted/contacts',
	hooks: {
		preSend: [contactIdsRequest()],
		postReceive: [deleted],
		fanOut: deleteByContactIds,
	},
	fields: [
		{
			displayName: 'Empty the Whole Deleted Folder',
			name: 'all',
			type: 'boolean',
			noDataExpression: true,
			default: false,
			description:
				'Whether to permanently delete all contacts in the Deleted folder instead of the IDs given (one DELETE /v1/lists/deleted/contacts without a body, which Call-Em-All reads as "all")',
		},
		{
			displayName:
				'This permanently deletes every contact in the Deleted folder, with no way to restore them, each time the node runs. Turn it off to delete only the contact IDs given.',
			name: 'purgeEveryContactNotice',
			type: 'notice',
			default: '',
			show: { all: [true] },
		},
		listContactIdsField,
		contactIdRequestsField('/v1/lists/deleted/contacts'),
	],
});
