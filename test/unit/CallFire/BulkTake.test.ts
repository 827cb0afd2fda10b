/**
 * The batching's `take` (nodes/CallFire/helpers/bulkBatching.ts) with one item's very long JSON
 * list: spreading it into `push()` threw "Maximum call stack size exceeded" past about 125,000
 * entries (bench/PROFILE.md, R7); the entries now come out whole, in order.
 */
import { LIST_NUMBER, type BulkSpec } from '../../../nodes/CallFire/helpers/bulk';
import { bulkBatching } from '../../../nodes/CallFire/helpers/bulkBatching';

const spec: BulkSpec = {
	resource: 'doNotContact',
	json: { name: 'doNotContactAddBody', example: '{}' },
	into: 'numbers',
	max: 1000,
	output: 'echo',
	plain: 'number',
	entry: [LIST_NUMBER],
};

it('takes 300,000 entries of one item, in order, leaving the rest of the body', () => {
	const numbers = Array.from(
		{ length: 300_000 },
		(_, index) => `1213${String(index).padStart(7, '0')}`,
	);
	const options = { body: { numbers, call: true, text: false } };
	const entries = bulkBatching(spec).take(options as never);
	expect(entries).toHaveLength(300_000);
	expect(entries[0]).toBe(numbers[0]);
	expect(entries[299_999]).toBe(numbers[299_999]);
	expect(options.body).toEqual({ call: true, text: false });
});
