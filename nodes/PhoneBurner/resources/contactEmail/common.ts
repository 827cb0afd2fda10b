import type { FieldSpec } from '../../../shared/operation';
import { additionalFields } from '../../helpers/additionalFields';
import type { OutputShape } from '../../helpers/answers';
import { pathId } from '../../helpers/ids';
import { emailValue, required } from '../../helpers/values';

/** The contact and the email in the path: `/contacts/{contact_id}/emails/{email_id}`. */
export const contactId = pathId('contactEmailContactId', 'Contact ID');
export const emailId = pathId('contactEmailEmailId', 'Email ID');

/** Where the doc's answers have one email address: `email`. */
export const emailShape: OutputShape = { path: ['email'] };

/** Add and Update: the address, which the doc requires. */
export const emailAddressField: FieldSpec = {
	displayName: 'Email Address',
	name: 'contactEmailAddress',
	type: 'string',
	placeholder: 'name@email.com',
	default: '',
	required: true,
};

export const emailAddressValue = required(
	emailAddressField.name,
	'Email Address',
	emailValue('Email Address'),
);

export const contactEmailAdditionalFields = additionalFields('contactEmailAdditionalFields');
