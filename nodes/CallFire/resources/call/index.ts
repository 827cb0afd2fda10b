import { defineResource } from '../../../shared/operation';
import { send } from './send';
import { getAll } from './getAll';
import { get } from './get';

/** Call: TODO */
export const call = defineResource({
	value: 'call',
	name: 'Call',
	defaultOperation: send.value,
	operations: [send, getAll, get],
});
