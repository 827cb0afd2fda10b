import { defineResource } from '../../../shared/operation';
import { create } from './create';
import { getAll } from './getAll';
import { get } from './get';
import { update } from './update';
import { archive } from './archive';
import { addBatch } from './addBatch';
import { getBatches } from './getBatches';
import { getCalls } from './getCalls';
import { addRecipients } from './addRecipients';
import { start } from './start';
import { getStats } from './getStats';
import { stop } from './stop';

/** CallFire Call Broadcast: its operations, one file each (`<operation>.ts`), in the Operation dropdown. */
export const callBroadcast = defineResource({
	value: 'callBroadcast',
	name: 'Call Broadcast',
	defaultOperation: create.value,
	operations: [
		create,
		getAll,
		get,
		update,
		archive,
		addBatch,
		getBatches,
		getCalls,
		addRecipients,
		start,
		getStats,
		stop,
	],
});
