import nock from 'nock';

import { run, sendsEveryOperation } from './cases';
import { BASE } from './fixtures';

sendsEveryOperation('sound');

afterEach(() => nock.cleanAll());

describe('CallFire › binary', () => {
	it('uploads a sound file as multipart/form-data', async () => {
		const audio = Buffer.from('RIFFfake-wav');
		let received = '';
		let contentType = '';
		const scope = nock(BASE)
			.post('/v2/campaigns/sounds/files', (body: string) => {
				received = typeof body === 'string' ? body : JSON.stringify(body);
				return true;
			})
			.reply(function reply() {
				contentType = String(this.req.headers['content-type']);
				return [200, { id: 9 }];
			});
		const { items, error } = await run(
			{
				resource: 'sound',
				operation: 'upload',
				binaryPropertyName: 'data',
				name: 'Greeting',
			},
			{
				input: [
					{
						json: {},
						binary: {
							data: {
								data: audio.toString('base64'),
								mimeType: 'audio/wav',
								fileName: 'greeting.wav',
							},
						},
					},
				],
			},
		);
		expect(error).toBeUndefined();
		expect(items[0].json).toEqual({ id: 9 });
		expect(contentType).toMatch(/^multipart\/form-data; boundary=/);
		expect(received).toContain('name="name"');
		expect(received).toContain('Greeting');
		expect(received).toContain('filename="greeting.wav"');
		expect(received).toContain('RIFFfake-wav');
		expect(scope.isDone()).toBe(true);
	});
});
