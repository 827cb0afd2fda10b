import { defineResource } from '../../../shared/operation';
import { orderKeywords } from './orderKeywords';
import { orderNumbers } from './orderNumbers';
import { get } from './get';

/** CallFire Order: its operations, one file each (`<operation>.ts`), in the Operation dropdown. */
export const order = defineResource({
	value: 'order',
	name: 'Order',
	defaultOperation: orderKeywords.value,
	operations: [orderKeywords, orderNumbers, get],
});
