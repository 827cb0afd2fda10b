import { PhoneBurner } from '../../../nodes/PhoneBurner/PhoneBurner.node';
import { run, vendor, type Expected } from './requests';

/** One operation's documented request, the doc's answer and the items the node outputs. */
export interface Case extends Expected {
	title: string;
	parameters: Record<string, unknown>;
	output: object[];
}

export const list = (limit = 25) => ({ returnAll: false, limit });
export const pageQuery = (limit = 25) => ({ page: '1', page_size: String(limit) });
export const SUCCESS = [{ success: true }];

/** A required field left empty by its expression (n8n itself refuses a plain empty one). */
export const EMPTY = '={{ "" }}';

/** The operations the node offers for a resource (its Operation dropdown). */
export function operationsOf(resource: string): string[] {
	const selector = new PhoneBurner().description.properties.find(
		(property) =>
			property.name === 'operation' && property.displayOptions?.show?.resource?.includes(resource),
	);
	return (selector?.options ?? []).map((option) => String((option as { value: string }).value));
}

/**
 * Every operation of one resource: its exact request as the doc documents it, answered with
 * the doc's own example (or 204 where the doc says so), and the clean items it outputs; and
 * every operation the node offers for the resource has a case.
 */
export function sendsEveryOperation(resource: string, cases: Case[]): void {
	describe(`PhoneBurner › ${resource} › every operation sends its documented request and outputs the resource`, () => {
		it.each(cases.map((entry) => [entry.title, entry] as const))('%s', async (_title, entry) => {
			const { scope, sent } = vendor(entry);
			const { items, error } = await run(entry.parameters);
			expect(error).toBeUndefined();
			expect(scope.isDone()).toBe(true);
			if (entry.body === undefined) expect(sent).toEqual(['']);
			expect(items.map((item) => item.json)).toEqual(entry.output);
		});

		it('covers every operation of the resource', () => {
			for (const entry of cases) expect(entry.parameters.resource).toBe(resource);
			const covered = new Set(cases.map((entry) => String(entry.parameters.operation)));
			expect([...covered].sort()).toEqual(operationsOf(resource).sort());
		});
	});
}
