import type { INodeProperties } from 'n8n-workflow';

/**
 * Words and fields every vendor node uses alike, as n8n's own nodes and its lint want them.
 */

/** The description n8n's guidelines ask of a dropdown (or list) that also takes an ID. */
export const CHOOSE_OR_ID =
	'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>';

/** A dropdown's display name as n8n's lint wants it: "Folder ID" → "Folder Name or ID". */
export function nameOrIdLabel(label: string): string {
	return `${label.replace(/ ID$/, '')} Name or ID`;
}

/** A dropdown's description: its own words (if any), then `CHOOSE_OR_ID`. */
export function chooseOrIdDescription(description?: string): string {
	if (!description) return CHOOSE_OR_ID;
	return `${description.replace(/\.$/, '')}. ${CHOOSE_OR_ID}`;
}

/** The Return All switch of a list operation. */
export const RETURN_ALL: INodeProperties = {
	displayName: 'Return All',
	name: 'returnAll',
	type: 'boolean',
	default: false,
	description: 'Whether to return all results or only up to a given limit',
};

/** The Limit of a list operation, shown while Return All is off. */
export const LIMIT: INodeProperties = {
	displayName: 'Limit',
	name: 'limit',
	type: 'number',
	default: 50,
	typeOptions: { minValue: 1 },
	description: 'Max number of results to return',
	displayOptions: { show: { returnAll: [false] } },
};

/** Where a download puts its file. */
export const OUTPUT_BINARY_FIELD: INodeProperties = {
	displayName: 'Put Output File in Field',
	name: 'binaryPropertyName',
	type: 'string',
	default: 'data',
	required: true,
	hint: 'The name of the output binary field to put the file in',
};

/** Where an upload takes its file from. */
export const INPUT_BINARY_FIELD: INodeProperties = {
	displayName: 'Input Binary Field',
	name: 'binaryPropertyName',
	type: 'string',
	default: 'data',
	required: true,
	hint: 'The name of the input binary field with the file to upload',
};
