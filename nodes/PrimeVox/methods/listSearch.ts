import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { vendorRequest } from '../../shared/transport';
import { callsOfPage } from '../helpers/callPages';
import { CREDENTIAL_TYPE, primeVoxHttp, scriptUrl } from '../transport';

/** The first page of today's calls, for the call picker. */
export async function fetchRecentCalls(this: ILoadOptionsFunctions): Promise<IDataObject[]> {
	const credentials = await this.getCredentials(CREDENTIAL_TYPE);
	const body = await vendorRequest(this, primeVoxHttp, CREDENTIAL_TYPE, {
		method: 'GET',
		url: scriptUrl(credentials, 'callListScript'),
		qs: { page: 1 },
		json: true,
	});
	return callsOfPage(body);
}

/** The call picker of Get and Update: today's calls, searched by ID, caller or number. */
export async function searchCalls(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const calls = await fetchRecentCalls.call(this);
	const wanted = (filter ?? '').toLowerCase();
	const results = calls
		.filter(
			(call) =>
				wanted === '' ||
				[call.callUuid, call.cidName, call.cidNum, call.numDialed].some((value) =>
					String(value ?? '')
						.toLowerCase()
						.includes(wanted),
				),
		)
		.slice(0, 100)
		.map((call) => ({
			name: `${String(call.callDate ?? '')} ${String(call.cidName || call.cidNum || '')} → ${String(call.numDialed ?? '')}`.trim(),
			value: String(call.callUuid),
		}));
	return { results };
}
