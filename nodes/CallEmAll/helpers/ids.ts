import {
	NodeOperationError,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
} from 'n8n-workflow';

import type { PathParameter } from '../../shared/operation';
import { readField } from '../../shared/request';

/**
 * IDs as the doc types them: every ID it names is an Integer (UserID, BroadcastID, PersonID,
 * ListID). The system lists have IDs of 0 and below (Everyone 0, Unfiled -1, Deleted -2: doc
 * line 1592).
 */

/**
 * An ID placeholder of a path, checked before any request: only a whole number of at least
 * `min` is accepted. Anything else could change the path, e.g. "." turns `/v1/contacts/.` into
 * `/v1/contacts/`, the endpoint that deletes every contact. List IDs take `min` -2.
 */
export function pathId(label: string, min = 1): PathParameter {
	return {
		label,
		emptyMessage: `${label} is required`,
		convert(value, context) {
			const id = Number(value);
			if (!/^-?\d+$/.test(value) || !Number.isSafeInteger(id) || id < min) {
				throw new NodeOperationError(context.getNode(), `${label} "${value}" is not an ID`, {
					description: `${label} is a whole number${min === 1 ? ' above 0' : ''}. Nothing was sent.`,
					itemIndex: context.getItemIndex(),
				});
			}
			return value;
		},
	};
}

/** A contact list's ID in a path: your own lists are above 0, the system lists 0 to -2. */
export const LIST_ID = pathId('Contact List ID', -2);

/**
 * Whole-number IDs from "2, 14", "[2, 14]", a number or an array, in order and without
 * repeats. Nothing is dropped quietly: the first entry that is not a whole number of at least
 * `min` comes back as `wrong`.
 */
export function readIds(value: unknown, min = 1): { ids: number[]; wrong?: string } {
	let parts: unknown[];
	if (Array.isArray(value)) parts = value;
	else if (typeof value !== 'string') parts = [value];
	else {
		const text = String(value ?? '').trim();
		parts = text.replace(/^\[(.*)\]$/s, '$1').split(/[\s,;]+/);
	}
	const ids: number[] = [];
	for (const part of parts) {
		const text =
			typeof part === 'object' && part !== null ? JSON.stringify(part) : String(part ?? '');
		const entry = text.trim();
		if (entry === '') continue;
		const id = Number(entry);
		if (!/^-?\d+$/.test(entry) || !Number.isSafeInteger(id) || id < min) {
			return { ids, wrong: entry };
		}
		if (!ids.includes(id)) ids.push(id);
	}
	return { ids };
}

/**
 * preSend of Contact List › Delete: a system list (Everyone 0, Unfiled -1, Deleted -2) is not
 * deleted. The doc's Delete Contact List speaks of "a single contact list"; what deleting the
 * Everyone list would do (every contact?) it does not say, so the node does not try.
 */
export async function userListOnly(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const value = String(readField(this, 'listId', '') ?? '').trim();
	if (/^-?\d+$/.test(value) && Number(value) <= 0) {
		const name = { '0': 'Everyone', '-1': 'Unfiled', '-2': 'Deleted' }[value] ?? 'system';
		throw new NodeOperationError(
			this.getNode(),
			`Contact List ID ${value} is the ${name} list, which is not deleted`,
			{
				description:
					'Only your own contact lists (IDs above 0) are deleted. To delete contacts, use Contact › Delete Many; to empty the Deleted folder, use Empty Deleted Folder.',
				itemIndex: this.getItemIndex(),
			},
		);
	}
	return requestOptions;
}
