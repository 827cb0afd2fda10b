import { defineResource } from '../../../shared/operation';
import { add } from './add';
import { get } from './get';
import { getAll } from './getAll';
import { remove } from './remove';
import { update } from './update';

/** Contact Tag: a contact's tags (`/contacts/{contact_id}/tags`). */
export const contactTag = defineResource({
	value: 'contactTag',
	name: 'Contact Tag',
	defaultOperation: getAll.value,
	operations: [add, get, getAll, remove, update],
});
