import { defineOperation } from '../../../shared/operation';
import { resourceOf } from '../../helpers/answers';
import { pathIds } from '../../helpers/ids';
import { tagId, tagShape } from './common';

/** Tag → Delete: `DELETE /tags/{tag_id}`, the tag taken off every contact. */
export const deleteOperation = defineOperation({
	value: 'delete',
	name: 'Delete',
	action: 'Delete a tag',
	description: 'Remove a tag from every contact',
	method: 'DELETE',
	path: '/tags/{tagId}',
	pathParameters: pathIds(tagId),
	output: { rows: resourceOf(tagShape) },
	fields: [tagId.field],
});
