import { defineResource } from '../../../shared/operation';
import { create } from './create';
import { deleteOperation } from './delete';
import { deleteMany } from './deleteMany';
import { get } from './get';
import { getAll } from './getAll';

/** Contact: the account's contacts (`/v1/contacts`). */
export const contact = defineResource({
	value: 'contact',
	name: 'Contact',
	defaultOperation: create.value,
	// In the order their fields are laid out: the contact's ID first, as before the model.
	operations: [deleteOperation, get, create, deleteMany, getAll],
});
