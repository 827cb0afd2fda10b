/**
 * The request pacer (`nodes/shared/pacer.ts`) through n8n-core's real RoutingNode, with the
 * made-up vendor (test/helpers/testVendor.ts) and nock as a vendor that limits requests the way
 * real APIs do: requests in flight are counted and refused beyond a limit with 429 and
 * Retry-After. No assertion here depends on how fast the machine is: in-flight counts are
 * counted, retry waits are recorded (not waited), and the one spacing check is a lower bound.
 */
import nock from 'nock';
import { NodeApiError, sleep, type INodeProperties } from 'n8n-workflow';

import {
	DEFAULT_PACING,
	forgetPacing,
	pacerOf,
	pacerState,
	RATE_PROBE_FROM,
	RATE_RECOVERY_PER_ANSWER,
	type PacingLimits,
} from '../../../nodes/shared/pacer';
import * as retry from '../../../nodes/shared/retry';
import { runNode } from '../../helpers/harness';
import { probe, TEST_BASE, TestVendor, TEST_CREDENTIALS } from '../../helpers/testVendor';

const items = (count: number) =>
	Array.from({ length: count }, (_, index) => ({ json: { id: `r${index}` } }));

function readRecords(count: number, pacing?: Record<string, unknown>, continueOnFail = true) {
	return runNode({
		type: 'testVendor',
		parameters: {
			resource: 'record',
			operation: 'get',
			recordId: '={{ $json.id }}',
			...(pacing ? { options: { requestPacing: { pacing } } } : {}),
		} as never,
		credentials: TEST_CREDENTIALS as never,
		input: items(count) as never,
		continueOnFail,
	});
}

/**
 * A vendor that allows `allowInFlight` requests at once and answers the rest 429 with
 * Retry-After: 1. Each request is answered once `holdUntil` requests are in flight (or after
 * `holdMs`), so a test sees how many the node sent at once.
 */
function limitingVendor(allowInFlight: number, holdUntil = allowInFlight, holdMs = 200) {
	const seen = { inFlight: 0, maxInFlight: 0, answered: 0, refused: 0, sentAt: [] as number[] };
	nock(TEST_BASE)
		.get(/\/records\/r\d+$/)
		.times(Infinity)
		.reply(async (uri) => {
			seen.sentAt.push(Date.now());
			if (seen.inFlight >= allowInFlight) {
				seen.refused += 1;
				return [429, { message: 'Too many requests' }, { 'Retry-After': '1' }];
			}
			seen.inFlight += 1;
			seen.maxInFlight = Math.max(seen.maxInFlight, seen.inFlight);
			for (let waited = 0; seen.inFlight < holdUntil && waited < holdMs; waited += 5)
				await sleep(5);
			seen.inFlight -= 1;
			seen.answered += 1;
			return [200, { id: uri.split('/').pop() }];
		});
	return seen;
}

let pauses: jest.SpyInstance;

beforeEach(() => {
	forgetPacing();
	probe.reset();
	pauses = jest.spyOn(retry, 'pauseBeforeRetry').mockResolvedValue();
	nock(TEST_BASE).post('/login').reply(200, { token: 't1' }).persist();
});

afterEach(() => {
	pauses.mockRestore();
	nock.cleanAll();
});

describe('Options → Request Pacing in the node', () => {
	const properties = new TestVendor().description.properties;
	const optionsOf = (operation: string) =>
		properties.find(
			(property) =>
				property.name === 'options' &&
				property.displayOptions?.show?.operation?.includes(operation),
		);

	it.each(['get', 'getAll', 'create', 'upload', 'download', 'send'])(
		'is offered by %s, with the vendor’s defaults',
		(operation) => {
			const pacing = (optionsOf(operation)?.options as INodeProperties[]).find(
				(option) => option.name === 'requestPacing',
			);
			expect(pacing).toBeDefined();
			expect(pacing?.displayName).toBe('Request Pacing');
			const values = (pacing?.options as Array<{ values: INodeProperties[] }>)[0].values;
			expect(values.map((value) => [value.displayName, value.default])).toEqual([
				['Max Requests in Flight', DEFAULT_PACING.maxInFlight],
				['Max Requests per Second', DEFAULT_PACING.maxPerSecond],
			]);
		},
	);
});

