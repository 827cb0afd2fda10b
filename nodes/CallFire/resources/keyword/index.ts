import { defineResource } from '../../../shared/operation';
import { getAll } from './getAll';
import { checkAvailability } from './checkAvailability';

/** Keyword: TODO */
export const keyword = defineResource({
	value: 'keyword',
	name: 'Keyword',
	defaultOperation: getAll.value,
	operations: [getAll, checkAvailability],
});
