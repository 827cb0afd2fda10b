import nock from 'nock';

import { run, sendsEveryOperation } from './cases';
import { BASE } from './fixtures';

sendsEveryOperation('callRecording');

afterEach(() => nock.cleanAll());

describe('CallFire › binary', () => {
	it('downloads a call recording as MP3', async () => {
		const audio = Buffer.from('ID3fake-mp3-bytes');
		nock(BASE)
			.get('/v2/calls/recordings/55.mp3')
			.reply(200, audio, { 'Content-Type': 'audio/mpeg' });
		const { items, error } = await run({
			resource: 'callRecording',
			operation: 'download',
			id: '55',
			binaryPropertyName: 'data',
		});
		expect(error).toBeUndefined();
		const binary = items[0].binary?.data;
		expect(binary).toMatchObject({ fileName: '55.mp3', mimeType: 'audio/mpeg' });
		expect(Buffer.from(binary!.data, 'base64')).toEqual(audio);
	});
});
