import { defineResource } from '../../../shared/operation';
import { create } from './create';
import { get } from './get';
import { getAll } from './getAll';
import { getDetails } from './getDetails';

/** Broadcast: voice and text broadcasts (`/v1/broadcasts`), and their results. */
export const broadcast = defineResource({
	value: 'broadcast',
	name: 'Broadcast',
	defaultOperation: create.value,
	operations: [create, get, getAll, getDetails],
});
