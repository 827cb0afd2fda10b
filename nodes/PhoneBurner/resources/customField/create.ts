import { defineOperation } from '../../../shared/operation';
import { additionalFieldsBody } from '../../helpers/additionalFields';
import { resourceOf } from '../../helpers/answers';
import { numberValue, required } from '../../helpers/values';
import { customFieldAdditionalFields, customFieldShape, customFieldTypes } from './common';

/** Custom Field → Create: `POST /customfields` (doc line 1424), display name and type required. */
export const create = defineOperation({
	value: 'create',
	name: 'Create',
	action: 'Create a custom field',
	description: 'Create a new custom field',
	method: 'POST',
	path: '/customfields',
	body: {
		type: 'json',
		fields: {
			display_name: required('customFieldDisplayName', 'Display Name'),
			type: required('customFieldType', 'Type', numberValue('Type')),
		},
	},
	output: { rows: resourceOf(customFieldShape) },
	hooks: { preSend: [additionalFieldsBody({ collection: customFieldAdditionalFields.name })] },
	fields: [
		{
			displayName: 'Display Name',
			name: 'customFieldDisplayName',
			type: 'string',
			default: '',
			required: true,
			description: 'The name of the field as shown in PhoneBurner',
		},
		{
			displayName: 'Type',
			name: 'customFieldType',
			type: 'options',
			default: 1,
			required: true,
			options: customFieldTypes,
		},
		customFieldAdditionalFields,
	],
});
