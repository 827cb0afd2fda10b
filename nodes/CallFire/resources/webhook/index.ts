import { defineResource } from '../../../shared/operation';
import { getAll } from './getAll';
import { create } from './create';
import { get } from './get';
import { update } from './update';
import { del } from './delete';

/** CallFire Webhook: its operations, one file each (`<operation>.ts`), in the Operation dropdown. */
export const webhook = defineResource({
	value: 'webhook',
	name: 'Webhook',
	defaultOperation: getAll.value,
	operations: [getAll, create, get, update, del],
});
