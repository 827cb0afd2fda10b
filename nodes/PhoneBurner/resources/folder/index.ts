import { defineResource } from '../../../shared/operation';
import { create } from './create';
import { deleteOperation } from './delete';
import { getAll } from './getAll';
import { update } from './update';

/** Folder: the account's contact folders (categories, `/folders`). */
export const folder = defineResource({
	value: 'folder',
	name: 'Folder',
	defaultOperation: getAll.value,
	operations: [create, deleteOperation, getAll, update],
});
