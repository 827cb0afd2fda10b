import { defineResource } from '../../../shared/operation';
import { add } from './add';
import { get } from './get';
import { getAll } from './getAll';
import { remove } from './remove';
import { replaceAll } from './replaceAll';
import { update } from './update';

/** Contact Email: a contact's email addresses (`/contacts/{contact_id}/emails`). */
export const contactEmail = defineResource({
	value: 'contactEmail',
	name: 'Contact Email',
	defaultOperation: getAll.value,
	operations: [add, get, getAll, remove, replaceAll, update],
});
