import { defineResource } from '../../../shared/operation';
import { getAll } from './getAll';
import { checkAvailability } from './checkAvailability';

/** CallFire Keyword: its operations, one file each (`<operation>.ts`), in the Operation dropdown. */
export const keyword = defineResource({
	value: 'keyword',
	name: 'Keyword',
	defaultOperation: getAll.value,
	operations: [getAll, checkAvailability],
});
