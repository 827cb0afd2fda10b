import { defineOperation } from '../../../shared/operation';
import { additionalFieldsBody } from '../../helpers/additionalFields';
import { resourceOf } from '../../helpers/answers';
import { contactAdditionalFields, contactConverters, contactShape } from './common';

/** Contact → Create: `POST /contacts` (doc line 162), every field under Additional Fields. */
export const create = defineOperation({
	value: 'create',
	name: 'Create',
	action: 'Create a contact',
	description: 'Add a new contact',
	method: 'POST',
	path: '/contacts',
	output: { rows: resourceOf(contactShape) },
	hooks: {
		preSend: [
			additionalFieldsBody({
				collection: contactAdditionalFields.name,
				convert: contactConverters,
			}),
		],
	},
	fields: [contactAdditionalFields],
});