describe('requests in flight', () => {
	it('sends at most the default 10 at once when nothing is set, and every item succeeds', async () => {
		const seen = limitingVendor(1000, 10);

		const { items: output, error } = await readRecords(40);

		expect(error).toBeUndefined();
		expect(output).toHaveLength(40);
		expect(output.filter((item) => item.json.error)).toHaveLength(0);
		expect(seen.maxInFlight).toBeLessThanOrEqual(DEFAULT_PACING.maxInFlight);
		expect(seen.answered).toBe(40);
	});

	it('keeps to the limit the user sets', async () => {
		const seen = limitingVendor(1000, 3);

		const { items: output } = await readRecords(20, { maxInFlight: 3 });

		expect(output.filter((item) => item.json.error)).toHaveLength(0);
		expect(seen.maxInFlight).toBeLessThanOrEqual(3);
		expect(seen.answered).toBe(20);
	});

	it('with 0 (no limit) sends every item at once, as n8n’s engine starts them', async () => {
		// Answers wait (up to 5 s) until all 25 are in: a slow machine cannot make this fail.
		const seen = limitingVendor(1000, 25, 5000);

		await readRecords(25, { maxInFlight: 0 });

		expect(seen.maxInFlight).toBe(25);
	});

	it('against a vendor allowing 4 at once: no 429 and no failed item when paced at 4', async () => {
		const seen = limitingVendor(4);

		const { items: output } = await readRecords(60, { maxInFlight: 4 });

		expect(seen.refused).toBe(0);
		expect(output.filter((item) => item.json.error)).toHaveLength(0);
		expect(output.map((item) => item.json.id)).toEqual(items(60).map((item) => item.json.id));
	});

	it('against the same vendor unpaced: 429s, and every retry waits its Retry-After or more', async () => {
		const seen = limitingVendor(4, 12, 1000);

		await readRecords(12, { maxInFlight: 0 });

		expect(seen.refused).toBeGreaterThan(0);
		const waits = pauses.mock.calls.map(([ms]) => ms as number);
		expect(waits.length).toBeGreaterThan(0);
		expect(waits.every((ms) => ms >= 1000 && ms <= 1250)).toBe(true);
		// Jittered: the refused requests do not all come back at the same moment.
		expect(new Set(waits).size).toBeGreaterThan(1);
	});
});

describe('a 429 holds the whole credential', () => {
	it('sends nothing more until the Retry-After has passed, then every item goes', async () => {
		let endHold: () => void = () => {};
		pauses.mockImplementation(
			async () =>
				await new Promise<void>((resolve) => {
					endHold = resolve;
				}),
		);
		let sent = 0;
		nock(TEST_BASE)
			.get(/\/records\/r\d+$/)
			.reply(() => {
				sent += 1;
				return [429, { message: 'Slow down' }, { 'Retry-After': '2' }];
			})
			.get(/\/records\/r\d+$/)
			.times(5)
			.reply((uri) => {
				sent += 1;
				return [200, { id: uri.split('/').pop() }];
			});

		const running = readRecords(5, { maxInFlight: 1 });
		while (pauses.mock.calls.length === 0) await sleep(5);
		// The refused request's slot is free, yet nothing else leaves while the hold lasts.
		for (let turn = 0; turn < 10; turn++) await sleep(5);
		expect(sent).toBe(1);
		expect(pauses.mock.calls[0][0]).toBeGreaterThanOrEqual(2000);
		endHold();

		const { items: output } = await running;
		expect(sent).toBe(6);
		expect(output.filter((item) => item.json.error)).toHaveLength(0);
	});
});

