/**
 * `redactItems` (nodes/shared/secrets.ts) tests each string once against all secrets together
 * and passes only the strings that may hold one through `redactOutputText` (bench/PROFILE.md,
 * R5). Its output must be exactly what passing every string through `redactOutputText` gives:
 * checked here against that walk, for short secrets, URL-encoded secrets, secret-named keys,
 * secrets with regular-expression characters, and a generated mix.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { REDACTED, redactItems, redactOutputText } from '../../../nodes/shared/secrets';

/** The walk before R5: every string through `redactOutputText`, in place. */
function everyString(value: IDataObject | unknown[], secrets: string[]): void {
	const entries = Array.isArray(value) ? value.entries() : Object.entries(value);
	for (const [key, entry] of entries) {
		if (typeof entry === 'string') {
			(value as Record<string | number, unknown>)[key] = redactOutputText(entry, secrets, key);
		} else if (entry !== null && typeof entry === 'object') {
			everyString(entry as IDataObject, secrets);
		}
	}
}

function bothWays(json: IDataObject, secrets: string[]) {
	const expected = structuredClone(json);
	everyString(expected, secrets);
	const items: INodeExecutionData[] = [{ json: structuredClone(json) }];
	redactItems(items, secrets);
	return { actual: items[0].json, expected };
}

const PIN = ['4', '3', '2', '1'].join('');
const LONG = ['prime', 'vox', 'key', '0123456789'].join('-');
const ODD = ['a b&c/d', '+(x)?', '[1]*$'].join('');
const SHORT_ODD = ['p', '.', '*', 'w'].join('');

describe('redactItems gives what passing every string through redactOutputText gives', () => {
	it.each([
		['a short secret in a phone number stays', { PrimaryPhone: `214${PIN}055` }, [PIN]],
		['a short secret as a whole secret-named field goes', { PinCode: PIN, token: PIN }, [PIN]],
		['a short secret under another name stays', { Notes: PIN, Phone: PIN }, [PIN]],
		['a short secret in an array stays (no key name)', { pins: [PIN, PIN] }, [PIN]],
		['a short secret in a secret-named field with more text stays', { password: `x${PIN}` }, [PIN]],
		['a long secret anywhere goes', { echo: `token ${LONG} used`, deep: [{ a: LONG }] }, [LONG]],
		['a long secret in another case stays', { echo: LONG.toUpperCase() }, [LONG]],
		['a URL-encoded long secret goes', { url: `x=${encodeURIComponent(ODD)}&y=1` }, [ODD]],
		['a long secret with pattern characters goes', { echo: `>${ODD}<`, nope: 'a b&c/dX' }, [ODD]],
		['a short secret with pattern characters', { secret: SHORT_ODD, other: 'pxxw' }, [SHORT_ODD]],
		[
			'secret query parameters go, in any case',
			{
				a: 'https://pbx/x.php?auth=zzz&containerID=1',
				b: 'https://pbx/x.php?AUTH=zzz',
				c: 'https://x/y?id=1&access_token=abc#frag',
				d: 'no query auth=zzz',
			},
			[],
		],
		[
			'several secrets at once',
			{
				key: PIN,
				url: `https://pbx/x.php?auth=${LONG}`,
				text: `${ODD} and ${LONG}`,
				phone: `1${PIN}`,
				nested: { authToken: PIN, list: [`${encodeURIComponent(ODD)}`, 5, null, true] },
			},
			[PIN, LONG, ODD],
		],
		['an empty secret in the list', { password: '', Notes: '' }, ['', LONG]],
		['no secrets', { password: PIN, url: 'https://x/?token=1' }, []],
	])('%s', (_, json, secrets) => {
		const { actual, expected } = bothWays(json as IDataObject, secrets as string[]);
		expect(actual).toEqual(expected);
	});

	it('replaces what it should (the cases above are not all unchanged)', () => {
		const { actual } = bothWays({ PinCode: PIN, echo: `k ${LONG}` }, [PIN, LONG]);
		expect(actual).toEqual({ PinCode: REDACTED, echo: `k ${REDACTED}` });
	});

	it('a generated mix of 2,000 strings and keys', () => {
		let seed = 17;
		const next = (n: number) => {
			seed = (seed * 1103515245 + 12345) % 2147483648;
			return seed % n;
		};
		const parts = [
			PIN,
			LONG,
			ODD,
			encodeURIComponent(ODD),
			SHORT_ODD,
			'?auth=',
			'&token=',
			'x',
			' ',
			'555',
			LONG.slice(0, 7),
		];
		const keys = ['PinCode', 'password', 'Phone', 'notes', 'apiKey', 'secret', 'name'];
		const json: IDataObject = {};
		for (let index = 0; index < 2000; index++) {
			let text = '';
			for (let part = next(4); part >= 0; part--) text += parts[next(parts.length)];
			json[`${keys[next(keys.length)]}${index % 3 ? '' : index}`] = next(5) ? text : [text];
		}
		for (const secrets of [[PIN], [LONG, SHORT_ODD], [PIN, LONG, ODD, SHORT_ODD]]) {
			const { actual, expected } = bothWays(json, secrets);
			expect(actual).toEqual(expected);
		}
	});
});
