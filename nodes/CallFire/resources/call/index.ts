import { defineResource } from '../../../shared/operation';
import { send } from './send';
import { getAll } from './getAll';
import { get } from './get';

/** CallFire Call: its operations, one file each (`<operation>.ts`), in the Operation dropdown. */
export const call = defineResource({
	value: 'call',
	name: 'Call',
	defaultOperation: send.value,
	operations: [send, getAll, get],
});
