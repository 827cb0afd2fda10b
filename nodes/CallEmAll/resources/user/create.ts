import { defineOperation } from '../../../shared/operation';
import { fixedFields } from '../../helpers/body';
import { userBody } from '../../helpers/users';
import { userFieldsField, userPermissionsField } from './common';

/**
 * Account User → Create: `POST /v1/account/users`. The body: User Name and PIN Code, then the
 * Fields and Permissions in the doc's models (`userBody`, helpers/users.ts).
 */
export const create = defineOperation({
	value: 'create',
	name: 'Create',
	action: 'Create a user',
	description: 'Add a user to the account',
	method: 'POST',
	path: '/v1/account/users',
	hooks: {
		preSend: [
			fixedFields({ userName: 'UserName', pinCode: 'PinCode' }),
			userBody({ update: false }),
		],
	},
	fields: [
		{
			displayName: 'User Name',
			name: 'userName',
			type: 'string',
			required: true,
			default: '',
			description: 'The login name of the new user',
		},
		{
			displayName: 'PIN Code',
			name: 'pinCode',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description: 'The password of the new user',
		},
		userFieldsField,
		userPermissionsField,
	],
});
