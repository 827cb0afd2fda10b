import { defineOperation } from '../../../shared/operation';
import { resourceOf } from '../../helpers/answers';
import { pathIds } from '../../helpers/ids';
import { memberShape, memberUserId } from './common';

/** Member → Delete: `DELETE /members/{user_id}` (needs vendor level access). */
export const deleteOperation = defineOperation({
	value: 'delete',
	name: 'Delete',
	action: 'Delete a member',
	description: 'Remove a member (needs vendor level access)',
	method: 'DELETE',
	path: '/members/{memberUserId}',
	pathParameters: pathIds(memberUserId),
	output: { rows: resourceOf(memberShape) },
	fields: [memberUserId.field],
});
