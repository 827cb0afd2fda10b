import type { FieldSpec, ValueTable } from '../../../shared/operation';
import { additionalFields } from '../../helpers/additionalFields';
import type { OutputShape } from '../../helpers/answers';
import { pathId } from '../../helpers/ids';
import { required } from '../../helpers/values';

/** The contact and the custom field in the path: `/contacts/{contact_id}/customfields/{custom_field_id}`. */
export const contactId = pathId('contactCustomFieldContactId', 'Contact ID');
export const customFieldId = pathId('contactCustomFieldCustomFieldId', 'Custom Field ID', {
	loadOptionsMethod: 'getCustomFields',
});

/** Where the doc's answers have the custom field values: `customfields.customfields`. */
export const customFieldShape: OutputShape = { path: ['customfields', 'customfields'] };

/** Add and Update: the value, which the doc requires. */
export const valueField: FieldSpec = {
	displayName: 'Value',
	name: 'contactCustomFieldValue',
	type: 'string',
	default: '',
	required: true,
	description:
		'The value. For a dropdown field it is matched to an existing option; a new option is added when none matches.',
};

export const valueBody: ValueTable = { value: required(valueField.name, 'Value') };

export const contactCustomFieldAdditionalFields = additionalFields(
	'contactCustomFieldAdditionalFields',
);
