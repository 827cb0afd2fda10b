import { defineOperation } from '../../../shared/operation';
import { additionalFieldsBody } from '../../helpers/additionalFields';
import { resourceOf } from '../../helpers/answers';
import { pathIds } from '../../helpers/ids';
import { contactAdditionalFields, contactConverters, contactId, contactShape } from './common';

/**
 * Contact → Update: `PUT /contacts/{contact_id}`. Every field but the ID is optional (doc lines
 * 505-672): a PUT with none changes nothing, so it is refused rather than sent.
 */
export const update = defineOperation({
	value: 'update',
	name: 'Update',
	action: 'Update a contact',
	description: 'Change the details of a contact',
	method: 'PUT',
	path: '/contacts/{contactId}',
	pathParameters: pathIds(contactId),
	output: { rows: resourceOf(contactShape) },
	hooks: {
		preSend: [
			additionalFieldsBody({
				collection: contactAdditionalFields.name,
				convert: contactConverters,
				notEmpty: 'Add at least one field under Additional Fields (or Other Fields (JSON)).',
			}),
		],
	},
	fields: [contactId.field, contactAdditionalFields],
});
