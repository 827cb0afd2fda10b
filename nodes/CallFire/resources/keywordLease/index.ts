import { defineResource } from '../../../shared/operation';
import { getAll } from './getAll';
import { get } from './get';
import { update } from './update';

/** Keyword Lease: TODO */
export const keywordLease = defineResource({
	value: 'keywordLease',
	name: 'Keyword Lease',
	defaultOperation: getAll.value,
	operations: [getAll, get, update],
});
