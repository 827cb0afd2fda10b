import { defineResource } from '../../../shared/operation';
import { create } from './create';
import { deleteOperation } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

/** Member: the account's team members (`/members`). */
export const member = defineResource({
	value: 'member',
	name: 'Member',
	defaultOperation: getAll.value,
	operations: [create, deleteOperation, get, getAll, update],
});
