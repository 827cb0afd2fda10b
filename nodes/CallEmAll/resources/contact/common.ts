import type { FieldSpec } from '../../../shared/operation';
import { idFieldSpec } from '../../helpers/fields';
import { pathId } from '../../helpers/ids';

/** What Contact › Get and Delete share: the contact's ID in the path. */

/** The contact an operation reads or deletes, typed (PersonID). */
export const contactIdField: FieldSpec = idFieldSpec(
	'contactId',
	'Contact ID',
	'The ID (PersonID) of the contact',
);

/** `{contactId}` of a path: a whole number above 0, checked before any request. */
export const contactPath = {
	pathParameters: { contactId: pathId('Contact ID') },
};
