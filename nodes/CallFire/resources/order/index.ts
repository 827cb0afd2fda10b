import { defineResource } from '../../../shared/operation';
import { orderKeywords } from './orderKeywords';
import { orderNumbers } from './orderNumbers';
import { get } from './get';

/** Order: TODO */
export const order = defineResource({
	value: 'order',
	name: 'Order',
	defaultOperation: orderKeywords.value,
	operations: [orderKeywords, orderNumbers, get],
});
