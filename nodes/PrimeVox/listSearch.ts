import type { IDataObject, ILoadOptionsFunctions } from 'n8n-workflow';

import { vendorRequest } from '../shared/transport';
import { callsOfPage, primeVoxHttp } from './GenericFunctions';

/** The first page of today's calls, for the call picker. */
export async function fetchRecentCalls(this: ILoadOptionsFunctions): Promise<IDataObject[]> {
	const credentials = await this.getCredentials('primeVoxApi');
	const baseUrl = String(credentials.baseUrl).replace(/\/+$/, '');
	const body = await vendorRequest(this, primeVoxHttp, 'primeVoxApi', {
		method: 'GET',
		url: `${baseUrl}/${String(credentials.callListScript)}`,
		qs: { page: 1 },
		json: true,
	});
	return callsOfPage(body);
}
