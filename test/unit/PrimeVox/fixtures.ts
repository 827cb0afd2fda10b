/**
 * Answers shaped as the PrimeVox doc describes them: the Call Summary fields, the Call Details
 * fields and events, and the notes API's success and error strings.
 */
import type { IDataObject } from 'n8n-workflow';

import sample from '../../fixtures/primevox.json';

export const BASE = 'https://pbx.primevox.net';

/** A made-up key, built at run time so it cannot be mistaken for a real one. */
export const TEST_KEY = ['pvx', 'SECRET', 'key', '0123456789'].join('-');

export const CREDENTIALS = {
	primeVoxApi: {
		authKey: TEST_KEY,
		containerId: '123456',
		tenantId: '001',
		baseUrl: 'https://pbx.primevox.net/api',
		callListScript: 'call_list.php',
		callDetailsScript: 'call_details.php',
		recordingScript: 'call_recording.php',
		callNotesScript: 'call_notes.php',
	},
};

export const AUTH_QUERY = { auth: TEST_KEY, containerID: '123456', tenantID: '001' };

export function callRow(id: string, overrides: IDataObject = {}): IDataObject {
	return {
		callUuid: id,
		...sample.call,
		recordingUrl: `https://pbx.primevox.net/api/call_recording.php?auth=${TEST_KEY}&containerID=123456&fileName=${id}.wav`,
		...overrides,
	};
}

export const SAMPLE_EVENTS = sample.events as IDataObject[];

/** One Call Summary page: the paging numbers beside the calls, keyed by call id. */
export function callListPage(
	ids: string[],
	page: number,
	maxPages: number,
	total: number,
): IDataObject {
	const body: IDataObject = {
		currentResultSize: ids.length,
		currentPage: page,
		maxResultSize: total,
		maxPages,
		utcOffset: 0,
	};
	for (const id of ids) body[id] = callRow(id);
	return body;
}

export function callDetailsPage(
	page: number,
	maxPages: number,
	events: IDataObject[],
): IDataObject {
	const body: IDataObject = {
		currentResultSize: events.length,
		currentPage: page,
		maxResultSize: 3,
		maxPages,
		utcOffset: 0,
		...callRow('1704449700.101'),
	};
	for (const event of events) body[String(event.eventUuid)] = event;
	return body;
}

/** A Call Details answer for one call (its fields as the doc lists them, no events). */
export function callDetailsOf(id: string, overrides: IDataObject = {}): IDataObject {
	return {
		currentResultSize: 0,
		currentPage: 1,
		maxResultSize: 0,
		maxPages: 1,
		utcOffset: 0,
		...callRow(id, overrides),
	};
}
