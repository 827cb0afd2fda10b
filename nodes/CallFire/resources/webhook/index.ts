import { defineResource } from '../../../shared/operation';
import { getAll } from './getAll';
import { create } from './create';
import { get } from './get';
import { update } from './update';
import { del } from './delete';

/** Webhook: TODO */
export const webhook = defineResource({
	value: 'webhook',
	name: 'Webhook',
	defaultOperation: getAll.value,
	operations: [getAll, create, get, update, del],
});
