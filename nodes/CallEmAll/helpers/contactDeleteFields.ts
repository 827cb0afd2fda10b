import type { FieldSpec } from '../../shared/operation';
import { DELETES_IN_FLIGHT } from './contactDeletes';

/**
 * The fields of the many-contacts deletes (Contact › Delete Many, Contact List › Remove Contacts,
 * Empty Deleted Folder) that `contactIdsRequest` (contactDeletes.ts) reads.
 */

/** The contacts to act on, shown while "every contact" is off (`description`: what is done). */
export function contactIdsField(description: string): FieldSpec {
	return {
		displayName: 'Contact IDs',
		name: 'contactIds',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 4947403, 4947404',
		description: `${description}. Empty, or anything that is not a whole number above 0, stops the item with nothing sent.`,
		show: { all: [false] },
	};
}

/**
 * The choice between one request per contact (default) and one request with a body, shown
 * while "every contact" is off.
 */
export function contactIdRequestsField(collection: string): FieldSpec {
	return {
		displayName: 'Requests',
		name: 'deleteRequests',
		type: 'options',
		noDataExpression: true,
		default: 'each',
		options: [
			{
				name: 'One Request for All IDs (Body Not Documented)',
				value: 'bulk',
				description: `One DELETE ${collection} whose body lists the IDs as [{"PersonID": ID}]. The API doc does not document that body, and it says that without one every contact is affected.`,
			},
			{
				name: 'One Request per Contact (Documented)',
				value: 'each',
				description: `DELETE ${collection}/{contact ID} for each contact, ${DELETES_IN_FLIGHT} at a time at most; one output item per contact`,
			},
		],
		show: { all: [false] },
	};
}
