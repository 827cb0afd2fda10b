import { defineResource } from '../../../shared/operation';
import { create } from './create';
import { deleteOperation } from './delete';
import { getAll } from './getAll';
import { update } from './update';

/** Tag: the account's tags (`/tags`); a contact's own tags are Contact Tag. */
export const tag = defineResource({
	value: 'tag',
	name: 'Tag',
	defaultOperation: getAll.value,
	operations: [create, deleteOperation, getAll, update],
});
