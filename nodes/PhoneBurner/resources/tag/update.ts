import { defineOperation } from '../../../shared/operation';
import { additionalFieldsBody } from '../../helpers/additionalFields';
import { resourceOf } from '../../helpers/answers';
import { pathIds } from '../../helpers/ids';
import { tagAdditionalFields, tagId, tagShape, titleBody, titleField } from './common';

/** Tag → Update: `PUT /tags/{tag_id}`, a new title. */
export const update = defineOperation({
	value: 'update',
	name: 'Update',
	action: 'Update a tag',
	description: "Change a tag's title",
	method: 'PUT',
	path: '/tags/{tagId}',
	pathParameters: pathIds(tagId),
	body: titleBody,
	output: { rows: resourceOf(tagShape) },
	hooks: { preSend: [additionalFieldsBody({ collection: tagAdditionalFields.name })] },
	fields: [tagId.field, titleField, tagAdditionalFields],
});
