/**
 * Batching (`nodes/shared/batching.ts`) through n8n-core's real RoutingNode, with a made-up
 * vendor whose `POST /messages` takes two entries a request (test/helpers/testVendor.ts).
 * It rests on the engine calling every item's first preSend hook synchronously (pinned in
 * Executor.test.ts): the batch knows all of its items before any is sent.
 */
import nock from 'nock';
import { sleep } from 'n8n-workflow';

import { runNode } from '../../helpers/harness';
import { probe, TEST_BASE, TEST_CREDENTIALS } from '../../helpers/testVendor';

const CREDENTIALS = TEST_CREDENTIALS;

const people = (...numbers: string[]) => numbers.map((to) => ({ json: { to } }));

const send = (input: Array<{ json: object }>, continueOnFail = false) =>
	runNode({
		type: 'testVendor',
		parameters: { resource: 'message', operation: 'send', to: '={{ $json.to }}', text: 'Hi' },
		credentials: CREDENTIALS as never,
		input: input as never,
		continueOnFail,
	});

beforeEach(() => {
	probe.reset();
	nock(TEST_BASE).post('/login').reply(200, { token: 't1' }).persist();
});

afterEach(() => nock.cleanAll());

it('sends five items in three requests of at most two entries, one after the other, each item paired with its own result', async () => {
	const bodies: unknown[] = [];
	let open = 0;
	let most = 0;
	nock(TEST_BASE)
		.post('/messages')
		.times(3)
		.reply((_uri, body, callback) => {
			bodies.push(body);
			open += 1;
			most = Math.max(most, open);
			const entries = (body as { messages: Array<{ to: string }> }).messages;
			void sleep(20).then(() => {
				open -= 1;
				callback(null, [200, { items: entries.map((entry) => ({ id: `m-${entry.to}` })) }]);
			});
		});

	const { items, error } = await send(people('1', '2', '3', '4', '5'));

	expect(error).toBeUndefined();
	expect(bodies).toEqual([
		{
			messages: [
				{ to: '1', text: 'Hi' },
				{ to: '2', text: 'Hi' },
			],
		},
		{
			messages: [
				{ to: '3', text: 'Hi' },
				{ to: '4', text: 'Hi' },
			],
		},
		{ messages: [{ to: '5', text: 'Hi' }] },
	]);
	expect(most).toBe(1);
	expect(items.map((item) => [item.json.id, item.pairedItem])).toEqual([
		['m-1', { item: 0 }],
		['m-2', { item: 1 }],
		['m-3', { item: 2 }],
		['m-4', { item: 3 }],
		['m-5', { item: 4 }],
	]);
});

it('sends nothing when one item cannot be built, and reports that item', async () => {
	const scope = nock(TEST_BASE).post('/messages').reply(200, { items: [] });

	const { error } = await send(people('1', '', '3'));

	expect(error?.message).toBe('To is empty');
	expect(scope.isDone()).toBe(false);
});

it('under Continue On Fail sends the others, and the item that failed is an error item of its own', async () => {
	nock(TEST_BASE)
		.post('/messages', {
			messages: [
				{ to: '1', text: 'Hi' },
				{ to: '3', text: 'Hi' },
			],
		})
		.reply(200, { items: [{ id: 'm-1' }, { id: 'm-3' }] });

	const { items, error } = await send(people('1', '', '3'), true);

	expect(error).toBeUndefined();
	expect(items).toHaveLength(3);
	const byItem = Object.fromEntries(
		items.map((item) => [(item.pairedItem as { item: number }).item, item.json]),
	);
	expect(byItem[0]).toEqual({ id: 'm-1' });
	expect(byItem[1]).toEqual({ error: 'To is empty' });
	expect(byItem[2]).toEqual({ id: 'm-3' });
});

it("gives every item of a failed request the vendor's error, and never sends a create twice", async () => {
	const scope = nock(TEST_BASE).post('/messages').once().reply(500, { message: 'Queue full' });

	const { items } = await send(people('1', '2'), true);

	expect(scope.isDone()).toBe(true);
	expect(items.map((item) => item.json.error)).toEqual(['Queue full', 'Queue full']);
});
