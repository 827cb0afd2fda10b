import { callFireSignature } from '../../../nodes/CallFire/helpers/webhookSignature';
import { DELIVERY_KEY, forgetDeliveries } from '../../../nodes/shared/replay';
import { callWebhook, deduplicationStore } from '../../helpers/harness';
import { phoneBurnerCallDone } from '../../helpers/phoneBurnerCallDone';

// n8n's queue mode: webhook processes (behind a load balancer) accept deliveries, workers run the
// executions. A webhook process's own memory does not know a delivery that another one (or it,
// before a restart) accepted; the trigger's execution then checks n8n's deduplication store,
// which lives in n8n's database. `forgetDeliveries()` stands for "the next arrival reaches another
// webhook process"; every execution here runs "elsewhere", on a worker.

const CALL_DONE = { status: 'Interested', duration: 54, call_id: '1767709', connected: '1' };

const phoneBurner = (workflowId: string, extra: Parameters<typeof callWebhook>[1] = {}) =>
	phoneBurnerCallDone(workflowId, { body: CALL_DONE, executionElsewhere: true, ...extra });

const SECRET = ['webhook', 'secret', 'for', 'tests'].join('-');
const DELIVERY = {
	timestamp: 1700000000000,
	webhookId: 42,
	resourceType: 'OutboundText',
	events: [
		{ timestamp: 1, webhookId: 42, eventType: 'Finished', resource: { id: 1 } },
		{ timestamp: 2, webhookId: 42, eventType: 'Finished', resource: { id: 2 } },
	],
};
const raw = Buffer.from(JSON.stringify(DELIVERY));
const callFire = (workflowId: string) =>
	callWebhook(
		{
			type: 'callFireTrigger',
			workflowId,
			parameters: { resource: 'OutboundText', events: ['Finished'] } as never,
		},
		{
			body: DELIVERY,
			rawBody: raw,
			headers: { 'X-CallFire-Signature': callFireSignature(SECRET, raw) },
			nodeStaticData: { webhookId: '42', secret: SECRET },
			executionElsewhere: true,
		},
	);

const EVENT = {
	notification: { eventId: 'evt-1', eventType: 'broadcast-status-change', version: '1' },
	payload: { BroadcastID: 42, BroadcastStatus: 'Completed' },
};
const callEmAll = (workflowId: string) =>
	callWebhook(
		{
			type: 'callEmAllTrigger',
			workflowId,
			parameters: { events: ['*'], authentication: 'none' } as never,
		},
		{ body: EVENT, executionElsewhere: true },
	);

beforeEach(() => {
	forgetDeliveries();
	deduplicationStore.clear();
});

describe('a delivery another n8n process already ran for', () => {
	it('PhoneBurner: the callback again, at another process, starts an execution that emits nothing', async () => {
		const first = await phoneBurner('pb-shared');
		expect(first.result.workflowData?.[0]).toHaveLength(1);
		expect(first.result.workflowData?.[0][0].json.call_id).toBe('1767709');

		forgetDeliveries();
		const elsewhere = await phoneBurner('pb-shared');
		// The other process's webhook knows nothing of it and accepts it …
		expect(elsewhere.webhookItems?.[0]).toHaveLength(1);
		// … and the execution's first step drops it.
		expect(elsewhere.result.workflowData).toEqual([[]]);
		// A different call still runs.
		forgetDeliveries();
		const other = await phoneBurner('pb-shared', { body: { ...CALL_DONE, call_id: '999' } });
		expect(other.result.workflowData?.[0]).toHaveLength(1);
	});

	it('CallFire: every event of the delivery is dropped, and a workflow of its own still runs it', async () => {
		const first = await callFire('cf-shared');
		expect(first.result.workflowData?.[0]).toHaveLength(2);
		forgetDeliveries();
		expect((await callFire('cf-shared')).result.workflowData).toEqual([[]]);
		forgetDeliveries();
		expect((await callFire('cf-another-workflow')).result.workflowData?.[0]).toHaveLength(2);
	});

	it('Call-Em-All: the same event ID again, at another process, emits nothing', async () => {
		expect((await callEmAll('cea-shared')).result.workflowData?.[0]).toHaveLength(1);
		forgetDeliveries();
		expect((await callEmAll('cea-shared')).result.workflowData).toEqual([[]]);
	});

	it('executions at once in one worker each keep their record (the store writes its row back whole)', async () => {
		const callback = (callId: string) =>
			phoneBurner('pb-at-once', { body: { ...CALL_DONE, call_id: callId } });
		const ids = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'];
		const first = await Promise.all(ids.map(async (id) => await callback(id)));
		expect(first.map((run) => run.result.workflowData?.[0]).map((items) => items?.length)).toEqual(
			ids.map(() => 1),
		);
		forgetDeliveries();
		const again = await Promise.all(ids.map(async (id) => await callback(id)));
		expect(again.map((run) => run.result.workflowData)).toEqual(ids.map(() => [[]]));
	});

	it('when one n8n process receives and runs everything, its own memory decides and the store is left alone', async () => {
		expect(
			(await phoneBurner('pb-one-process', { executionElsewhere: false })).result.workflowData?.[0],
		).toHaveLength(1);
		const again = await phoneBurner('pb-one-process', { executionElsewhere: false });
		expect(again.result.webhookResponse).toEqual({ received: true, duplicate: true });
		expect(deduplicationStore.calls).toBe(0);
	});

	it('the mark that carries the delivery to its execution never reaches the output', async () => {
		const { webhookItems, result } = await phoneBurner('pb-mark');
		expect(webhookItems?.[0][0][DELIVERY_KEY]).toEqual({
			key: expect.any(String),
			acceptedBy: expect.any(String),
		});
		expect(result.workflowData?.[0][0]).toEqual({ json: { event: 'api_calldone', ...CALL_DONE } });
	});

	it('a delivery whose execution never started (n8n answered 500) is not recorded: sent again elsewhere, it runs', async () => {
		await phoneBurner('pb-not-started', { executionStarts: false });
		forgetDeliveries();
		expect((await phoneBurner('pb-not-started')).result.workflowData?.[0]).toHaveLength(1);
	});

	it('test events from the editor are neither checked nor recorded', async () => {
		expect(
			(await phoneBurner('pb-test', { mode: 'manual' })).result.workflowData?.[0],
		).toHaveLength(1);
		expect(deduplicationStore.calls).toBe(0);
		forgetDeliveries();
		expect((await phoneBurner('pb-test')).result.workflowData?.[0]).toHaveLength(1);
	});

	it('when n8n cannot read its store, the callback goes on (tried twice), as a lost callback is worse than a rare repeat', async () => {
		deduplicationStore.failing = new Error('duplicate key value violates unique constraint');
		const outcome = await phoneBurner('pb-store-down');
		expect(outcome.result.workflowData?.[0]).toHaveLength(1);
		expect(deduplicationStore.calls).toBe(2);
	});
});
