import { defineOperation } from '../../../shared/operation';
import { additionalFieldsBody } from '../../helpers/additionalFields';
import { resourceOf } from '../../helpers/answers';
import { pathIds } from '../../helpers/ids';
import { memberAdditionalFields, memberShape, memberUserId } from './common';

/**
 * Member → Update: `PUT /members/{user_id}` (needs vendor level access). Doc lines 2374-2378:
 * "payload | body | UpdatableMembersModel | Yes | Payload of fields to update": an update with
 * no field is refused.
 */
export const update = defineOperation({
	value: 'update',
	name: 'Update',
	action: 'Update a member',
	description: 'Change a member (needs vendor level access)',
	method: 'PUT',
	path: '/members/{memberUserId}',
	pathParameters: pathIds(memberUserId),
	output: { rows: resourceOf(memberShape) },
	hooks: {
		preSend: [
			additionalFieldsBody({
				collection: memberAdditionalFields.name,
				notEmpty: 'Add at least one field under Additional Fields (or Other Fields (JSON)).',
			}),
		],
	},
	fields: [memberUserId.field, memberAdditionalFields],
});
