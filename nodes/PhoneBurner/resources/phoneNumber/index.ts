import { defineResource } from '../../../shared/operation';
import { deleteOperation } from './delete';

/** Phone Number: a number across all contacts of the account (`/phonenumber`). */
export const phoneNumber = defineResource({
	value: 'phoneNumber',
	name: 'Phone Number',
	defaultOperation: deleteOperation.value,
	operations: [deleteOperation],
});
