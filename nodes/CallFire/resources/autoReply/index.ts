import { defineResource } from '../../../shared/operation';
import { create } from './create';

/** CallFire Auto Reply: its operations, one file each (`<operation>.ts`), in the Operation dropdown. */
export const autoReply = defineResource({
	value: 'autoReply',
	name: 'Auto Reply',
	defaultOperation: create.value,
	operations: [create],
});
