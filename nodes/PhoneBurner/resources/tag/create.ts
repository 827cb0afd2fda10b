import { defineOperation } from '../../../shared/operation';
import { additionalFieldsBody } from '../../helpers/additionalFields';
import { resourceOf } from '../../helpers/answers';
import { tagAdditionalFields, tagShape, titleBody, titleField } from './common';

/** Tag → Create: `POST /tags`, the title required. */
export const create = defineOperation({
	value: 'create',
	name: 'Create',
	action: 'Create a tag',
	description: 'Add a new tag',
	method: 'POST',
	path: '/tags',
	body: titleBody,
	output: { rows: resourceOf(tagShape) },
	hooks: { preSend: [additionalFieldsBody({ collection: tagAdditionalFields.name })] },
	fields: [titleField, tagAdditionalFields],
});
