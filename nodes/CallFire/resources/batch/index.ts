import { defineResource } from '../../../shared/operation';
import { get } from './get';
import { update } from './update';

/** Batch: TODO */
export const batch = defineResource({
	value: 'batch',
	name: 'Batch',
	defaultOperation: get.value,
	operations: [get, update],
});
