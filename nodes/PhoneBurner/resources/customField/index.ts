import { defineResource } from '../../../shared/operation';
import { create } from './create';
import { deleteOperation } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

/** Custom Field: the account's custom fields (`/customfields`). */
export const customField = defineResource({
	value: 'customField',
	name: 'Custom Field',
	defaultOperation: getAll.value,
	operations: [create, deleteOperation, get, getAll, update],
});
