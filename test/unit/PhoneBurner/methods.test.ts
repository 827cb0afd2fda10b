import { loadOptions } from '../../../nodes/PhoneBurner/methods';
import * as DOC from './docExamples';
import { CREDENTIALS } from './fixtures';

describe('PhoneBurner › dropdowns', () => {
	function pickerContext(answer: object) {
		const requests: Array<{ url?: string; qs?: object; type: string }> = [];
		const context = {
			getNodeParameter: () => 'accessToken',
			getCredentials: async () => CREDENTIALS.phoneBurnerApi,
			getNode: () => ({ name: 'PhoneBurner', type: 'phoneBurner' }),
			helpers: {
				async httpRequestWithAuthentication(type: string, options: { url?: string; qs?: object }) {
					requests.push({ url: options.url, qs: options.qs, type });
					return { statusCode: 200, headers: {}, body: answer };
				},
			},
		};
		return { context: context as never, requests };
	}

	it('lists folders by name from the doc answer', async () => {
		const { context, requests } = pickerContext(DOC.foldersList);
		const options = await loadOptions.getFolders.call(context);
		expect(requests).toEqual([
			{
				url: 'https://develop.phoneburner.com/rest/1/folders',
				qs: undefined,
				type: 'phoneBurnerApi',
			},
		]);
		expect(options).toEqual([
			{ name: 'Folder #1', value: '11888' },
			{ name: 'Folder #2', value: '11999' },
			{ name: 'Folder #3', value: '11000' },
		]);
	});

	it('lists members by username from the doc answer', async () => {
		const { context } = pickerContext(DOC.membersList);
		const options = await loadOptions.getMembers.call(context);
		expect(options).toEqual([
			{ name: 'callsaul@bettercallsaul.com', value: '1234567' },
			{ name: 'walter@bettercallsaul.com', value: '1300000' },
		]);
	});
});
