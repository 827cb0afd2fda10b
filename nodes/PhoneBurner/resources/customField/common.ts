import { additionalFields, onlyFor } from '../../helpers/additionalFields';
import type { OutputShape } from '../../helpers/answers';
import { pathId } from '../../helpers/ids';

/** The custom field in the path: `/customfields/{custom_field_id}`. */
export const customFieldId = pathId('customFieldId', 'Custom Field ID', {
	loadOptionsMethod: 'getCustomFields',
});

/** Where the doc's answers have the custom fields: `customfields.customfields`. */
export const customFieldShape: OutputShape = { path: ['customfields', 'customfields'] };

/** The types the doc lists as valid for a custom field: 1 text, 2 checkbox, 3 date, 7 numeric. */
export const customFieldTypes = [
	{ name: 'Checkbox', value: 2 },
	{ name: 'Date', value: 3 },
	{ name: 'Numeric', value: 7 },
	{ name: 'Text Field', value: 1 },
];

export const customFieldAdditionalFields = additionalFields('customFieldAdditionalFields', [
	{
		displayName: 'Display Name',
		name: 'display_name',
		type: 'string',
		default: '',
		description: 'The name of the field as shown in PhoneBurner',
		displayOptions: onlyFor(['update']),
	},
	{
		displayName: 'Display Order',
		name: 'display_order',
		type: 'number',
		default: 0,
		description: 'Where the field is shown among the others',
	},
	{
		displayName: 'Type',
		name: 'type',
		type: 'options',
		default: 1,
		options: customFieldTypes,
		displayOptions: onlyFor(['update']),
	},
]);
