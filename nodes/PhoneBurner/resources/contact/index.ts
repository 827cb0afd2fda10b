import { defineResource } from '../../../shared/operation';
import { create } from './create';
import { deleteOperation } from './delete';
import { deleteMany } from './deleteMany';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

/** Contact: PhoneBurner's contacts (`/contacts`). */
export const contact = defineResource({
	value: 'contact',
	name: 'Contact',
	defaultOperation: getAll.value,
	operations: [create, deleteOperation, deleteMany, get, getAll, update],
});
