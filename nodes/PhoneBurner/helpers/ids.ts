import { NodeOperationError, type IExecuteSingleFunctions } from 'n8n-workflow';

import { CHOOSE_OR_ID, nameOrIdLabel } from '../../shared/descriptions';
import type { FieldSpec, PathParameter } from '../../shared/operation';
import { checkPhone } from './values';

/**
 * The IDs in PhoneBurner's paths (`/contacts/{contact_id}/emails/{email_id}`). Each is a field
 * of its own per resource (`contactEmailContactId`): n8n's declarative engine resolves every
 * property named like a parameter for every item, so one `contactId` shared by five resources
 * would evaluate the user's expression five times. The names are saved in workflows.
 */

/** One ID of a path: its field in the editor and how it fills the path. */
export interface PathId {
	field: FieldSpec;
	parameter: PathParameter;
}

/**
 * An ID value as it may go into a path: not empty (the builder refuses that first), not `.` or
 * `..` (the URL would lose its last segment: DELETE /contacts/{id} would become DELETE
 * /contacts, the bulk delete), a phone number where one is wanted.
 */
export function checkId(
	context: IExecuteSingleFunctions,
	value: string,
	label: string,
	phone = false,
): string {
	if (value === '') {
		throw new NodeOperationError(context.getNode(), `The "${label}" field is empty`, {
			description: `Fill in ${label}.`,
			itemIndex: context.getItemIndex(),
		});
	}
	if (/^\.+$/.test(value)) {
		throw new NodeOperationError(context.getNode(), `The "${label}" field is not an ID: ${value}`, {
			itemIndex: context.getItemIndex(),
		});
	}
	if (phone) checkPhone(context, value, label);
	return value;
}

/**
 * A path ID named `name` (the field, and the path's `{name}`), called `label` in messages. With a
 * dropdown method it is a "Name or ID" dropdown of the account's own entries.
 */
export function pathId(
	name: string,
	label: string,
	options: { loadOptionsMethod?: string; phone?: boolean } = {},
): PathId {
	const { loadOptionsMethod, phone = false } = options;
	const field: FieldSpec = loadOptionsMethod
		? {
				displayName: nameOrIdLabel(label),
				name,
				type: 'options',
				typeOptions: { loadOptionsMethod },
				default: '',
				required: true,
				description: CHOOSE_OR_ID,
			}
		: {
				displayName: label,
				name,
				type: 'string',
				default: '',
				required: true,
				description: `The ${label} to use`,
			};
	return {
		field,
		parameter: {
			label,
			emptyMessage: `The "${label}" field is empty`,
			emptyHint: `Fill in ${label}.`,
			convert: (value, context) => checkId(context, value, label, phone),
		},
	};
}

/** The `pathParameters` of an operation whose path has these IDs. */
export function pathIds(...ids: PathId[]): Record<string, PathParameter> {
	return Object.fromEntries(ids.map((id) => [id.field.name, id.parameter]));
}

/**
 * The name of a resource's own copy of a path ID (`contactEmail` + `contactId` →
 * `contactEmailContactId`; a name that starts with the resource stays as it is: `folderId`).
 * These names are saved in workflows.
 */
export function parameterName(resource: string, name: string): string {
	return name.startsWith(resource)
		? name
		: `${resource}${name.charAt(0).toUpperCase()}${name.slice(1)}`;
}
