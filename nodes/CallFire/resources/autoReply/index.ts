import { defineResource } from '../../../shared/operation';
import { create } from './create';

/** Auto Reply: TODO */
export const autoReply = defineResource({
	value: 'autoReply',
	name: 'Auto Reply',
	defaultOperation: create.value,
	operations: [create],
});
