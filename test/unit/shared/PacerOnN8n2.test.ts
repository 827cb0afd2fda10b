/**
 * The pacer with the n8n-workflow n8n 2.40.7 loads community nodes with (n8n-workflow 2.40.1,
 * CommonJS build): it has `sleep` but no `sleepWithAbort`. The dev dependency has both, so this
 * file takes `sleepWithAbort` out of n8n-workflow for everything it loads (the nodes and
 * n8n-core's engine alike), the way a real n8n 2.40.7 gives it to the package.
 *
 * The run below is the fault suite's start in a real n8n (test/e2e/faults-suite.mjs), through
 * n8n-core's RoutingNode with nock as the vendor: a 429 with Retry-After: 1, then 429s that
 * never end, then a plain read. The first 429 caps the credential's rate, so the next request
 * waits for a token. With `sleepWithAbort` called there, that wait threw, the request's place
 * stayed in the queue, later took a turn no one gave back, and the third read waited forever
 * with nothing in flight (the hang that reverted the pacer's merge, commit 01aedfe).
 */
import nock from 'nock';

jest.mock('n8n-workflow', () => {
	const actual = jest.requireActual<Record<string, unknown>>('n8n-workflow');
	const withoutSleepWithAbort = { ...actual };
	delete withoutSleepWithAbort.sleepWithAbort;
	return withoutSleepWithAbort;
});

import * as workflow from 'n8n-workflow';

import { forgetPacing } from '../../../nodes/shared/pacer';
import * as retry from '../../../nodes/shared/retry';
import { runNode } from '../../helpers/harness';
import { probe, TEST_BASE, TEST_CREDENTIALS } from '../../helpers/testVendor';

function readRecord(id: string) {
	return runNode({
		type: 'testVendor',
		parameters: { resource: 'record', operation: 'get', recordId: '={{ $json.id }}' } as never,
		credentials: TEST_CREDENTIALS as never,
		input: [{ json: { id } }] as never,
		continueOnFail: true,
	});
}

const requestsTo = (id: string, log: string[]) => log.filter((path) => path.endsWith(`/${id}`));

let pauses: jest.SpyInstance;

beforeEach(() => {
	forgetPacing();
	probe.reset();
	// Retry-After waits are recorded, not waited; token waits are real (at most a second).
	pauses = jest.spyOn(retry, 'pauseBeforeRetry').mockResolvedValue();
	nock(TEST_BASE).post('/login').reply(200, { token: 't1' }).persist();
});

afterEach(() => {
	pauses.mockRestore();
	nock.cleanAll();
});

it('runs without sleepWithAbort, as n8n 2.40.7 gives n8n-workflow to the package', () => {
	expect((workflow as Record<string, unknown>).sleepWithAbort).toBeUndefined();
	expect(typeof workflow.sleep).toBe('function');
});

it('after 429s that capped the rate, the next reads get their turn (the e2e fault suite’s hang)', async () => {
	const log: string[] = [];
	let refuse = 0;
	nock(TEST_BASE)
		.get(/\/records\/r\d+$/)
		.times(Infinity)
		.reply((uri) => {
			log.push(uri);
			if (refuse > 0) {
				refuse -= 1;
				return [
					429,
					{ message: 'Too many requests' },
					{ 'Retry-After': uri.endsWith('r101') ? '1' : '0' },
				];
			}
			return [200, { id: uri.split('/').pop() }];
		});

	// 429 with Retry-After: 1, waited out and retried once.
	refuse = 1;
	let run = await readRecord('r101');
	expect(requestsTo('r101', log)).toHaveLength(2);
	expect(run.items[0]?.json).toEqual({ id: 'r101' });

	// 429s that never end: 3 retries, then the vendor's 429 as an error item (not a TypeError).
	refuse = 10;
	run = await readRecord('r102');
	expect(requestsTo('r102', log)).toHaveLength(4);
	expect(String(run.items[0]?.json.error)).not.toMatch(/is not a function/);
	refuse = 0;

	// The next read goes out and comes back: nothing of the 429s keeps a turn.
	run = await readRecord('r103');
	expect(requestsTo('r103', log)).toHaveLength(1);
	expect(run.items[0]?.json).toEqual({ id: 'r103' });
}, 20_000);
