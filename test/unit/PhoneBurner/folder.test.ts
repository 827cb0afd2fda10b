import nock from 'nock';

import * as DOC from './docExamples';
import { run, vendor } from './requests';
import { SUCCESS, list, sendsEveryOperation, type Case } from './cases';

afterEach(() => nock.cleanAll());

/**
 * Every Folder operation: its exact request as the doc documents it, answered with the doc's own
 * example (or 204 where the doc says so), and the clean items it outputs.
 */
const CASES: Case[] = [
	// Folder
	{
		// Doc line 2115: `curl "https://develop.phoneburner.com/rest/1/folders"`, no paging.
		title: 'folder get many',
		parameters: { resource: 'folder', operation: 'getAll', ...list() },
		method: 'GET',
		path: '/folders',
		query: {},
		reply: DOC.foldersList,
		output: Object.values(DOC.foldersList.folders),
	},
	{
		title: 'folder get many with the structure',
		parameters: { resource: 'folder', operation: 'getAll', ...list(), folderStructure: true },
		method: 'GET',
		path: '/folders',
		// Doc line 2139: `…/rest/1/folders?structure=1`.
		query: { structure: '1' },
		reply: DOC.foldersStructure,
		output: Object.values(DOC.foldersStructure.folders),
	},
	{
		title: 'folder create',
		parameters: {
			resource: 'folder',
			operation: 'create',
			folderName: 'Folder #1',
			additionalFields: { description: 'My Description', parent_id: '132022' },
		},
		method: 'POST',
		path: '/folders',
		body: { name: 'Folder #1', description: 'My Description', parent_id: 132022 },
		reply: DOC.folderCreate,
		output: [DOC.folderCreate.folders['0']],
	},
	{
		title: 'folder update',
		parameters: {
			resource: 'folder',
			operation: 'update',
			folderId: '132022',
			additionalFields: { name: 'Folder #2', description: 'My Description', parent_id: '0' },
		},
		method: 'PUT',
		path: '/folders/132022',
		body: { name: 'Folder #2', description: 'My Description', parent_id: 0 },
		reply: DOC.folderUpdate,
		output: [DOC.folderUpdate.folders['0']],
	},
	{
		title: 'folder delete, moving its contacts',
		parameters: {
			resource: 'folder',
			operation: 'delete',
			folderId: '132022',
			folderMoveFolderId: '0',
		},
		method: 'DELETE',
		path: '/folders/132022',
		query: { move_folder_id: '0' },
		output: SUCCESS,
	},
	{
		title: 'folder delete',
		parameters: { resource: 'folder', operation: 'delete', folderId: '132022' },
		method: 'DELETE',
		path: '/folders/132022',
		output: SUCCESS,
	},
];

sendsEveryOperation('folder', CASES);

describe('PhoneBurner › Folder', () => {
	it('lists folders from the doc object keyed by position', async () => {
		const { scope } = vendor({
			method: 'GET',
			path: '/folders',
			query: {},
			reply: DOC.foldersList,
		});
		const { items } = await run({ resource: 'folder', operation: 'getAll', returnAll: true });
		expect(scope.isDone()).toBe(true);
		expect(items.map((item) => item.json.folder_id)).toEqual(['11888', '11999', '11000']);
	});
});
