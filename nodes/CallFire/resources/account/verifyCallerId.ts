import { defineOperation } from '../../../shared/operation';
import { callFireAnswer } from '../../helpers/answers';
import { formBody } from '../../helpers/formBody';
import { formFields, type BodyForm } from '../../helpers/formFields';
import { phoneNumberInPath } from '../../helpers/phoneNumbers';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { accountCalleridField } from './common';

/** The body, from these form fields. */
const form: BodyForm = {
	parameters: 'accountVerifyCallerId',
	fields: [
		{
			path: 'verificationCode',
			displayName: 'Verification Code',
			type: 'string',
			required: true,
			placeholder: '1234',
			description: 'The code CallFire read out in its call to the number (Create Caller ID)',
		},
	],
};

/** Account → Verify Caller ID: `POST /me/callerids/{callerid}/verification-code` (doc line 8985). */
export const verifyCallerId = defineOperation({
	value: 'verifyCallerId',
	name: 'Verify Caller ID',
	action: 'Verify a caller ID',
	description: 'Verify a caller ID with the code CallFire read out',
	method: 'POST',
	path: '/me/callerids/{accountCallerid}/verification-code',
	pathParameters: { accountCallerid: { convert: phoneNumberInPath } },
	query: { fields: 'accountOptions.fields' },
	output: callFireAnswer({ scalarKey: 'verified' }),
	hooks: { preSend: [formBody(form)] },
	request: CALLFIRE_REQUEST,
	fields: [accountCalleridField, ...formFields(form), queryOptions('accountOptions', [])],
});
