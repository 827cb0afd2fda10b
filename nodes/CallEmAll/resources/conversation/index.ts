import { defineResource } from '../../../shared/operation';
import { get } from './get';

/** Conversation: text conversations (`/v1/conversations`). */
export const conversation = defineResource({
	value: 'conversation',
	name: 'Conversation',
	defaultOperation: get.value,
	operations: [get],
});
