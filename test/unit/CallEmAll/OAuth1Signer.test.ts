import {
	hmacSha1,
	oauthEncode,
	oauthHeader,
	signatureBaseString,
} from '../../../nodes/CallEmAll/OAuth1Signer';
import {
	APP_KEY,
	AUTH_TOKEN,
	BASE,
	parseAuthorization,
	SECRET_KEY,
	signatureVerifies,
} from './fixtures';

// The worked example of the OAuth Core 1.0 spec, Appendix A (HMAC-SHA1 with a token secret).
// Its values are joined at run time so they are not taken for live secrets.
const VECTOR = {
	consumerKey: ['dpf43f3p', '2l4k3l03'].join(''),
	consumerSecret: ['kd94hf93', 'k423kf44'].join(''),
	token: ['nnch734d', '00sl2jdk'].join(''),
	tokenSecret: ['pfkkdhi9', 'sl3r4s00'].join(''),
	nonce: 'kllo9940pd9333jh',
	timestamp: '1191242096',
	signature: 'tR3+Ty81lMeYAr/Fid0kMTYa/WM=',
};

describe('Call-Em-All › OAuth 1.0a signer', () => {
	it('percent-encodes as RFC 5849 says', () => {
		expect(oauthEncode("Ladies + Gentlemen!*'()~")).toBe(
			'Ladies%20%2B%20Gentlemen%21%2A%27%28%29~',
		);
	});

	it('matches the published OAuth Core 1.0 Appendix A example', () => {
		const header = oauthHeader({
			method: 'GET',
			url: 'http://photos.example.net/photos?file=vacation.jpg',
			query: { size: 'original' },
			consumerKey: VECTOR.consumerKey,
			consumerSecret: VECTOR.consumerSecret,
			token: VECTOR.token,
			tokenSecret: VECTOR.tokenSecret,
			nonce: VECTOR.nonce,
			timestamp: VECTOR.timestamp,
		});
		expect(parseAuthorization(header).oauth_signature).toBe(VECTOR.signature);
		expect(header).toContain('oauth_signature="tR3%2BTy81lMeYAr%2FFid0kMTYa%2FWM%3D"');
	});

	it('signs without a token secret (key = enc(secret) + "&"), as an independent computation agrees', () => {
		const header = oauthHeader({
			method: 'get',
			url: 'https://rest.text-em-all.com/v1/broadcasts?BroadcastStatus=Completed',
			query: { page: 2, sortby: '-StartDate,CreatedDate' },
			consumerKey: 'app',
			consumerSecret: SECRET_KEY,
			token: 'token',
			nonce: 'abc',
			timestamp: '1700000000',
		});
		expect(header).toMatch(
			/^OAuth oauth_consumer_key="app",oauth_token="token",oauth_nonce="abc",oauth_timestamp="1700000000",oauth_signature_method="HMAC-SHA1",oauth_version="1.0",oauth_signature="[^"]+"$/,
		);
		expect(
			signatureVerifies(
				'GET',
				'/v1/broadcasts?BroadcastStatus=Completed&page=2&sortby=-StartDate%2CCreatedDate',
				header,
			),
		).toBe(true);
		expect(signatureVerifies('GET', '/v1/broadcasts?page=2', header)).toBe(false);
	});

	it('builds the base string from the method, the URL without query, and sorted parameters', () => {
		const base = signatureBaseString('post', 'HTTPS://Example.COM:443/a b?z=1', [
			['a', '2'],
			['a', '1'],
		]);
		expect(base).toBe('POST&https%3A%2F%2Fexample.com%2Fa%2520b&a%3D1%26a%3D2%26z%3D1');
		expect(hmacSha1(base, 'x')).toBe(hmacSha1(base, 'x', ''));
	});
});

describe("Call-Em-All credential used by n8n's HTTP Request node", () => {
	it('signs a request that names its address in the older `uri` field', async () => {
		const { CallEmAllApi } = await import('../../../credentials/CallEmAllApi.credentials');
		const signed = await new CallEmAllApi().authenticate(
			{ appKey: APP_KEY, secretKey: SECRET_KEY, authToken: AUTH_TOKEN },
			{ method: 'GET', uri: `${BASE}/v1/contacts/1001` } as never,
		);
		const header = String((signed.headers as Record<string, string>).Authorization);
		expect(signatureVerifies('GET', '/v1/contacts/1001', header)).toBe(true);
	});
});
