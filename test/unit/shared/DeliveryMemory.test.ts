import { DeliveryMemory } from '../../../nodes/shared/replay';
import { closableAnswer } from '../../helpers/harness';

/** n8n's answer to one webhook call: closed later with the status n8n gave it. */
function answer() {
	const response = closableAnswer();
	return {
		response,
		close(statusCode: number, { finished = true } = {}) {
			response.statusCode = statusCode;
			response.writableFinished = finished;
			response.closeNow();
		},
	};
}

describe('DeliveryMemory: a delivery counts once n8n has started its workflow', () => {
	it('a repeat of a delivery n8n answered with 200 is a repeat', async () => {
		const memory = new DeliveryMemory();
		const first = answer();
		expect(await memory.repeated('call-1', first.response)).toBe(false);
		first.close(200);
		expect(await memory.repeated('call-1', answer().response)).toBe(true);
		expect(await memory.repeated('call-2', answer().response)).toBe(false);
	});

	it('a delivery n8n could not start a workflow for (500) runs when it is sent again, and then counts', async () => {
		const memory = new DeliveryMemory();
		const first = answer();
		expect(await memory.repeated('call-1', first.response)).toBe(false);
		first.close(500);
		const second = answer();
		expect(await memory.repeated('call-1', second.response)).toBe(false);
		second.close(200);
		expect(await memory.repeated('call-1', answer().response)).toBe(true);
	});

	it('a repeat that arrives while the first is still being answered waits for that answer', async () => {
		const memory = new DeliveryMemory();
		const first = answer();
		await memory.repeated('call-1', first.response);
		let settled: boolean | undefined;
		const pending = memory
			.repeated('call-1', answer().response)
			.then((repeat) => (settled = repeat));
		await Promise.resolve();
		expect(settled).toBeUndefined();
		first.close(200);
		await pending;
		expect(settled).toBe(true);

		const other = answer();
		await memory.repeated('call-2', other.response);
		const retry = memory.repeated('call-2', answer().response);
		other.close(503);
		expect(await retry).toBe(false);
	});

	it('when the sender left before the answer, the status n8n set afterwards decides', async () => {
		const memory = new DeliveryMemory();
		const first = answer();
		await memory.repeated('call-1', first.response);
		first.close(200, { finished: false });
		first.response.statusCode = 500;
		expect(await memory.repeated('call-1', answer().response)).toBe(false);
	});

	it('without an answer to watch, a delivery counts at once; the memory is bounded and ages out', async () => {
		const memory = new DeliveryMemory(2, 1000);
		expect(await memory.repeated('a', undefined, 0)).toBe(false);
		expect(await memory.repeated('a', undefined, 500)).toBe(true);
		expect(await memory.repeated('a', undefined, 2000)).toBe(false);
		await memory.repeated('b', undefined, 2000);
		await memory.repeated('c', undefined, 2000);
		expect(memory.size).toBe(2);
		expect(await memory.repeated('a', undefined, 2000)).toBe(false);
	});
});
