import { defineOperation } from '../../../shared/operation';
import { idFieldSpec } from '../../helpers/fields';
import { pathId } from '../../helpers/ids';
import { userBody } from '../../helpers/users';
import { userFieldsField, userPermissionsField } from './common';

/**
 * Account User → Update: `PUT /v1/account/users/{userId}`, only the fields and permissions the
 * user added (`userBody`, helpers/users.ts); nothing to change is refused.
 */
export const update = defineOperation({
	value: 'update',
	name: 'Update',
	action: 'Update a user',
	description: "Change a user's settings",
	method: 'PUT',
	path: '/v1/account/users/{userId}',
	pathParameters: { userId: pathId('User ID') },
	hooks: { preSend: [userBody({ update: true })] },
	fields: [
		idFieldSpec('userId', 'User ID', 'The ID of the user to change'),
		userFieldsField,
		userPermissionsField,
	],
});
