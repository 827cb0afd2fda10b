import { defineOperation } from '../../../shared/operation';
import { additionalFieldsBody } from '../../helpers/additionalFields';
import { resourceOf } from '../../helpers/answers';
import { pathIds } from '../../helpers/ids';
import { customFieldAdditionalFields, customFieldId, customFieldShape } from './common';

/**
 * Custom Field → Update: `PUT /customfields/{custom_field_id}` (doc line 1481). display_name,
 * display_order and type are all optional (doc lines 1489-1503): an update with none is refused.
 */
export const update = defineOperation({
	value: 'update',
	name: 'Update',
	action: 'Update a custom field',
	description: 'Change a custom field',
	method: 'PUT',
	path: '/customfields/{customFieldId}',
	pathParameters: pathIds(customFieldId),
	output: { rows: resourceOf(customFieldShape) },
	hooks: {
		preSend: [
			additionalFieldsBody({
				collection: customFieldAdditionalFields.name,
				notEmpty: 'Add at least one field under Additional Fields (or Other Fields (JSON)).',
			}),
		],
	},
	fields: [customFieldId.field, customFieldAdditionalFields],
});
