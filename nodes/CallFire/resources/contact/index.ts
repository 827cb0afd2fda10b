import { defineResource } from '../../../shared/operation';
import { create } from './create';
import { getAll } from './getAll';
import { get } from './get';
import { del } from './delete';
import { update } from './update';
import { getHistory } from './getHistory';

/** CallFire Contact: its operations, one file each (`<operation>.ts`), in the Operation dropdown. */
export const contact = defineResource({
	value: 'contact',
	name: 'Contact',
	defaultOperation: create.value,
	operations: [create, getAll, get, del, update, getHistory],
});
