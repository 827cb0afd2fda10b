import { defineResource } from '../../../shared/operation';
import { get } from './get';
import { update } from './update';

/** CallFire Batch: its operations, one file each (`<operation>.ts`), in the Operation dropdown. */
export const batch = defineResource({
	value: 'batch',
	name: 'Batch',
	defaultOperation: get.value,
	operations: [get, update],
});
