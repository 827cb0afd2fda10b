import { defineResource } from '../../../shared/operation';
import { add } from './add';
import { get } from './get';
import { getAll } from './getAll';
import { remove } from './remove';
import { update } from './update';

/** Contact Custom Field: a contact's custom field values (`/contacts/{contact_id}/customfields`). */
export const contactCustomField = defineResource({
	value: 'contactCustomField',
	name: 'Contact Custom Field',
	defaultOperation: getAll.value,
	operations: [add, get, getAll, remove, update],
});
