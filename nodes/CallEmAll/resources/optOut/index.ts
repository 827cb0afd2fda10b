import { defineResource } from '../../../shared/operation';
import { getAll } from './getAll';

/** Opt Out: the account's opt-outs (`/v1/optouts`). */
export const optOut = defineResource({
	value: 'optOut',
	name: 'Opt Out',
	defaultOperation: getAll.value,
	operations: [getAll],
});
