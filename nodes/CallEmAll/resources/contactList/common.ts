import type { FieldSpec } from '../../../shared/operation';
import { contactIdsField } from '../../helpers/contactDeleteFields';
import { idFieldSpec } from '../../helpers/fields';
import { LIST_ID } from '../../helpers/ids';

/** What several contact list operations share: the list in the path, and the Contact IDs. */

/** The list an operation reads or changes: a dropdown of every list (system lists too), or an ID. */
export const listIdField: FieldSpec = idFieldSpec(
	'listId',
	'Contact List ID',
	'The contact list',
	'getContactLists',
);

/** `{listId}` of a path: a whole number, -2 or more (the system lists are 0 to -2). */
export const listPath = {
	pathParameters: { listId: LIST_ID },
};

/** The contacts Remove Contacts and Empty Deleted Folder act on. */
export const listContactIdsField: FieldSpec = contactIdsField(
	'IDs (PersonID) of the contacts, separated by commas',
);
