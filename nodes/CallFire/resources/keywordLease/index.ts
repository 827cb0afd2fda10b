import { defineResource } from '../../../shared/operation';
import { getAll } from './getAll';
import { get } from './get';
import { update } from './update';

/** CallFire Keyword Lease: its operations, one file each (`<operation>.ts`), in the Operation dropdown. */
export const keywordLease = defineResource({
	value: 'keywordLease',
	name: 'Keyword Lease',
	defaultOperation: getAll.value,
	operations: [getAll, get, update],
});
