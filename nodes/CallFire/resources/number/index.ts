import { defineResource } from '../../../shared/operation';
import { getLocal } from './getLocal';
import { getRegions } from './getRegions';
import { getTollFree } from './getTollFree';

/** CallFire Number: its operations, one file each (`<operation>.ts`), in the Operation dropdown. */
export const number = defineResource({
	value: 'number',
	name: 'Number',
	defaultOperation: getLocal.value,
	operations: [getLocal, getRegions, getTollFree],
});
