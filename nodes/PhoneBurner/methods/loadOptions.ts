import type {
	IDataObject,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	INodePropertyOptions,
} from 'n8n-workflow';

import { PageGuard } from '../../shared/paging';
import { vendorRequest } from '../../shared/transport';
import type { ListPaging } from '../../shared/vendor';
import type { OutputShape } from '../helpers/answers';
import { pagedList, wholeList } from '../helpers/pages';
import { connection, phoneBurnerHttp } from '../transport';

/** One dropdown: the list it reads, how that list comes, and which keys name and identify a row. */
interface Dropdown {
	url: string;
	paging: ListPaging;
	nameKeys: string[];
	idKeys: string[];
}

/**
 * A dropdown's entries: a paged list page by page up to its `total_pages` (a page with
 * nothing new ends it, see PageGuard); a whole list (folders) in one request without paging
 * parameters, as its doc shows it.
 */
async function listNames(
	context: ILoadOptionsFunctions,
	dropdown: Dropdown,
): Promise<INodePropertyOptions[]> {
	const { url, paging, nameKeys, idKeys } = dropdown;
	const { credentialType, base } = await connection(context);
	const request: IHttpRequestOptions = { method: 'GET', url: `${base}${url}`, json: true };
	paging.start(request, undefined);
	const guard = new PageGuard(`PhoneBurner ${url} dropdown`);
	const rows: IDataObject[] = [];
	for (;;) {
		const options: IHttpRequestOptions = {
			...request,
			...(request.qs ? { qs: { ...request.qs } } : {}),
		};
		const body = await vendorRequest(context, phoneBurnerHttp, credentialType, options);
		const { items, more } = paging.read(body, request, rows.length, undefined);
		if (!guard.isNew(items)) break;
		rows.push(...items);
		if (!more) break;
		guard.beforeNextPage();
	}
	return rows
		.map((row) => {
			const id = idKeys
				.map((key) => row[key])
				.find((value) => value !== undefined && value !== null);
			const name = nameKeys
				.map((key) => row[key])
				.find((value) => value !== undefined && value !== null && value !== '');
			return { name: String(name ?? id), value: String(id) };
		})
		.filter((option) => option.value !== 'undefined')
		.sort((a, b) => a.name.localeCompare(b.name));
}

const shape = (...path: string[]): OutputShape => ({ path });

/** Folders: GET /folders comes whole (the doc shows no paging for it). */
export async function getFolders(this: ILoadOptionsFunctions) {
	return await listNames(this, {
		url: '/folders',
		paging: wholeList(shape('folders')),
		nameKeys: ['folder_name', 'name'],
		idKeys: ['folder_id', 'id'],
	});
}

export async function getTags(this: ILoadOptionsFunctions) {
	return await listNames(this, {
		url: '/tags',
		paging: pagedList(shape('tags', 'tags')),
		nameKeys: ['title', 'name'],
		idKeys: ['id', 'tag_id'],
	});
}

export async function getMembers(this: ILoadOptionsFunctions) {
	return await listNames(this, {
		url: '/members',
		paging: pagedList(shape('members', 'members')),
		nameKeys: ['username', 'email_address', 'first_name'],
		idKeys: ['user_id', 'id'],
	});
}

export async function getCustomFields(this: ILoadOptionsFunctions) {
	return await listNames(this, {
		url: '/customfields',
		paging: pagedList(shape('customfields', 'customfields')),
		nameKeys: ['display_name', 'name'],
		idKeys: ['custom_field_id', 'id'],
	});
}
