import { defineResource } from '../../../shared/operation';
import { create } from './create';
import { logIn } from './logIn';
import { update } from './update';

/** Account User: the users of the account (`/v1/account/users`) and their login. */
export const user = defineResource({
	value: 'user',
	name: 'Account User',
	defaultOperation: create.value,
	operations: [create, logIn, update],
});
