import type { FieldSpec } from '../../../shared/operation';
import { additionalFields, type FieldConverter } from '../../helpers/additionalFields';
import type { OutputShape } from '../../helpers/answers';
import { pathId } from '../../helpers/ids';
import { phoneValue, required } from '../../helpers/values';

/** The contact and the phone in the path: `/contacts/{contact_id}/phones/{phone_id}`. */
export const contactId = pathId('contactPhoneContactId', 'Contact ID');
export const phoneId = pathId('contactPhonePhoneId', 'Phone ID');

/** Where the doc's answers have one phone: `phone`. */
export const phoneShape: OutputShape = { path: ['phone'] };

/** The phone types of the doc's phone routes: HOME = 1; WORK = 2; CELL = 3; FAX = 4; OTHER = 5. */
export const phoneTypes = [
	{ name: 'Cell', value: 3 },
	{ name: 'Fax', value: 4 },
	{ name: 'Home', value: 1 },
	{ name: 'Other', value: 5 },
	{ name: 'Work', value: 2 },
];

/** Add and Update: the number, which the doc requires. */
export const phoneNumberField: FieldSpec = {
	displayName: 'Phone Number',
	name: 'contactPhoneNumber',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. 12061234567',
};

export const phoneNumberValue = required(
	phoneNumberField.name,
	'Phone Number',
	phoneValue('Phone Number'),
);

/** Additional Fields → Primary is sent as true / false. */
export const primaryConverter: Record<string, FieldConverter> = {
	is_primary: (_context, value, body) => {
		body.is_primary = value === true;
	},
};

export const contactPhoneAdditionalFields = additionalFields('contactPhoneAdditionalFields', [
	{
		displayName: 'Label',
		name: 'label',
		type: 'string',
		default: '',
		description: 'A friendly label for the phone',
	},
	{
		displayName: 'Primary',
		name: 'is_primary',
		type: 'boolean',
		default: false,
		description: 'Whether this is the main phone number',
	},
]);