describe('adaptive limit (additive increase, multiplicative decrease)', () => {
	const limits: PacingLimits = { maxInFlight: 8, maxPerSecond: 0 };
	const tooMany = Object.assign(new Error('Too many requests'), { httpCode: '429' });

	it('halves the in-flight limit and the rate on the first 429 of a wave, once, then recovers', async () => {
		// The pacer's clock is Date.now; it is moved by hand, so no wait depends on the machine.
		let now = 1_000_000;
		const clock = jest.spyOn(Date, 'now').mockImplementation(() => now);
		try {
			const gate = pacerOf('test\u0000aimd');
			const state = () => pacerState('test\u0000aimd');
			const wave = await Promise.all(
				Array.from({ length: 8 }, async () => await gate.acquire(limits)),
			);
			expect(state()?.inFlight).toBe(8);
			now += 200;
			// Three answers of one wave are 429: one halving, not three.
			wave.slice(0, 3).forEach((slot) => slot.done(tooMany));
			expect(state()?.adaptiveLimit).toBe(4);
			// 8 left in the 200 ms since the first: 40 a second, so at most 20 a second now.
			expect(state()?.adaptiveRate).toBe(20);
			wave.slice(3).forEach((slot) => slot.done());

			// Now at most 4 at once (and fewer while the rate allows fewer).
			now += 1000;
			const next = Array.from({ length: 8 }, async () => await gate.acquire(limits));
			await sleep(0);
			expect(state()?.inFlight).toBeGreaterThanOrEqual(1);
			expect(state()?.inFlight).toBeLessThanOrEqual(4);
			for (const slot of next) {
				now += 50;
				(await slot).done();
			}
			expect(state()?.adaptiveLimit).toBeGreaterThan(4);
			// Each answer adds a tenth of a request a second: 8 answers, 20 → 20.8.
			expect(state()?.adaptiveRate).toBeCloseTo(20 + 8 * RATE_RECOVERY_PER_ANSWER, 5);
			// Answers raise both until they are back where the 429s began (8 in flight, 40 a
			// second): the rate by 10 % a second up to 80 % of 40 (about 112 answers), then ten
			// times slower (about 800 more); a rise of one request a second each second would
			// need a minute, and would be forgotten first.
			let answers = 0;
			while ((state()?.adaptiveRate ?? Infinity) !== Infinity && answers < 2000) {
				now += 50;
				(await gate.acquire(limits)).done();
				answers += 1;
				if (answers === 100) expect(state()?.adaptiveRate).toBeCloseTo(30.8, 5);
			}
			const fast = (RATE_PROBE_FROM * 40 - 20.8) / RATE_RECOVERY_PER_ANSWER;
			const slow = ((1 - RATE_PROBE_FROM) * 40) / (RATE_RECOVERY_PER_ANSWER / 10);
			expect(answers).toBeGreaterThanOrEqual(Math.floor(fast + slow) - 2);
			expect(answers).toBeLessThanOrEqual(Math.ceil(fast + slow) + 2);
			expect(state()?.adaptiveLimit ?? Infinity).toBe(Infinity);
		} finally {
			clock.mockRestore();
		}
	});

	it('measures the rate since a Retry-After ended, not over the hold', async () => {
		let now = 2_000_000;
		const clock = jest.spyOn(Date, 'now').mockImplementation(() => now);
		try {
			const gate = pacerOf('test\u0000after-hold');
			const state = () => pacerState('test\u0000after-hold');
			const first = await gate.acquire(limits);
			now += 100;
			first.done(tooMany, 0);
			// 1 sent in the 100 ms since the first: 10 a second, capped at 5.
			expect(state()?.adaptiveRate).toBe(5);
			// The hold ends 500 ms later: what left before it does not count any more.
			now += 500;
			await gate.whenOpen();
			// 4 leave in the 800 ms after it (1 in flight now, so one after the other): 5 a
			// second, capped at 2.5. Counted over the last second, the hold's idle time included,
			// it would be 4 a second, capped at 2.
			for (let index = 0; index < 3; index++) {
				(await gate.acquire(limits)).done();
				now += 200;
			}
			const last = await gate.acquire(limits);
			now += 200;
			last.done(tooMany, 0);
			expect(state()?.adaptiveRate).toBe(2.5);
			await gate.whenOpen();
		} finally {
			clock.mockRestore();
		}
	});
});

describe('requests per second', () => {
	it('spaces requests at 20 per second: 6 requests take at least 5 intervals', async () => {
		const seen = limitingVendor(1000, 1);

		const { items: output } = await readRecords(6, { maxInFlight: 0, maxPerSecond: 20 });

		expect(output.filter((item) => item.json.error)).toHaveLength(0);
		// 5 intervals of 50 ms; a slow machine only makes the span longer, but the stand-in's
		// clock (Date.now, whole milliseconds, read after the request arrived) can show one
		// interval a few ms short (239 ms was seen on a loaded machine): unpaced, all 6 arrive at once.
		expect(seen.sentAt[5] - seen.sentAt[0]).toBeGreaterThanOrEqual(5 * 50 - 30);
	});
});

describe('bad pacing values', () => {
	it('stops with a clear error before any request', async () => {
		const { error } = await readRecords(2, { maxInFlight: '={{ "many" }}' }, false);

		expect(error?.message).toBe('Max Requests in Flight must be a number of 0 or more, not "many"');
		expect(error).not.toBeInstanceOf(NodeApiError);
		expect(nock.pendingMocks().some((mock) => mock.includes('/records'))).toBe(false);
	});
});

describe('jitter', () => {
	it('adds up to a quarter, at least 50 ms and at most 1 s, never less than asked', () => {
		expect(retry.withJitter(2000, () => 0)).toBe(2000);
		expect(retry.withJitter(2000, () => 1)).toBe(2500);
		expect(retry.withJitter(100, () => 1)).toBe(150);
		expect(retry.withJitter(60_000, () => 1)).toBe(61_000);
	});
});
