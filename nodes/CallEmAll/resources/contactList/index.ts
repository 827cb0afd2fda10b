import { defineResource } from '../../../shared/operation';
import { create } from './create';
import { deleteOperation } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { getContacts } from './getContacts';
import { getEveryone } from './getEveryone';
import { purgeDeleted } from './purgeDeleted';
import { removeContact } from './removeContact';
import { removeContacts } from './removeContacts';

/** Contact List: the account's contact lists (`/v1/lists`), the Deleted folder among them. */
export const contactList = defineResource({
	value: 'contactList',
	name: 'Contact List',
	defaultOperation: getAll.value,
	// In the order their fields are laid out: the list first, as before the model.
	operations: [
		get,
		getContacts,
		removeContact,
		removeContacts,
		deleteOperation,
		create,
		purgeDeleted,
		getAll,
		getEveryone,
	],
});
