import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { callEmAllRequest } from './GenericFunctions';

/** Up to this many entries are offered in a dropdown; anything else is typed as an ID. */
const PICKER_SIZE = 1000;

/** The `Items` of one feed page (`{Size, Items, Previous, Next}`). */
async function feedItems(
	context: ILoadOptionsFunctions,
	url: string,
	qs: IDataObject,
): Promise<IDataObject[]> {
	const page = (await callEmAllRequest(context, { method: 'GET', url, qs })) as IDataObject;
	return (Array.isArray(page?.Items) ? page.Items : []) as IDataObject[];
}

/** Dropdowns for the IDs a user would otherwise look up in Call-Em-All. */
export const callEmAllLoadOptions = {
	/** The account's contact lists, the system lists (Everyone, Unfiled, Deleted) included. */
	async getContactLists(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const lists = await feedItems(this, '/v1/lists', { page: 1, pagesize: PICKER_SIZE });
		return lists
			.filter((list) => list.ListID !== undefined)
			.map((list) => ({
				name: `${String(list.ListName ?? list.ListID)} (${String(list.RosterCount ?? 0)} contacts)`,
				value: String(list.ListID),
			}))
			.sort((a, b) => a.name.localeCompare(b.name));
	},
	/** The account's own lists (the system lists have IDs of 0 and below), e.g. to delete one. */
	async getOwnContactLists(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const lists = await callEmAllLoadOptions.getContactLists.call(this);
		return lists.filter((list) => Number(list.value) > 0);
	},
	/**
	 * The lists a broadcast can go to: every list, Everyone (0) and Unfiled (-1) included, but
	 * not the Deleted folder (-2), whose contacts were deleted.
	 */
	async getBroadcastLists(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const lists = await callEmAllLoadOptions.getContactLists.call(this);
		return lists.filter((list) => Number(list.value) !== -2);
	},
	/** The newest broadcasts first, with their status and start date. */
	async getBroadcasts(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const broadcasts = await feedItems(this, '/v1/broadcasts', {
			page: 1,
			pagesize: PICKER_SIZE,
			sortby: '-CreatedDate',
		});
		return broadcasts.flatMap((broadcast) => {
			// The doc's broadcast list names each broadcast by its Uri (/v1/broadcasts/23718) only.
			const id =
				broadcast.BroadcastID ?? /\/broadcasts\/(\d+)/.exec(String(broadcast.Uri ?? ''))?.[1];
			if (id === undefined) return [];
			const about = [broadcast.BroadcastStatus, broadcast.StartDate].filter(Boolean).join(', ');
			return [
				{
					name: `${String(broadcast.BroadcastName ?? id)}${about ? ` (${about})` : ''}`,
					value: String(id),
				},
			];
		});
	},
};
