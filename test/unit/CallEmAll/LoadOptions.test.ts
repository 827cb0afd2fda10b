import { CallEmAllApi } from '../../../credentials/CallEmAllApi.credentials';
import { callEmAllLoadOptions } from '../../../nodes/CallEmAll/LoadOptions';
import { AUTH_TOKEN, BASE, CREDENTIALS, DOC, SECRET_KEY, signatureVerifies } from './fixtures';

/** A load-options context whose authenticated request helper signs with the real credential. */
function pickerContext(answer: unknown) {
	const requests: Array<{ method?: string; url?: string; qs?: object; signed: boolean }> = [];
	const credentials = CREDENTIALS.callEmAllApi;
	const context = {
		getNodeParameter: () => undefined,
		getCredentials: async () => credentials,
		getNode: () => ({ name: 'Call-Em-All', type: 'n8n-nodes-telephony.callEmAll' }),
		helpers: {
			async httpRequestWithAuthentication(
				type: string,
				options: { method?: string; url?: string; qs?: Record<string, unknown>; headers?: object },
			) {
				const signed = await new CallEmAllApi().authenticate(credentials, options as never);
				const header = String((signed.headers as Record<string, string>).Authorization);
				const query = new URLSearchParams(
					Object.fromEntries(
						Object.entries(options.qs ?? {}).map(([key, value]) => [key, String(value)]),
					),
				).toString();
				requests.push({
					method: options.method,
					url: options.url,
					qs: options.qs,
					signed:
						type === 'callEmAllApi' &&
						header.includes(`oauth_token="${AUTH_TOKEN}"`) &&
						signatureVerifies(
							String(options.method),
							`${options.url}?${query}`,
							header,
							SECRET_KEY,
						),
				});
				return { statusCode: 200, headers: {}, body: answer };
			},
		},
	};
	return { context: context as never, requests };
}

describe('Call-Em-All › dropdowns', () => {
	it('lists contact lists by name and size from the doc answer, signed', async () => {
		const { context, requests } = pickerContext(DOC.listFeed);
		const options = await callEmAllLoadOptions.getContactLists.call(context);
		expect(requests).toEqual([
			{ method: 'GET', url: `${BASE}/v1/lists`, qs: { page: 1, pagesize: 1000 }, signed: true },
		]);
		expect(options).toEqual([
			{ name: '11 (Copy) (0 contacts)', value: '35' },
			{ name: 'Everyone (4233 contacts)', value: '0' },
		]);
	});

	it('offers only your own lists to delete (system lists have IDs of 0 and below)', async () => {
		const { context } = pickerContext(DOC.listFeed);
		const options = await callEmAllLoadOptions.getOwnContactLists.call(context);
		expect(options).toEqual([{ name: '11 (Copy) (0 contacts)', value: '35' }]);
	});

	it('offers every list but the Deleted folder for a broadcast, Everyone included', async () => {
		// The doc's list feed (line 1592) holds the three system lists: Deleted (-2), Everyone
		// (0) and Unfiled (-1). Create Broadcast's Lists (line 430) forbids none of them; the
		// Deleted folder holds deleted contacts, so it is not offered.
		const system = (ListID: number, ListName: string, RosterCount: number) => ({
			...DOC.listFeed.Items[0],
			Uri: `/v1/lists/${ListName.toLowerCase()}`,
			ListID,
			ListName,
			RosterCount,
		});
		const feed = {
			...DOC.listFeed,
			Size: 4,
			Items: [system(-2, 'Deleted', 29), ...DOC.listFeed.Items, system(-1, 'Unfiled', 3926)],
		};
		const { context } = pickerContext(feed);
		const options = await callEmAllLoadOptions.getBroadcastLists.call(context);
		expect(options).toEqual([
			{ name: '11 (Copy) (0 contacts)', value: '35' },
			{ name: 'Everyone (4233 contacts)', value: '0' },
			{ name: 'Unfiled (3926 contacts)', value: '-1' },
		]);
	});

	it('lists broadcasts newest first, their ID read from the Uri as the doc answers', async () => {
		const { context, requests } = pickerContext(DOC.broadcastFeed);
		const options = await callEmAllLoadOptions.getBroadcasts.call(context);
		expect(requests[0].qs).toEqual({ page: 1, pagesize: 1000, sortby: '-CreatedDate' });
		expect(requests[0].signed).toBe(true);
		expect(options).toEqual([
			{ name: 'Test Broadcast (Complete, 2014-01-01 15:54:13-0600)', value: '23718' },
		]);
	});
});
