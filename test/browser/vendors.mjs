// What the browser test does with each vendor's node in n8n's editor: the name it is searched
// by, the action it adds, the dropdown that must list the stand-in's own values, the credential
// field a wrong value goes into (and the vendor's message for it), and what the output shows.
import { readFileSync } from 'node:fs';

import {
	addCollectionOption,
	openDropdown,
	openResourceList,
	pickOption,
	setDropdown,
	setText,
} from './editor.mjs';
import { SECRETS } from './server.mjs';

/**
 * The operation count of each node's table in the README (the one scripts/check-readme.mjs
 * keeps true): rows of a one-resource table, else the operations of every resource row.
 */
export function readmeOperationCounts(readmePath) {
	const readme = readFileSync(readmePath, 'utf8');
	const counts = {};
	for (const heading of ['PrimeVox', 'PhoneBurner', 'CallFire', 'CallEmAll']) {
		const start = readme.indexOf(`### Node: ${heading}`);
		if (start === -1) continue;
		const lines = readme.slice(start).split('\n');
		const first = lines.findIndex((line) => line.startsWith('|'));
		const rows = [];
		for (const line of lines.slice(first)) {
			if (!line.startsWith('|')) break;
			rows.push(
				line
					.split('|')
					.slice(1, -1)
					.map((cell) => cell.trim()),
			);
		}
		const body = rows.slice(2);
		counts[heading] =
			rows[0][0] === 'operation'
				? body.length
				: body.reduce(
						(sum, row) => sum + row[1].split(',').filter((name) => name.trim()).length,
						0,
					);
	}
	return counts;
}

/** In the order the test adds them, each after the one before (each gives the next one item). */
export const VENDORS = [
	{
		key: 'primeVox',
		readme: 'PrimeVox',
		search: 'PrimeVox',
		node: 'PrimeVox',
		otherResults: [],
		triggerEvents: ['On new call'],
		action: 'Get a call',
		dropdown: {
			label: 'Call (from the list of recent calls)',
			async open(page) {
				const { labels } = await openResourceList(page, 'callUuid');
				return labels;
			},
			// The stand-in's calls: the doc's sample call, 2024-01-05 from JANE DOE to 8005550199.
			expected: (labels) =>
				labels.length > 0 &&
				labels.every((label) => label.includes('JANE DOE') && label.includes('8005550199')),
			async pick(page) {
				const { items } = await openResourceList(page, 'callUuid').catch(() => ({
					items: page.getByTestId('rlc-item').filter({ visible: true }),
				}));
				await items.first().click();
			},
		},
		credentialField: 'authKey',
		rightValue: () => SECRETS.primeVox,
		wrongMessage: 'Your API Auth Key is invalid.',
		output: {
			count: '1 item',
			columns: ['callUuid', 'callDirectionName', 'events'],
			cell: '1704449700.1',
		},
	},
	{
		key: 'callFire',
		readme: 'CallFire',
		search: 'CallFire',
		node: 'CallFire',
		otherResults: [],
		triggerEvents: ['On new CallFire event'],
		action: 'Add contacts to a contact list',
		dropdown: {
			label: 'Contact List',
			open: (page) => openDropdown(page, 'contactListId'),
			// The doc's contact list page, as the stand-in answers it.
			expected: (labels) => labels.includes('Created Contact List (1 contacts)'),
			async pick(page) {
				await pickOption(page, 'Created Contact List (1 contacts)');
				await setText(page, 'contactListEntryNumber', '12135551100');
			},
		},
		credentialField: 'password',
		rightValue: () => SECRETS.callFire,
		wrongMessage: 'UNAUTHORIZED - API Key missing or invalid',
		output: { count: '1 item', columns: ['number', 'success'], cell: '12135551100' },
	},
	{
		key: 'callEmAll',
		readme: 'CallEmAll',
		search: 'Call-Em-All',
		node: 'Call-Em-All',
		otherResults: ['Call-Em-All Poll Trigger'],
		triggerEvents: ['On all events', 'On broadcast status change', 'On other events'],
		action: 'Create a broadcast that calls or texts contacts',
		dropdown: {
			label: 'Contacts From: None (Lists Only) → Contact List Names or IDs',
			async open(page) {
				await setText(page, 'broadcastName', 'Spring reminder');
				await setDropdown(page, 'broadcastType', 'Text Message');
				await setText(page, 'textMessage', 'See you on Monday!');
				await setDropdown(page, 'contactSource', 'None (Lists, File Uploads or a Draft Only)');
				return await openDropdown(page, 'listIds');
			},
			// The account's own lists from the doc's list feed, and Everyone (ListID 0), which the doc
			// allows as a broadcast target.
			expected: (labels) =>
				labels.includes('101 (302 contacts)') &&
				labels.some((label) => label.startsWith('Everyone')),
			async pick(page) {
				await pickOption(page, '101 (302 contacts)');
				await page.keyboard.press('Escape');
			},
		},
		credentialField: 'secretKey',
		rightValue: () => SECRETS.callEmAll,
		wrongMessage: 'Call-Em-All refused the signed request (401)',
		output: {
			count: '1 item',
			columns: ['BroadcastID', 'BroadcastName', 'BroadcastType'],
			cell: 'Spring reminder',
		},
	},
	{
		key: 'phoneBurner',
		readme: 'PhoneBurner',
		search: 'PhoneBurner',
		node: 'PhoneBurner',
		otherResults: [],
		triggerEvents: ['On call begins', 'On call done', 'On contact displayed'],
		action: 'Get many contacts',
		dropdown: {
			label: 'Filters → Folder',
			async open(page) {
				await addCollectionOption(page, 'Add Filter', 'Folder Name or ID');
				return await openDropdown(page, 'category_id');
			},
			// The doc's folder list, as the stand-in answers it.
			expected: (labels) =>
				['Folder #1', 'Folder #2', 'Folder #3'].every((name) => labels.includes(name)),
			pick: (page) => pickOption(page, 'Folder #2'),
		},
		credentialField: 'accessToken',
		rightValue: () => SECRETS.phoneBurner,
		wrongMessage: 'PhoneBurner refused the access token (401)',
		output: {
			count: '45 items',
			columns: ['contact_user_id', 'first_name', 'primary_phone'],
			cell: 'John1',
		},
	},
];
