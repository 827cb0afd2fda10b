import { defineResource } from '../../../shared/operation';
import { add } from './add';
import { getAll } from './getAll';
import { deleteBySource } from './deleteBySource';
import { getUniversal } from './getUniversal';
import { get } from './get';
import { del } from './delete';
import { update } from './update';

/** CallFire Do Not Contact: its operations, one file each (`<operation>.ts`), in the Operation dropdown. */
export const doNotContact = defineResource({
	value: 'doNotContact',
	name: 'Do Not Contact',
	defaultOperation: add.value,
	operations: [add, getAll, deleteBySource, getUniversal, get, del, update],
});
