import { defineOperation } from '../../../shared/operation';
import { resourceOf } from '../../helpers/answers';
import { pathIds } from '../../helpers/ids';
import { customFieldId, customFieldShape } from './common';

/** Custom Field → Get: `GET /customfields/{custom_field_id}` (doc line 1456). */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	action: 'Get a custom field',
	description: 'Get one custom field',
	method: 'GET',
	path: '/customfields/{customFieldId}',
	pathParameters: pathIds(customFieldId),
	output: { rows: resourceOf(customFieldShape) },
	fields: [customFieldId.field],
});
