import { defineResource } from '../../../shared/operation';
import { send } from './send';
import { getAll } from './getAll';
import { get } from './get';

/** Text: TODO */
export const text = defineResource({
	value: 'text',
	name: 'Text',
	defaultOperation: send.value,
	operations: [send, getAll, get],
});
