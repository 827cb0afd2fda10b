import { defineResource } from '../../../shared/operation';
import { add } from './add';
import { addPut } from './addPut';
import { get } from './get';
import { getAll } from './getAll';
import { remove } from './remove';
import { update } from './update';

/** Contact Phone: a contact's phone numbers (`/contacts/{contact_id}/phones`). */
export const contactPhone = defineResource({
	value: 'contactPhone',
	name: 'Contact Phone',
	defaultOperation: getAll.value,
	operations: [add, addPut, get, getAll, remove, update],
});
