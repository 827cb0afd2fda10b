import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { phoneNumberInPath } from '../../helpers/phoneNumbers';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { accountCalleridField } from './common';

/** Account → Create Caller ID: `POST /me/callerids/{callerid}` (doc line 8883). */
export const createCallerId = defineOperation({
	value: 'createCallerId',
	name: 'Create Caller ID',
	action: 'Create a caller ID',
	description: 'Start verifying a caller ID: CallFire calls the number with a code',
	method: 'POST',
	path: '/me/callerids/{accountCallerid}',
	pathParameters: { accountCallerid: { convert: phoneNumberInPath } },
	query: { fields: 'accountOptions.fields' },
	output: ANSWER,
	request: CALLFIRE_REQUEST,
	fields: [accountCalleridField, queryOptions('accountOptions', [])],
});
