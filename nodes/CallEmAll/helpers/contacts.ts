import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { ValueTable } from '../../shared/operation';

/**
 * Contacts in the API's shape (`PrimaryPhone`, `FirstName`, …), and the search fields of the
 * contact feeds.
 */

const PHONE_KEYS = [
	'PrimaryPhone',
	'primaryPhone',
	'Phone',
	'phone',
	'PhoneNumber',
	'phoneNumber',
	'number',
];

/** One contact in the API's shape, from a loosely named object. */
export function toContact(source: IDataObject): IDataObject {
	const contact: IDataObject = {};
	const phone = PHONE_KEYS.map((key) => source[key]).find(
		(value) => value !== undefined && value !== null && String(value).trim() !== '',
	);
	if (phone !== undefined) contact.PrimaryPhone = String(phone).trim();
	const names: Array<[string, string[]]> = [
		['FirstName', ['FirstName', 'firstName', 'first_name']],
		['LastName', ['LastName', 'lastName', 'last_name']],
		['Notes', ['Notes', 'notes']],
		['IntegrationData', ['IntegrationData', 'integrationData']],
		['SecondaryPhone', ['SecondaryPhone', 'secondaryPhone']],
		['TertiaryPhone', ['TertiaryPhone', 'tertiaryPhone']],
	];
	for (const [target, keys] of names) {
		const value = keys.map((key) => source[key]).find((v) => v !== undefined && v !== null);
		if (value !== undefined) contact[target] = String(value);
	}
	return contact;
}

/** The search fields of the contact feeds: option name, contact field, display name, example. */
const CONTACT_FILTERS: Array<[string, string, string, string]> = [
	['filterFirstName', 'FirstName', 'First Name', ''],
	['filterIntegrationData', 'IntegrationData', 'Integration Data', ''],
	['filterLastName', 'LastName', 'Last Name', ''],
	['filterNotes', 'Notes', 'Notes', ''],
	['filterPrimaryPhone', 'PrimaryPhone', 'Primary Phone', 'e.g. 2145555055'],
	['filterSecondaryPhone', 'SecondaryPhone', 'Secondary Phone', 'e.g. 2145555055'],
	['filterTertiaryPhone', 'TertiaryPhone', 'Tertiary Phone', 'e.g. 2145555055'],
];

/**
 * Search fields of the contact feeds, sent as plain `Field=value` filters on the contact's own
 * fields (the doc's filter convention; it names no search parameter).
 */
export const contactFilterOptions: INodeProperties[] = CONTACT_FILTERS.map(
	([name, field, displayName, placeholder]) => ({
		displayName,
		name,
		type: 'string',
		default: '',
		placeholder,
		description: `Only contacts whose ${displayName} is this value (sent as ${field}=…)`,
	}),
);

/** The query of the contact search fields: `FirstName=…`, `PrimaryPhone=…`, … */
export const CONTACT_FILTER_QUERY: ValueTable = Object.fromEntries(
	CONTACT_FILTERS.map(([name, field]) => [field, `options.${name}`]),
);
