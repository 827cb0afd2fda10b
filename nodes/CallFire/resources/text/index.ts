import { defineResource } from '../../../shared/operation';
import { send } from './send';
import { getAll } from './getAll';
import { get } from './get';

/** CallFire Text: its operations, one file each (`<operation>.ts`), in the Operation dropdown. */
export const text = defineResource({
	value: 'text',
	name: 'Text',
	defaultOperation: send.value,
	operations: [send, getAll, get],
});
