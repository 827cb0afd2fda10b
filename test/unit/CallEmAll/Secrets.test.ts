/**
 * The shared redaction rules (nodes/shared/secrets.ts), checked here with Call-Em-All's short PIN
 * and the other vendors' kinds of secret.
 */
import {
	REDACTED,
	redactItems,
	redactOutput,
	redactOutputText,
	redactText,
	redactValue,
	secretValues,
} from '../../../nodes/shared/secrets';

const PIN = ['5', '5', '5', '5'].join('');
const LONG = ['prime', 'vox', 'key', '0123456789'].join('-');
const SHORT_PASSWORD = ['pw', '12', '34'].join('');

describe('secrets › errors get every secret taken out', () => {
	it('replaces a secret wherever it appears, however short (four characters or more)', () => {
		expect(redactText(`PIN ${PIN} refused for 214${PIN}055`, [PIN])).toBe(
			'PIN [redacted] refused for 214[redacted]055',
		);
		expect(redactValue({ Message: `key ${LONG}` }, [LONG])).toEqual({ Message: 'key [redacted]' });
	});

	it('replaces the URL-encoded form and secret query parameters', () => {
		const secret = 'a b&c/d1';
		expect(redactText(`x=${encodeURIComponent(secret)}`, [secret])).toBe('x=[redacted]');
		expect(redactText('https://pbx/api/x.php?auth=zzz&containerID=1', [])).toBe(
			'https://pbx/api/x.php?auth=[redacted]&containerID=1',
		);
	});

	it('keeps only secrets of four characters or more', () => {
		expect(secretValues({ a: 'abc', b: PIN, c: 7 as never }, ['a', 'b', 'c'])).toEqual([PIN]);
	});
});

describe('secrets › output data is never altered by a short secret', () => {
	it('leaves a phone number that contains a short PIN whole', () => {
		const items = [
			{
				json: {
					PrimaryPhone: `214${PIN}055`,
					Notes: PIN,
					Lists: [{ Name: `list ${PIN}` }],
				},
			},
		];
		redactItems(items, [PIN]);
		expect(items[0].json).toEqual({
			PrimaryPhone: `214${PIN}055`,
			Notes: PIN,
			Lists: [{ Name: `list ${PIN}` }],
		});
	});

	it('hides a short secret only as the whole value of a field named as a secret', () => {
		expect(
			redactOutput({ PinCode: PIN, password: SHORT_PASSWORD, Phone: PIN }, [PIN, SHORT_PASSWORD]),
		).toEqual({ PinCode: REDACTED, password: REDACTED, Phone: PIN });
		expect(redactOutputText(`x${PIN}`, [PIN], 'PinCode')).toBe(`x${PIN}`);
	});

	it('still replaces an unambiguous (8+ character) secret anywhere, and secret URL parameters', () => {
		const items = [
			{
				json: {
					recordingUrl: `https://pbx.primevox.net/api/call_recording.php?auth=${LONG}&containerID=123456&fileName=1.wav`,
					echo: `token ${LONG} used`,
				},
			},
		];
		redactItems(items, [LONG]);
		expect(items[0].json).toEqual({
			recordingUrl:
				'https://pbx.primevox.net/api/call_recording.php?auth=[redacted]&containerID=123456&fileName=1.wav',
			echo: 'token [redacted] used',
		});
	});
});
