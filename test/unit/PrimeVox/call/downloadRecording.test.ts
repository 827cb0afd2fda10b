/** PrimeVox Call → Download Recording (`GET call_recording.php`). */
import nock from 'nock';

import { AUTH_QUERY, BASE } from '../fixtures';
import { run } from '../run';

describe('PrimeVox › Call › Download Recording', () => {
	it('takes the file name from recordingUrl and outputs the audio as binary', async () => {
		const audio = Buffer.from('RIFF....WAVEfmt fake wav bytes');
		const scope = nock(BASE)
			.get('/api/call_recording.php')
			.query({ ...AUTH_QUERY, fileName: '1704449700.101.wav' })
			.reply(200, audio, { 'Content-Type': 'application/octet-stream' });

		const { items, error } = await run({
			operation: 'downloadRecording',
			recordingSource: 'url',
			recordingUrl:
				'https://pbx.primevox.net/api/call_recording.php?auth=[redacted]&containerID=123456&fileName=1704449700.101.wav',
			binaryPropertyName: 'recording',
		});

		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		const binary = items[0].binary?.recording;
		expect(binary).toMatchObject({
			fileName: '1704449700.101.wav',
			mimeType: 'audio/wav',
			fileExtension: 'wav',
		});
		expect(Buffer.from(binary!.data, 'base64')).toEqual(audio);
		expect(items[0].json).toEqual({
			fileName: '1704449700.101.wav',
			mimeType: 'audio/wav',
			fileSize: audio.length,
		});
	});

	it('downloads by file name, with the server-given audio type', async () => {
		nock(BASE)
			.get('/api/call_recording.php')
			.query({ ...AUTH_QUERY, fileName: 'vm-22.mp3' })
			.reply(200, Buffer.from('ID3 mp3'), { 'Content-Type': 'audio/mpeg' });

		const { items } = await run({
			operation: 'downloadRecording',
			recordingSource: 'fileName',
			fileName: 'vm-22.mp3',
			binaryPropertyName: 'data',
		});

		expect(items[0].binary?.data).toMatchObject({ fileName: 'vm-22.mp3', mimeType: 'audio/mpeg' });
	});

	it('reports a JSON error answer instead of saving it as audio', async () => {
		nock(BASE)
			.get('/api/call_recording.php')
			.query(true)
			.reply(
				200,
				{ error: 'Your Container ID is invalid.' },
				{ 'Content-Type': 'application/json' },
			);

		const { error } = await run({
			operation: 'downloadRecording',
			recordingSource: 'fileName',
			fileName: 'x.wav',
			binaryPropertyName: 'data',
		});

		expect(error?.message).toBe('Your Container ID is invalid.');
	});

	it('refuses a recording URL that is not one, before any request', async () => {
		const { error } = await run({
			operation: 'downloadRecording',
			recordingSource: 'url',
			recordingUrl: 'not a url',
			binaryPropertyName: 'data',
		});

		expect(error?.message).toBe('Recording URL is not a URL: "not a url"');
	});
});
