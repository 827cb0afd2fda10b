import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { CHOOSE_OR_ID } from '../../shared/descriptions';
import type { FieldSpec } from '../../shared/operation';

/** Small pieces of the node's description and output several resources use. */

/** postReceive for DELETE answers with no body: one item saying it worked. */
export async function deleted(
	this: IExecuteSingleFunctions,
	items: Array<{ json: IDataObject }>,
): Promise<Array<{ json: IDataObject }>> {
	return items.map((item) =>
		Object.keys(item.json ?? {}).length ? item : { ...item, json: { success: true } },
	);
}

/** A dropdown's description: its own words, then n8n's "Choose from the list …" (with a full stop). */
function chooseOrId(description: string): string {
	return `${description}. ${CHOOSE_OR_ID}.`;
}

/**
 * A required ID field: a dropdown of the account's records when a load-options method is named
 * ("Broadcast Name or ID"), else typed ("User ID").
 */
export function idFieldSpec(
	name: string,
	displayName: string,
	description: string,
	loadOptionsMethod?: string,
): FieldSpec {
	return {
		displayName: loadOptionsMethod ? `${displayName.replace(/ ID$/, '')} Name or ID` : displayName,
		name,
		type: loadOptionsMethod ? 'options' : 'string',
		...(loadOptionsMethod ? { typeOptions: { loadOptionsMethod } } : {}),
		required: true,
		default: '',
		description: loadOptionsMethod ? chooseOrId(description) : description,
	};
}
