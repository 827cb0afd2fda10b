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

/**
 * Options → Request Pacing of every operation (`pacer.ts`), named and worded like the Batching
 * option of n8n's HTTP Request node. Its defaults are the vendor's (`VendorHttp.pacing`).
 */
export function requestPacingOption(
	vendorName: string,
	defaults: { maxInFlight: number; maxPerSecond: number },
): INodeProperties {
	return {
		displayName: 'Request Pacing',
		name: 'requestPacing',
		placeholder: 'Add Pacing',
		type: 'fixedCollection',
		typeOptions: { multipleValues: false },
		default: { pacing: {} },
		description: `How fast requests go to ${vendorName} with this credential, across the workflows this n8n runs. A 429 from ${vendorName} holds them for as long as it asks, whatever is set here.`,
		options: [
			{
				displayName: 'Pacing',
				name: 'pacing',
				values: [
					// eslint-disable-next-line n8n-nodes-base/node-param-default-missing -- the vendor's default
					{
						displayName: 'Max Requests in Flight',
						name: 'maxInFlight',
						type: 'number',
						typeOptions: { minValue: 0 },
						default: defaults.maxInFlight,
						description: `Requests sent to ${vendorName} and not answered yet, at most. 0 for no limit.`,
					},
					// eslint-disable-next-line n8n-nodes-base/node-param-default-missing -- the vendor's default
					{
						displayName: 'Max Requests per Second',
						name: 'maxPerSecond',
						type: 'number',
						typeOptions: { minValue: 0, numberPrecision: 2 },
						default: defaults.maxPerSecond,
						description:
							'Requests started per second, at most, e.g. 0.5 for 30 a minute. 0 for no limit.',
					},
				],
			},
		],
	};
}
