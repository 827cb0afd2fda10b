import { defineResource } from '../../../shared/operation';
import { create } from './create';
import { getAll } from './getAll';
import { get } from './get';
import { update } from './update';
import { start } from './start';
import { stop } from './stop';
import { archive } from './archive';
import { getTexts } from './getTexts';
import { getStats } from './getStats';
import { addRecipients } from './addRecipients';

/** CallFire Text Broadcast: its operations, one file each (`<operation>.ts`), in the Operation dropdown. */
export const textBroadcast = defineResource({
	value: 'textBroadcast',
	name: 'Text Broadcast',
	defaultOperation: create.value,
	operations: [
		create,
		getAll,
		get,
		update,
		start,
		stop,
		archive,
		getTexts,
		getStats,
		addRecipients,
	],
});
