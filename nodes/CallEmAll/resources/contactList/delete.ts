import { defineOperation } from '../../../shared/operation';
import { deleted, idFieldSpec } from '../../helpers/fields';
import { userListOnly } from '../../helpers/ids';
import { listPath } from './common';

/**
 * Contact List → Delete: `DELETE /v1/lists/{listId}`, one of the user's own lists; a system list
 * (Everyone, Unfiled, Deleted) is refused before any request (`userListOnly`).
 */
export const deleteOperation = defineOperation({
	value: 'delete',
	name: 'Delete',
	action: 'Delete a contact list',
	description: 'Delete one of your own contact lists (not a system list)',
	method: 'DELETE',
	path: '/v1/lists/{listId}',
	...listPath,
	hooks: { preSend: [userListOnly], postReceive: [deleted] },
	fields: [
		idFieldSpec(
			'listId',
			'Contact List ID',
			'One of your own contact lists; the system lists (Everyone, Unfiled, Deleted) are not deleted',
			'getOwnContactLists',
		),
	],
});
