import { defineOperation } from '../../../shared/operation';
import { resourceOf } from '../../helpers/answers';
import { pathIds } from '../../helpers/ids';
import { customFieldId, customFieldShape } from './common';

/** Custom Field → Delete: `DELETE /customfields/{custom_field_id}` (doc line 1513). */
export const deleteOperation = defineOperation({
	value: 'delete',
	name: 'Delete',
	action: 'Delete a custom field',
	description: 'Delete a custom field',
	method: 'DELETE',
	path: '/customfields/{customFieldId}',
	pathParameters: pathIds(customFieldId),
	output: { rows: resourceOf(customFieldShape) },
	fields: [customFieldId.field],
});
