import type { IDataObject } from 'n8n-workflow';

export const BASE = 'https://develop.phoneburner.com';

/** A made-up token, built at run time so it cannot be mistaken for a real one. */
export const TEST_TOKEN = ['pb', 'TEST', 'token', '0123456789'].join('-');

export const CREDENTIALS = {
	phoneBurnerApi: { accessToken: TEST_TOKEN, baseUrl: 'https://develop.phoneburner.com/rest/1' },
};

/** The doc's list envelope. */
export function listEnvelope(
	key: string,
	rows: IDataObject[],
	page: number,
	totalPages: number,
	pageSize = rows.length,
): IDataObject {
	return {
		http_status: 200,
		status: 'success',
		[key]: {
			[key]: rows,
			page_size: pageSize,
			total_results: String(rows.length * totalPages),
			page,
			total_pages: totalPages,
		},
	};
}

export function contactRow(id: string): IDataObject {
	return {
		contact_user_id: id,
		owner_id: '13514766',
		first_name: 'John',
		last_name: 'Demo',
		do_not_call: '0',
	};
}
