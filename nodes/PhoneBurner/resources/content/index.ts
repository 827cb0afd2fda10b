import { defineResource } from '../../../shared/operation';
import { get } from './get';

/** Content: the account's email templates, scripts and other messages (`/content`). */
export const content = defineResource({
	value: 'content',
	name: 'Content',
	defaultOperation: get.value,
	operations: [get],
});
