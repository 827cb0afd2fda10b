import { defineOperation } from '../../../shared/operation';
import { loginRequest } from '../../helpers/login';
import { callEmAllLoginHttp } from '../../transport';

/**
 * Account User → Log In: `POST /v1/user/login` with `{UserName, PinCode}`, signed with the
 * all-zero token (`loginRequest`, helpers/login.ts). It is the login itself, so it runs with
 * `callEmAllLoginHttp`: no session hooks, and a 401 names the user name and PIN.
 */
export const logIn = defineOperation({
	value: 'logIn',
	name: 'Log In',
	action: 'Log in a user',
	description: 'Get an Auth Token for a user name and PIN',
	method: 'POST',
	path: '/v1/user/login',
	vendor: callEmAllLoginHttp,
	hooks: { preSend: [loginRequest] },
	fields: [
		{
			displayName: 'User Name',
			name: 'userName',
			type: 'string',
			default: '',
			description: "The user to log in. Leave empty to use the credential's user name.",
		},
		{
			displayName: 'PIN Code',
			name: 'pinCode',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: "The user's PIN. Leave empty to use the credential's PIN.",
		},
	],
});
