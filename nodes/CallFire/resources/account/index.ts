import { defineResource } from '../../../shared/operation';
import { get } from './get';
import { getCreditUsage } from './getCreditUsage';
import { getPlanUsage } from './getPlanUsage';
import { createApiCredential } from './createApiCredential';
import { getApiCredentials } from './getApiCredentials';
import { getApiCredential } from './getApiCredential';
import { deleteApiCredential } from './deleteApiCredential';
import { getCallerIds } from './getCallerIds';
import { createCallerId } from './createCallerId';
import { verifyCallerId } from './verifyCallerId';

/** CallFire Account: its operations, one file each (`<operation>.ts`), in the Operation dropdown. */
export const account = defineResource({
	value: 'account',
	name: 'Account',
	defaultOperation: get.value,
	operations: [
		get,
		getCreditUsage,
		getPlanUsage,
		createApiCredential,
		getApiCredentials,
		getApiCredential,
		deleteApiCredential,
		getCallerIds,
		createCallerId,
		verifyCallerId,
	],
});
